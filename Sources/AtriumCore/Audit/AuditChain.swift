import Crypto

/// The hashing rule of the audit trail.
///
/// A record's hash is SHA-256 over a length-prefixed list of its fields (so no two different
/// records serialize alike): workspace, sequence, instant, actor, action, entity kind and id,
/// summary, before, after, previous hash. An absent value is written as length −1.
public enum AuditChain {
    /// Appends `draft` after `head`: the next sequence number, linked to the head's hash.
    public static func seal(_ draft: AuditDraft, workspaceID: ID<Workspace>, after head: AuditHead) -> AuditRecord {
        var record = AuditRecord(
            workspaceID: workspaceID,
            sequence: head.sequence + 1,
            at: draft.at,
            actorID: draft.actorID,
            action: draft.action,
            entity: draft.entity,
            summary: draft.summary,
            before: draft.before,
            after: draft.after,
            previousHash: head.hash,
            hash: ""
        )
        record.hash = hash(of: record)
        return record
    }

    /// The hash `record` should carry, computed from its other fields.
    public static func hash(of record: AuditRecord) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(320 + (record.before?.utf8.count ?? 0) + (record.after?.utf8.count ?? 0))
        // Each field as `LENGTH:TEXT\n`, or `-1:\n` when absent; written one after the other
        // rather than from a list, as an import hashes a record for every entry.
        func put(_ field: String?) {
            if let field {
                bytes += String(field.utf8.count).utf8
                bytes.append(UInt8(ascii: ":"))
                bytes += field.utf8
            } else {
                bytes += "-1:".utf8
            }
            bytes.append(0x0A)
        }
        put(record.workspaceID.description)
        put(String(record.sequence))
        put(String(record.at.secondsSinceEpoch))
        put(record.actorID?.description)
        put(record.action.rawValue)
        put(record.entity.kind.rawValue)
        put(record.entity.id)
        put(record.summary)
        put(record.before)
        put(record.after)
        put(record.previousHash)
        return SHA256.hash(data: bytes).hex
    }
}
