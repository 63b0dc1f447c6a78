/// An invitation to join a workspace: the owner shares its link; whoever opens it chooses a
/// password and becomes the person named here. Only the SHA-256 of the link's token is stored.
public struct Invite: Sendable, Equatable {
    public var tokenHash: String
    public var workspaceID: ID<Workspace>
    public var name: String
    /// Lowercased; the new person signs in with it.
    public var email: String
    public var role: PersonRole
    /// The clients a member will see.
    public var clientIDs: Set<ID<Client>>
    public var createdAt: Instant
    public var expiresAt: Instant
    public var acceptedAt: Instant?

    public init(
        tokenHash: String,
        workspaceID: ID<Workspace>,
        name: String,
        email: String,
        role: PersonRole,
        clientIDs: Set<ID<Client>>,
        createdAt: Instant,
        expiresAt: Instant,
        acceptedAt: Instant? = nil
    ) {
        self.tokenHash = tokenHash
        self.workspaceID = workspaceID
        self.name = name
        self.email = email
        self.role = role
        self.clientIDs = clientIDs
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.acceptedAt = acceptedAt
    }

    /// Whether the link still works at `instant`: not used, not expired.
    public func isOpen(at instant: Instant) -> Bool { acceptedAt == nil && instant < expiresAt }
}
