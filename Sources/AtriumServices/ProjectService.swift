import AtriumCore
import AtriumStore

/// Adding, listing and editing projects.
public struct ProjectService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// What a project add or edit sets; nil leaves a field as it is.
    public struct Input: Sendable {
        public var name: String?
        /// The hourly rate as typed, in the client's currency.
        public var rate: String?
        public var clearsRate = false
        public var budget: TimeSpan?
        public var archived: Bool?

        public init(name: String? = nil, rate: String? = nil, budget: TimeSpan? = nil) {
            self.name = name
            self.rate = rate
            self.budget = budget
        }

        func apply(to project: inout Project, client: Client, at instant: Instant) throws {
            if let name { project.name = name.trimmingWhitespace() }
            if clearsRate { project.rate = nil }
            if let rate { project.rate = try Money.parseRate(rate, currency: client.currency) }
            if let budget { project.budget = budget }
            if let archived { project.archivedAt = archived ? (project.archivedAt ?? instant) : nil }
            try project.validate(for: client)
        }
    }

    /// Adds a project to a client, named as `client/project` (`acme/Listings`).
    public func add(_ path: String, _ input: Input, as caller: Caller) async throws -> (Client, Project) {
        try caller.requireOwner(to: "add projects")
        let directory = try await Directory.load(store, for: caller)
        guard let slash = path.firstIndex(of: "/") else {
            throw InvalidInput("name the project as client/project, e.g. acme/Listings", field: "project")
        }
        let client = try attributing(to: "client") { try directory.client(named: String(path[..<slash])) }
        let name = String(path[path.index(after: slash)...])
        return (client, try await add(name, to: client, input, directory: directory, as: caller))
    }

    /// Adds a project named `name` to the client with this id (the web app and API).
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client of another workspace.
    public func add(_ name: String, toClient id: ID<Client>, _ input: Input, as caller: Caller) async throws -> Project
    {
        try caller.requireOwner(to: "add projects")
        let directory = try await Directory.load(store, for: caller)
        guard let client = directory.client(id) else { throw StoreError.notFound("The client") }
        return try await add(name, to: client, input, directory: directory, as: caller)
    }

    private func add(_ name: String, to client: Client, _ input: Input, directory: Directory, as caller: Caller)
        async throws -> Project
    {
        let instant = now()
        var project = Project(workspaceID: caller.workspaceID, clientID: client.id, name: name, createdAt: instant)
        try input.apply(to: &project, client: client, at: instant)
        try Self.requireDistinct(project, of: client, among: directory.projects)
        try await store.insertProject(project, stamp: caller.stamp(at: instant))
        return project
    }

    /// Refuses a name that reads as another project's of the same client (see
    /// ``NameLookup/sameName(_:_:)``): `acme/listings` could not tell them apart.
    private static func requireDistinct(_ project: Project, of client: Client, among projects: [Project]) throws {
        let other = projects.first {
            $0.clientID == client.id && $0.id != project.id && NameLookup.sameName($0.name, project.name)
        }
        if let other {
            throw StoreError.conflict(
                "\(client.name) already has a project named \"\(other.name)\"; names are told apart without case, "
                    + "accents or extra spaces."
            )
        }
    }

    /// Projects with their clients, optionally of one client; archived ones only when asked.
    public func list(client name: String?, includeArchived: Bool, as caller: Caller) async throws
        -> [(client: Client, project: Project)]
    {
        let directory = try await Directory.load(store, for: caller)
        let only = try name.map { name in try attributing(to: "client") { try directory.client(named: name) } }
        return directory.projects.compactMap { project in
            guard let client = directory.client(project.clientID), only == nil || only?.id == client.id,
                includeArchived || !project.isArchived
            else { return nil }
            return (client, project)
        }.sorted {
            ($0.client.name.lowercased(), $0.project.name.lowercased()) < (
                $1.client.name.lowercased(), $1.project.name.lowercased()
            )
        }
    }

    /// Applies `input` to the project named `client/project`; a rate change is audited.
    public func edit(_ path: String, _ input: Input, as caller: Caller) async throws -> (Client, Project) {
        try caller.requireOwner(to: "edit projects")
        let directory = try await Directory.load(store, for: caller)
        let target = try directory.target(path)
        guard let project = target.project else {
            throw InvalidInput("name the project as client/project, e.g. acme/Listings", field: "project")
        }
        let client = target.client
        let instant = now()
        var renamed = project
        try input.apply(to: &renamed, client: client, at: instant)
        if renamed.name != project.name { try Self.requireDistinct(renamed, of: client, among: directory.projects) }
        let updated = try await store.updateProject(
            project.id,
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant)
        ) {
            try input.apply(to: &$0, client: client, at: instant)
        }
        return (client, updated)
    }
}
