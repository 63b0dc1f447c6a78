import AtriumCore
import AtriumStore

/// Adding, finding, editing and archiving clients, and their projects.
public struct ClientService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Adds a client. Unset fields default to the workspace's zone and base currency, English,
    /// no rounding, status active.
    ///
    /// - Throws: ``InvalidInput``, or ``StoreError/conflict(_:)`` when the name is taken.
    public func add(_ input: ClientInput, as caller: Caller) async throws -> Client {
        try caller.requireOwner(to: "add clients")
        let directory = try await Directory.load(store, for: caller)
        guard let name = input.name else { throw InvalidInput("a client needs a name", field: "name") }
        let instant = now()
        var client = Client(
            workspaceID: caller.workspaceID,
            name: name,
            zone: directory.workspace.zone,
            language: directory.person.language,
            currency: input.currency ?? directory.workspace.baseCurrency,
            createdAt: instant
        )
        try input.apply(to: &client, at: instant)
        try Self.requireDistinct(client, among: directory.clients)
        let clientID = client.id
        let contacts = try input.contacts.map { try ClientContact.parse($0, clientID: clientID) }
        try await store.insertClient(client, contacts: contacts, stamp: caller.stamp(at: instant))
        return client
    }

    /// The clients the caller sees (members: those assigned to them) by name; archived ones only when asked.
    public func list(includeArchived: Bool, as caller: Caller) async throws -> [Client] {
        let directory = try await Directory.load(store, for: caller).shown(to: caller)
        return directory.visibleClients.filter { includeArchived || !$0.isArchived }
    }

    /// Everything about one client: profile, contacts, projects, tasks and all-time hours.
    public func details(of name: String, as caller: Caller) async throws -> ClientDetails {
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        return try await details(of: client, directory: directory, as: caller)
    }

    /// Everything about the client with this id (the web app and API).
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client the caller does not see.
    public func details(_ id: ID<Client>, as caller: Caller) async throws -> ClientDetails {
        let directory = try await Directory.load(store, for: caller)
        guard let client = directory.client(id), directory.canSee(client) else {
            throw StoreError.notFound("The client")
        }
        return try await details(of: client, directory: directory, as: caller)
    }

    private func details(of client: Client, directory: Directory, as caller: Caller) async throws -> ClientDetails {
        let directory = directory.shown(to: caller)
        var client = client
        if !caller.seesMoney { client.rate = nil }
        let totals = try await store.entryTotals(in: caller.workspaceID, .allTime).filter {
            $0.clientID == client.id
        }
        return ClientDetails(
            client: client,
            contacts: try await store.contacts(of: client.id, in: caller.workspaceID),
            projects: directory.projects.filter { $0.clientID == client.id },
            tasks: directory.tasks.filter { $0.clientID == client.id },
            rate: directory.rateCard.hourlyRate(client: client, project: nil),
            entryCount: totals.reduce(0) { $0 + $1.entryCount },
            rawSeconds: totals.reduce(0) { $0 + $1.rawSeconds },
            hours: directory.clientHours[client.id] ?? .none
        )
    }

    /// Applies `input` to the client named `name`; rate and rounding changes are audited.
    public func edit(_ name: String, with input: ClientInput, as caller: Caller) async throws -> Client {
        try caller.requireOwner(to: "edit clients")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        return try await edit(client, with: input, directory: directory, as: caller)
    }

    /// Applies `input` to the client with this id.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client of another workspace.
    public func edit(_ id: ID<Client>, with input: ClientInput, as caller: Caller) async throws -> Client {
        try caller.requireOwner(to: "edit clients")
        let directory = try await Directory.load(store, for: caller)
        guard let client = directory.client(id) else { throw StoreError.notFound("The client") }
        return try await edit(client, with: input, directory: directory, as: caller)
    }

    private func edit(_ client: Client, with input: ClientInput, directory: Directory, as caller: Caller)
        async throws -> Client
    {
        let instant = now()
        var renamed = client
        try input.apply(to: &renamed, at: instant)
        if renamed.name != client.name { try Self.requireDistinct(renamed, among: directory.clients) }
        let contacts = try input.contacts.map { try ClientContact.parse($0, clientID: client.id) }
        let updated = try await store.updateClient(
            client.id,
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant),
            addingContacts: contacts
        ) {
            try input.apply(to: &$0, at: instant)
        }
        return updated
    }

    /// Refuses a name that reads as another client's (see ``NameLookup/sameName(_:_:)``), archived
    /// ones included: time typed for one could land on the other.
    private static func requireDistinct(_ client: Client, among clients: [Client]) throws {
        if let other = clients.first(where: { $0.id != client.id && NameLookup.sameName($0.name, client.name) }) {
            throw StoreError.conflict(
                "There is already a client named \"\(other.name)\"; names are told apart without case, accents or extra spaces."
            )
        }
    }

    /// Archives the client: it leaves lists and pickers; its history stays.
    public func archive(_ name: String, as caller: Caller) async throws -> Client {
        var input = ClientInput()
        input.archived = true
        return try await edit(name, with: input, as: caller)
    }
}

/// A client with its contacts, projects, tasks, effective rate and all-time hours.
public struct ClientDetails: Sendable {
    public var client: Client
    public var contacts: [ClientContact]
    public var projects: [Project]
    /// Archived ones included, by name; without rates for a member.
    public var tasks: [WorkTask]
    /// The rate that applies to work without a project (own rate or workspace default).
    public var rate: Money?
    public var entryCount: Int64
    public var rawSeconds: Int64
    /// Working hours on the client's clock (``WeeklyHours/none`` when not set).
    public var hours: WeeklyHours
}
