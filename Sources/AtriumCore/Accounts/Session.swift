/// A signed-in browser: the cookie carries a random token; only its SHA-256 is stored, so a copy of
/// the database does not sign anyone in.
public struct Session: Sendable, Equatable {
    /// The SHA-256 (hex) of the cookie's token.
    public var tokenHash: String
    public var workspaceID: ID<Workspace>
    public var personID: ID<Person>
    /// Echoed by every state-changing form; compared with the form's field.
    public var csrfToken: String
    public var createdAt: Instant
    public var expiresAt: Instant

    public init(
        tokenHash: String,
        workspaceID: ID<Workspace>,
        personID: ID<Person>,
        csrfToken: String,
        createdAt: Instant,
        expiresAt: Instant
    ) {
        self.tokenHash = tokenHash
        self.workspaceID = workspaceID
        self.personID = personID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    /// Whether the session still signs its person in at `instant`.
    public func isValid(at instant: Instant) -> Bool { instant < expiresAt }
}
