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
        bytes.reserveCapacity(256 + (record.before?.utf8.count ?? 0) + (record.after?.utf8.count ?? 0))
        let fields: [String?] = [
            record.workspaceID.description, String(record.sequence), String(record.at.secondsSinceEpoch),
            record.actorID?.description, record.action.rawValue, record.entity.kind.rawValue, record.entity.id,
            record.summary, record.before, record.after, record.previousHash,
        ]
        for field in fields {
            if let field {
                bytes.append(contentsOf: "\(field.utf8.count):".utf8)
                bytes.append(contentsOf: field.utf8)
            } else {
                bytes.append(contentsOf: "-1:".utf8)
            }
            bytes.append(0x0A)
        }
        return SHA256.hash(data: bytes).hex
    }
}
