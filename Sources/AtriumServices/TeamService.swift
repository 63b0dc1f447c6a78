import AtriumCore
import AtriumStore

/// The workspace's people: invitations, roles and which clients each member sees.
public struct TeamService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// How long an invitation link works: 7 days.
    public static let inviteLifetime: Int64 = 7 * 86_400

    /// A person with the clients they see.
    public struct Member: Sendable {
        public var person: Person
        /// Empty for owners, who see every client.
        public var clients: [Client]
        /// Whether they can sign in (false once their access was removed).
        public var hasAccess: Bool
    }

    /// What the owner fills in to invite someone.
    public struct InviteRequest: Sendable {
        public var name: String
        public var email: String
        public var role: PersonRole
        /// For a member: the clients they will see, by id.
        public var clientIDs: Set<ID<Client>>

        public init(name: String, email: String, role: PersonRole, clientIDs: Set<ID<Client>> = []) {
            self.name = name
            self.email = email
            self.role = role
            self.clientIDs = clientIDs
        }
    }

    /// An invitation and its link's token, shown once.
    public struct Created: Sendable {
        public var invite: Invite
        public var token: String
    }

    /// The workspace's people, oldest first, with their clients.
    public func members(as caller: Caller) async throws -> [Member] {
        try caller.requireOwner(to: "see the team")
        let snapshot = try await store.snapshot(of: caller.workspaceID)
        var members: [Member] = []
        for person in snapshot.people {
            let ids = snapshot.assignments[person.id] ?? []
            let account = try await store.account(person.id, in: caller.workspaceID)
            members.append(
                Member(
                    person: person,
                    clients: snapshot.clients.filter { ids.contains($0.id) },
                    hasAccess: account.passwordHash != nil
                )
            )
        }
        return members
    }

    /// Invitations not yet accepted, newest first.
    public func openInvites(as caller: Caller) async throws -> [Invite] {
        try caller.requireOwner(to: "see invitations")
        return try await store.openInvites(in: caller.workspaceID)
    }

    /// Invites someone; share the link with the returned token.
    ///
    /// - Throws: ``InvalidInput`` naming `name` or `email`; ``StoreError/conflict(_:)`` when the
    ///   email already signs in; ``StoreError/notFound(_:)`` for a client of another workspace.
    public func invite(_ request: InviteRequest, as caller: Caller) async throws -> Created {
        try caller.requireOwner(to: "invite people")
        let name = request.name.trimmingWhitespace()
        guard (1...120).contains(name.count) else {
            throw InvalidInput("a name has 1 to 120 characters", field: "name")
        }
        let email = try Credentials.email(request.email)
        let clients = try await store.clients(in: caller.workspaceID)
        let known = Set(clients.map(\.id))
        guard request.clientIDs.isSubset(of: known) else { throw StoreError.notFound("The client") }
        let token = SecretToken.generate()
        let instant = now()
        let invite = Invite(
            tokenHash: SecretToken.hash(token),
            workspaceID: caller.workspaceID,
            name: name,
            email: email,
            role: request.role,
            clientIDs: request.role == .member ? request.clientIDs : [],
            createdAt: instant,
            expiresAt: instant.adding(seconds: Self.inviteLifetime)
        )
        try await store.insertInvite(invite)
        return Created(invite: invite, token: token)
    }

    /// Sets which clients a member sees.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a person or client of another workspace.
    public func assign(_ person: ID<Person>, to clients: Set<ID<Client>>, as caller: Caller) async throws {
        try caller.requireOwner(to: "assign clients")
        try await store.setAssignments(of: person, to: clients, in: caller.workspaceID)
    }

    /// Withdraws an invitation that was not accepted yet; its link stops working.
    public func revokeInvite(tokenHash: String, as caller: Caller) async throws {
        try caller.requireOwner(to: "withdraw invitations")
        try await store.deleteInvite(tokenHash: tokenHash, in: caller.workspaceID)
    }

    /// Ends a person's access (password, sessions, tokens, client assignments); their entries stay.
    ///
    /// - Throws: ``ServiceError/forbidden(_:)`` for one's own access (another owner must do it).
    public func removeAccess(of person: ID<Person>, as caller: Caller) async throws {
        try caller.requireOwner(to: "remove someone's access")
        guard person != caller.personID else {
            throw ServiceError.forbidden("You cannot remove your own access; another owner can.")
        }
        try await store.removeAccess(of: person, in: caller.workspaceID, at: now())
    }

    /// Makes a person an owner or a member. The change applies to their next request; a new member
    /// sees the clients they are assigned to (none until an owner ticks some).
    ///
    /// - Throws: ``ServiceError/forbidden(_:)`` for one's own role (another owner must change it, so
    ///   a workspace always keeps an owner); ``StoreError/notFound(_:)`` for a person elsewhere.
    public func changeRole(of person: ID<Person>, to role: PersonRole, as caller: Caller) async throws -> Person {
        try caller.requireOwner(to: "change roles")
        guard person != caller.personID else {
            throw ServiceError.forbidden("You cannot change your own role; another owner can.")
        }
        return try await store.updatePerson(person, in: caller.workspaceID) { $0.role = role }
    }
}
