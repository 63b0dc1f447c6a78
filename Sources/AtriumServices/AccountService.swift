import AtriumCore
import AtriumStore
import HummingbirdBcrypt

/// Signing in and out, passwords, and the first visit's set-up of the workspace and its owner.
public struct AccountService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant
    let workspaces: WorkspaceService
    /// bcrypt's cost (log2 of its rounds): 12 in production; tests lower it to stay quick.
    let passwordCost: UInt8

    /// How long a session lasts without signing in again: 30 days.
    public static let sessionLifetime: Int64 = 30 * 86_400

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant, passwordCost: UInt8 = 12) {
        self.store = store
        self.now = now
        self.workspaces = WorkspaceService(store: store, now: now)
        self.passwordCost = passwordCost
    }

    /// What the first visit must do.
    public enum SetupState: Sendable, Equatable {
        /// No workspace yet: create it and the owner's account.
        case needsWorkspace
        /// A workspace made on the command line whose owner has no password yet.
        case needsOwnerPassword(workspaceName: String, ownerName: String)
        /// Everyone signs in.
        case ready
    }

    /// A new session: `token` goes into the cookie, and is never stored.
    public struct SignedIn: Sendable {
        public var caller: Caller
        public var token: String
        public var session: Session
    }

    public func setupState() async throws -> SetupState {
        guard let caller = try? await workspaces.localCaller() else { return .needsWorkspace }
        let account = try await store.account(caller.personID, in: caller.workspaceID)
        guard account.passwordHash == nil else { return .ready }
        let workspace = try await store.workspace(caller.workspaceID)
        return .needsOwnerPassword(workspaceName: workspace.name, ownerName: account.person.name)
    }

    /// Creates the workspace and its owner's account, and signs the owner in.
    ///
    /// - Throws: ``AccountError/alreadySetUp`` when a workspace exists; ``InvalidInput`` naming the field.
    public func setUp(_ setup: WorkspaceService.Setup, email: String, password: String) async throws -> SignedIn {
        guard try await setupState() == .needsWorkspace else { throw AccountError.alreadySetUp }
        let email = try Credentials.email(email)
        try Credentials.validatePassword(password)
        var setup = setup
        setup.ownerEmail = email
        return try await signInOwner(try await workspaces.initialize(setup), email: email, password: password)
    }

    /// Gives the owner of a workspace made on the command line an email and password, and signs them in.
    ///
    /// - Throws: ``AccountError/alreadySetUp`` once the owner has a password.
    public func claimOwner(email: String, password: String) async throws -> SignedIn {
        guard case .needsOwnerPassword = try await setupState() else { throw AccountError.alreadySetUp }
        let email = try Credentials.email(email)
        try Credentials.validatePassword(password)
        return try await signInOwner(try await workspaces.localCaller(), email: email, password: password)
    }

    /// Stores the owner's checked email and password and starts their session.
    private func signInOwner(_ caller: Caller, email: String, password: String) async throws -> SignedIn {
        try await store.setCredentials(
            of: caller.personID,
            in: caller.workspaceID,
            email: email,
            passwordHash: Bcrypt.hash(password, cost: passwordCost)
        )
        return try await startSession(for: caller)
    }

    /// The invitation a link's token opens, if it is still open.
    ///
    /// - Throws: ``AccountError/inviteClosed`` for an unknown, used or expired link.
    public func invite(token: String) async throws -> Invite {
        guard let invite = try await store.invite(tokenHash: SecretToken.hash(token)), invite.isOpen(at: now()) else {
            throw AccountError.inviteClosed
        }
        return invite
    }

    /// Accepts an invitation: creates the person with `password` and signs them in. Someone whose
    /// access was removed, invited again with the same email, comes back as themselves.
    ///
    /// - Throws: ``AccountError/inviteClosed``; ``InvalidInput`` on `password`.
    public func acceptInvite(token: String, password: String, zone: ZoneID?) async throws -> SignedIn {
        let invite = try await invite(token: token)
        try Credentials.validatePassword(password)
        let workspace = try await store.workspace(invite.workspaceID)
        let instant = now()
        let person = Person(
            workspaceID: invite.workspaceID,
            name: invite.name,
            email: invite.email,
            role: invite.role,
            zone: zone ?? workspace.zone,
            language: .english,
            createdAt: instant
        )
        let accepted = try await store.acceptInvite(
            tokenHash: invite.tokenHash,
            as: person,
            passwordHash: Bcrypt.hash(password, cost: passwordCost),
            at: instant
        )
        return try await startSession(
            for: Caller(workspaceID: accepted.workspaceID, personID: accepted.id, role: accepted.role)
        )
    }

    /// Signs a person in by email and password.
    ///
    /// - Parameter address: Where the attempt comes from (the client's IP), for throttling.
    /// - Throws: ``AccountError/throttled(retryAfterSeconds:)`` after too many failures,
    ///   ``AccountError/wrongCredentials``.
    public func signIn(email: String, password: String, address: String) async throws -> SignedIn {
        let key = email.trimmingWhitespace().lowercased()
        let instant = now()
        let failures = try await store.loginFailures(
            account: key,
            address: address,
            after: SignInThrottle.windowStart(at: instant)
        )
        if let retryAfter = SignInThrottle.retryAfter(failures: failures, now: instant) {
            throw AccountError.throttled(retryAfterSeconds: retryAfter)
        }
        guard let account = try await store.account(email: key), let hash = account.passwordHash,
            Bcrypt.verify(password, hash: hash)
        else {
            try await store.recordLoginFailure(account: key, address: address, at: instant)
            throw AccountError.wrongCredentials
        }
        try await store.clearLoginFailures(account: key, address: address)
        // Sign-ins are rare enough to carry the housekeeping: expired sessions and stale failures go.
        try await store.purge(sessionsExpiredBy: instant, failuresBefore: SignInThrottle.windowStart(at: instant))
        let person = account.person
        return try await startSession(
            for: Caller(workspaceID: person.workspaceID, personID: person.id, role: person.role)
        )
    }

    /// The caller a session cookie's token signs in, with the session.
    ///
    /// - Throws: ``AccountError/signedOut`` for an unknown or expired session.
    public func session(token: String) async throws -> (caller: Caller, session: Session) {
        guard let (session, role) = try await store.session(tokenHash: SecretToken.hash(token)),
            session.isValid(at: now())
        else { throw AccountError.signedOut }
        return (Caller(workspaceID: session.workspaceID, personID: session.personID, role: role), session)
    }

    /// Ends the session of this cookie token.
    public func signOut(token: String) async throws {
        try await store.deleteSession(tokenHash: SecretToken.hash(token))
    }

    /// Changes the caller's password after checking the current one; signs out their other sessions.
    ///
    /// - Throws: ``InvalidInput`` on `current_password` when it is wrong, on `new_password` when too short.
    public func changePassword(current: String, new: String, keeping session: Session?, as caller: Caller)
        async throws
    {
        let account = try await store.account(caller.personID, in: caller.workspaceID)
        guard let hash = account.passwordHash, Bcrypt.verify(current, hash: hash) else {
            throw InvalidInput("the current password is not right", field: "current_password")
        }
        try Credentials.validatePassword(new, field: "new_password")
        try await store.setCredentials(
            of: caller.personID,
            in: caller.workspaceID,
            email: account.person.email ?? "",
            passwordHash: Bcrypt.hash(new, cost: passwordCost)
        )
        try await store.deleteSessions(of: caller.personID, keeping: session?.tokenHash)
    }

    private func startSession(for caller: Caller) async throws -> SignedIn {
        let token = SecretToken.generate()
        let instant = now()
        let session = Session(
            tokenHash: SecretToken.hash(token),
            workspaceID: caller.workspaceID,
            personID: caller.personID,
            csrfToken: SecretToken.generate(),
            createdAt: instant,
            expiresAt: instant.adding(seconds: Self.sessionLifetime)
        )
        try await store.insertSession(session)
        return SignedIn(caller: caller, token: token, session: session)
    }
}
