import AtriumCore

/// A person who can sign in: their record and their password's bcrypt hash (nil until set).
public struct Account: Sendable, Equatable {
    public var person: Person
    public var passwordHash: String?

    public init(person: Person, passwordHash: String?) {
        self.person = person
        self.passwordHash = passwordHash
    }
}

/// Sign-in: passwords, browser sessions, failed attempts and API tokens.
public protocol AccountStore: Sendable {
    /// The person whose email is `email` (compared case-insensitively), in any workspace.
    func account(email: String) async throws -> Account?
    /// The person with this id in this workspace, with their password hash.
    ///
    /// - Throws: ``StoreError/notFound(_:)``.
    func account(_ person: ID<Person>, in workspace: ID<Workspace>) async throws -> Account
    /// Sets the person's email and password hash.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when another person signs in with that email.
    func setCredentials(of person: ID<Person>, in workspace: ID<Workspace>, email: String, passwordHash: String)
        async throws
    /// Stores a new session.
    func insertSession(_ session: Session) async throws
    /// The session whose token hashes to `tokenHash`, expired or not, with its person's role (read
    /// together: every signed-in request asks).
    func session(tokenHash: String) async throws -> (session: Session, role: PersonRole)?
    /// Ends one session.
    func deleteSession(tokenHash: String) async throws
    /// Ends every session of a person except `keeping` (after a password change).
    func deleteSessions(of person: ID<Person>, keeping: String?) async throws
    /// Deletes sessions that expired by `sessions` and failed sign-ins recorded before `failures`.
    func purge(sessionsExpiredBy sessions: Instant, failuresBefore failures: Instant) async throws
    /// Records a failed sign-in for an account and address.
    func recordLoginFailure(account: String, address: String, at instant: Instant) async throws
    /// The failed sign-ins for an account and address after `instant`, oldest first.
    func loginFailures(account: String, address: String, after instant: Instant) async throws -> [Instant]
    /// Forgets the failures of an account and address (after a successful sign-in).
    func clearLoginFailures(account: String, address: String) async throws
    /// Stores a new API token.
    func insertAPIToken(_ token: APIToken) async throws
    /// The token whose secret hashes to `tokenHash`, revoked or not, with its person's role; marks it
    /// used at `instant` (to the minute).
    func useAPIToken(tokenHash: String, at instant: Instant) async throws -> (token: APIToken, role: PersonRole)?
    /// The person's tokens, newest first.
    func apiTokens(of person: ID<Person>, in workspace: ID<Workspace>) async throws -> [APIToken]
    /// Revokes one of the person's tokens.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a token of someone else.
    func revokeAPIToken(_ id: ID<APIToken>, of person: ID<Person>, in workspace: ID<Workspace>, at instant: Instant)
        async throws -> APIToken
    /// Stores a new invitation.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when someone already signs in with its email.
    func insertInvite(_ invite: Invite) async throws
    /// The invitation whose token hashes to `tokenHash`, used or not.
    func invite(tokenHash: String) async throws -> Invite?
    /// The workspace's invitations that are not accepted yet, newest first.
    func openInvites(in workspace: ID<Workspace>) async throws -> [Invite]
    /// In one transaction: adds `person` with their password and assignments, and marks the invite used.
    /// Someone of the workspace whose access was removed and who is invited again with the same
    /// email comes back as themselves (their entries stay theirs): they keep their name, zone and
    /// language, and take the invitation's role and clients.
    ///
    /// - Returns: The person who now signs in: `person`, or the one who came back.
    /// - Throws: ``StoreError/conflict(_:)`` when the invite was used meanwhile or the email is taken.
    func acceptInvite(tokenHash: String, as person: Person, passwordHash: String, at instant: Instant) async throws
        -> Person
    /// Deletes an invitation that was not accepted yet.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for an unknown or used one, or one of another workspace.
    func deleteInvite(tokenHash: String, in workspace: ID<Workspace>) async throws
    /// Ends a person's access in one transaction: their password, sessions and client assignments
    /// go, their API tokens are revoked at `instant`. Their entries stay.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a person of another workspace.
    func removeAccess(of person: ID<Person>, in workspace: ID<Workspace>, at instant: Instant) async throws
}
