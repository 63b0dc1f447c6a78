/// Recomputes an audit chain record by record, in sequence order, and finds the first broken link.
///
/// Feed every record with ``check(_:)``; then ``finish(head:)`` compares the last link with the
/// head kept on the workspace, which reveals records removed from the end.
///
/// ```swift
/// var verifier = AuditVerifier()
/// for record in records { if let problem = verifier.check(record) { return .broken(problem) } }
/// return verifier.finish(head: storedHead)
/// ```
public struct AuditVerifier: Sendable {
    private var last = AuditHead.empty

    public init() {}

    /// How many records have been checked and found sound.
    public var count: Int64 { last.sequence }

    /// Checks the next record; returns the problem if it breaks the chain.
    public mutating func check(_ record: AuditRecord) -> AuditBreak? {
        guard record.sequence == last.sequence + 1 else {
            return AuditBreak(sequence: last.sequence + 1, reason: .missing(found: record.sequence), record: nil)
        }
        guard record.previousHash == last.hash else {
            return AuditBreak(sequence: record.sequence, reason: .linkBroken, record: record)
        }
        guard AuditChain.hash(of: record) == record.hash else {
            return AuditBreak(sequence: record.sequence, reason: .contentsChanged, record: record)
        }
        last = AuditHead(sequence: record.sequence, hash: record.hash)
        return nil
    }

    /// Compares a live entry with the state its latest audit record describes.
    ///
    /// - Parameter auditedState: The `after` JSON of the entry's latest audit record; nil when none.
    /// - Returns: The problem, or nil when the entry is as audited.
    public static func check(_ entry: TimeEntry, auditedState: String?) -> AuditBreak? {
        let entity = AuditEntity(kind: .timeEntry, id: entry.id.description)
        let label = "Time entry #\(entry.number)"
        guard let auditedState else {
            return AuditBreak(sequence: 0, reason: .unrecorded(entity: entity, label: label), record: nil)
        }
        guard AuditState.decode(AuditState.Entry.self, from: auditedState) == AuditState.Entry(entry) else {
            return AuditBreak(sequence: 0, reason: .recordDiffers(entity: entity, label: label), record: nil)
        }
        return nil
    }

    /// The result once every record has been checked.
    public func finish(head: AuditHead) -> AuditVerification {
        guard head == last else {
            if head.sequence > last.sequence {
                return .broken(
                    AuditBreak(
                        sequence: last.sequence + 1,
                        reason: .truncated(expectedLast: head.sequence),
                        record: nil
                    )
                )
            }
            return .broken(AuditBreak(sequence: last.sequence, reason: .headMismatch, record: nil))
        }
        return .intact(last)
    }
}

/// The outcome of verifying a chain.
public enum AuditVerification: Sendable, Equatable {
    /// Every record is as written; the head is the last link.
    case intact(AuditHead)
    /// The first problem found.
    case broken(AuditBreak)
}

/// Where and why a chain is broken.
public struct AuditBreak: Sendable, Equatable {
    /// The first record that is not as Atrium wrote it (or where a missing one should be).
    public var sequence: Int64
    public var reason: Reason
    /// The record as found, when there is one.
    public var record: AuditRecord?

    public init(sequence: Int64, reason: Reason, record: AuditRecord?) {
        self.sequence = sequence
        self.reason = reason
        self.record = record
    }

    public enum Reason: Sendable, Equatable {
        /// Its contents no longer match its hash: the record was edited.
        case contentsChanged
        /// Its link to the previous record does not match: a record before it was edited or replaced.
        case linkBroken
        /// Records are missing: the next one found has this sequence number.
        case missing(found: Int64)
        /// The chain ends early: records up to `expectedLast` were written.
        case truncated(expectedLast: Int64)
        /// The chain is whole but does not end at the head kept with the workspace: it was replaced
        /// or extended outside Atrium.
        case headMismatch
        /// A live record differs from the state its last audit record describes.
        case recordDiffers(entity: AuditEntity, label: String)
        /// A live record has no audit record at all.
        case unrecorded(entity: AuditEntity, label: String)
    }

    /// One sentence for a person.
    public var explanation: String {
        let subject = record.map { "record \(sequence) (\($0.summary))" } ?? "record \(sequence)"
        switch reason {
        case .contentsChanged:
            return
                "Audit chain broken at \(subject): its contents do not match its hash, so it was changed after it was written."
        case .linkBroken:
            return
                "Audit chain broken at \(subject): it does not link to the record before it, so an earlier record was changed or replaced."
        case .missing(let found):
            return "Audit chain broken at record \(sequence): it is missing (the next record found is \(found))."
        case .truncated(let expected):
            return
                "Audit chain broken at record \(sequence): records \(sequence)–\(expected) were written and are gone."
        case .headMismatch:
            return "Audit chain broken at record \(sequence): the chain does not end where Atrium last wrote it, "
                + "so records were replaced or added outside Atrium."
        case .recordDiffers(_, let label):
            return "\(label) differs from its last audited state: it was changed outside Atrium."
        case .unrecorded(_, let label):
            return "\(label) has no audit record: it was added outside Atrium."
        }
    }
}
