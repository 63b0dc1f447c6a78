/// A bearer token for the JSON API. The secret is shown once when created; only its SHA-256 is
/// stored, with a short prefix so a person can tell their tokens apart.
public struct APIToken: Sendable, Equatable {
    public var id: ID<APIToken>
    public var workspaceID: ID<Workspace>
    public var personID: ID<Person>
    /// What the person called it: `laptop script`, `Zapier`.
    public var name: String
    /// The first characters of the secret, e.g. `atr_3fK9`.
    public var prefix: String
    /// The SHA-256 (hex) of the secret.
    public var tokenHash: String
    public var createdAt: Instant
    public var lastUsedAt: Instant?
    public var revokedAt: Instant?

    public init(
        id: ID<APIToken> = ID(),
        workspaceID: ID<Workspace>,
        personID: ID<Person>,
        name: String,
        prefix: String,
        tokenHash: String,
        createdAt: Instant,
        lastUsedAt: Instant? = nil,
        revokedAt: Instant? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.personID = personID
        self.name = name
        self.prefix = prefix
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    public var isRevoked: Bool { revokedAt != nil }
}
