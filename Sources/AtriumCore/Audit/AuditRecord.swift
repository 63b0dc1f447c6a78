/// One link of a workspace's tamper-evident audit trail: who changed what, when, from what to what.
///
/// Records are only ever appended. Each one's ``hash`` covers its contents and the previous
/// record's hash, so changing or removing any record breaks every link after it.
public struct AuditRecord: Sendable, Equatable {
    public var workspaceID: ID<Workspace>
    /// 1, 2, 3 … without gaps, per workspace.
    public var sequence: Int64
    public var at: Instant
    /// The person who made the change; nil for Atrium itself (an import, a migration).
    public var actorID: ID<Person>?
    public var action: AuditAction
    public var entity: AuditEntity
    /// For people reading the trail: `time entry #42 edited`.
    public var summary: String
    /// The record's state before the change, as canonical JSON; nil for a creation.
    public var before: String?
    /// The state after the change, as canonical JSON; nil when nothing remains.
    public var after: String?
    /// The previous record's hash; 64 zeros for the first record.
    public var previousHash: String
    /// SHA-256 over this record's contents and ``previousHash``, lowercase hex.
    public var hash: String

    public init(
        workspaceID: ID<Workspace>,
        sequence: Int64,
        at: Instant,
        actorID: ID<Person>?,
        action: AuditAction,
        entity: AuditEntity,
        summary: String,
        before: String?,
        after: String?,
        previousHash: String,
        hash: String
    ) {
        self.workspaceID = workspaceID
        self.sequence = sequence
        self.at = at
        self.actorID = actorID
        self.action = action
        self.entity = entity
        self.summary = summary
        self.before = before
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// What happened to the record.
public enum AuditAction: String, Sendable, CaseIterable {
    case created, edited, deleted
    /// An hourly rate was set, changed or removed.
    case rateChanged = "rate_changed"
    /// A client's rounding rule changed, which changes billed hours.
    case roundingChanged = "rounding_changed"
}

/// Which record a change touched.
public struct AuditEntity: Sendable, Equatable, Hashable {
    public var kind: Kind
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// The kinds of records the trail follows.
    public enum Kind: String, Sendable, CaseIterable {
        case timeEntry = "time_entry"
        case client
        case project
        case task
        case workspace
        case invoice
        /// A person's own rate for a client; the id is `client-id/person-id`.
        case personRate = "person_rate"
    }
}

/// The last link of a chain, kept with the workspace so that removing records from the end shows too.
public struct AuditHead: Sendable, Equatable {
    public var sequence: Int64
    public var hash: String

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The head of an empty chain.
    public static let empty = AuditHead(sequence: 0, hash: String(repeating: "0", count: 64))
}

/// A change about to be recorded: everything but its place in the chain.
public struct AuditDraft: Sendable, Equatable {
    public var at: Instant
    public var actorID: ID<Person>?
    public var action: AuditAction
    public var entity: AuditEntity
    public var summary: String
    public var before: String?
    public var after: String?

    public init(
        at: Instant,
        actorID: ID<Person>?,
        action: AuditAction,
        entity: AuditEntity,
        summary: String,
        before: String?,
        after: String?
    ) {
        self.at = at
        self.actorID = actorID
        self.action = action
        self.entity = entity
        self.summary = summary
        self.before = before
        self.after = after
    }
}
