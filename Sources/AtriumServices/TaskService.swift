import AtriumCore
import AtriumStore

/// Adding, listing and editing a client's tasks: the pieces of work time is tracked against, each
/// with an optional rate that comes first in the rate chain.
public struct TaskService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// What a task add or edit sets; nil leaves a field as it is.
    public struct Input: Sendable {
        public var name: String?
        /// The hourly rate as typed, in the client's currency.
        public var rate: String?
        public var clearsRate = false
        public var archived: Bool?

        public init(name: String? = nil, rate: String? = nil) {
            self.name = name
            self.rate = rate
        }

        func apply(to task: inout WorkTask, client: Client, at instant: Instant) throws {
            if let name { task.name = name.trimmingWhitespace() }
            if clearsRate { task.rate = nil }
            if let rate {
                task.rate = try attributing(to: "rate") { try Money.parseRate(rate, currency: client.currency) }
            }
            if let archived { task.archivedAt = archived ? (task.archivedAt ?? instant) : nil }
            try task.validate(for: client)
        }
    }

    /// A task with its client and project, as listed.
    public struct Listed: Sendable {
        public var client: Client
        public var project: Project?
        public var task: WorkTask
    }

    /// Adds a task named `name` to the client (and, with `project`, to that project of the client).
    /// Owners only.
    ///
    /// - Throws: ``InvalidInput`` on `name` or `rate`, ``LookupError`` for the client or project,
    ///   ``StoreError/conflict(_:)`` for a name the client's tasks already have.
    public func add(
        _ name: String,
        client clientName: String,
        project projectName: String?,
        _ input: Input,
        as caller: Caller
    ) async throws -> Listed {
        try caller.requireOwner(to: "add tasks")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: clientName) }
        let project = try projectName.map { name in
            try attributing(to: "--project") { try directory.project(named: name, of: client) }
        }
        return try await add(name, to: client, project: project, input, directory: directory, as: caller)
    }

    /// Adds a task named `name` to the client with this id, optionally in its project with this id
    /// (the web app and API). Owners only.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client of another workspace, ``InvalidInput`` on
    ///   `projectId` for a project of another client, and the errors of the add by name.
    public func add(
        _ name: String,
        toClient id: ID<Client>,
        project projectID: ID<Project>?,
        _ input: Input,
        as caller: Caller
    ) async throws -> Listed {
        try caller.requireOwner(to: "add tasks")
        let directory = try await Directory.load(store, for: caller)
        let target = try directory.target(named: nil, clientID: id, projectID: projectID)
        return try await add(name, to: target.client, project: target.project, input, directory: directory, as: caller)
    }

    private func add(
        _ name: String,
        to client: Client,
        project: Project?,
        _ input: Input,
        directory: Directory,
        as caller: Caller
    ) async throws -> Listed {
        let instant = now()
        var task = WorkTask(
            workspaceID: caller.workspaceID,
            clientID: client.id,
            projectID: project?.id,
            name: name,
            createdAt: instant
        )
        try input.apply(to: &task, client: client, at: instant)
        try Self.requireDistinct(task, of: client, among: directory.tasks)
        try await store.insertTask(task, stamp: caller.stamp(at: instant))
        return Listed(client: client, project: project, task: task)
    }

    /// The tasks the caller can see, optionally of one client; archived ones only when asked. A
    /// member sees no rates.
    public func list(client name: String?, includeArchived: Bool, as caller: Caller) async throws -> [Listed] {
        let directory = try await Directory.load(store, for: caller).shown(to: caller)
        let only = try name.map { name in try attributing(to: "client") { try directory.client(named: name) } }
        return directory.visibleTasks.compactMap { task in
            guard let client = directory.client(task.clientID), only == nil || only?.id == client.id,
                includeArchived || !task.isArchived
            else { return nil }
            return Listed(client: client, project: directory.project(task.projectID), task: task)
        }.sorted {
            ($0.client.name.lowercased(), $0.task.name.lowercased()) < (
                $1.client.name.lowercased(), $1.task.name.lowercased()
            )
        }
    }

    /// Applies `input` to the task `name` of the client; a rate change is audited. Owners only.
    public func edit(_ name: String, client clientName: String, _ input: Input, as caller: Caller) async throws
        -> Listed
    {
        try caller.requireOwner(to: "edit tasks")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: clientName) }
        let task = try attributing(to: "task") { try directory.task(named: name, of: client) }
        return try await edit(task, of: client, input, directory: directory, as: caller)
    }

    /// Applies `input` to the task with this id (the web app and API), archived or not. Owners only.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a task of another workspace.
    public func edit(_ id: ID<WorkTask>, _ input: Input, as caller: Caller) async throws -> Listed {
        try caller.requireOwner(to: "edit tasks")
        let directory = try await Directory.load(store, for: caller)
        guard let task = directory.task(id), let client = directory.client(task.clientID) else {
            throw StoreError.notFound("The task")
        }
        return try await edit(task, of: client, input, directory: directory, as: caller)
    }

    private func edit(_ task: WorkTask, of client: Client, _ input: Input, directory: Directory, as caller: Caller)
        async throws -> Listed
    {
        let instant = now()
        var renamed = task
        try input.apply(to: &renamed, client: client, at: instant)
        if renamed.name != task.name { try Self.requireDistinct(renamed, of: client, among: directory.tasks) }
        let updated = try await store.updateTask(task.id, in: caller.workspaceID, stamp: caller.stamp(at: instant)) {
            try input.apply(to: &$0, client: client, at: instant)
        }
        return Listed(client: client, project: directory.project(updated.projectID), task: updated)
    }

    /// Refuses a name that reads as another task's of the same client (see
    /// ``NameLookup/sameName(_:_:)``): `--task close` could not tell them apart.
    private static func requireDistinct(_ task: WorkTask, of client: Client, among tasks: [WorkTask]) throws {
        let other = tasks.first {
            $0.clientID == client.id && $0.id != task.id && NameLookup.sameName($0.name, task.name)
        }
        if let other {
            throw StoreError.conflict(
                "\(client.name) already has a task named \"\(other.name)\"; names are told apart without case, "
                    + "accents or extra spaces."
            )
        }
    }
}
