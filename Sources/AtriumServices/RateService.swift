import AtriumCore
import AtriumStore

/// Hourly rates at every level of the chain (see ``RateCard``), set and listed in one place:
/// `atrium rate set acme 45`, `--project`, `--task`, `--person`, `--workspace`. Every change is audited.
/// Owners only.
public struct RateService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Where a rate sits in the chain, from the most general.
    public enum Level: String, Sendable, Equatable {
        case workspace, client, person, project, task
    }

    /// One rate as listed.
    public struct Rate: Sendable, Equatable {
        public var level: Level
        public var clientName: String?
        public var projectName: String?
        public var taskName: String?
        public var personName: String?
        /// nil when none is set at this level.
        public var rate: Money?

        /// `Acme Realty/Listings`, `Acme Realty: Monthly close`, `Acme Realty (Ana Silva)`, `workspace default`.
        public var target: String {
            switch level {
            case .workspace: "workspace default"
            case .client: clientName ?? ""
            case .project: "\(clientName ?? "")/\(projectName ?? "")"
            case .person: "\(clientName ?? "") (\(personName ?? ""))"
            case .task: "\(clientName ?? ""): \(taskName ?? "")"
            }
        }
    }

    /// What to set a rate on.
    public struct Target: Sendable {
        /// `client` or `client/project`; nil for the workspace default.
        public var path: String?
        /// A person whose own rate for the client this is.
        public var person: String?
        /// A task of the client, by name as typed.
        public var task: String?

        public init(path: String?, person: String? = nil, task: String? = nil) {
            self.path = path
            self.person = person
            self.task = task
        }
    }

    /// Sets the rate of `target` to `amount` as typed (`45`, `45.50`), or removes it when nil.
    ///
    /// - Parameter currency: When given, checked against the currency the rate is in (the client's,
    ///   or the base currency for the workspace default).
    /// - Throws: ``InvalidInput`` naming `rate`, `currency` or `person`; ``LookupError`` for names.
    @discardableResult
    public func set(_ amount: String?, on target: Target, currency: Currency?, as caller: Caller) async throws -> Rate {
        try caller.requireOwner(to: "set rates")
        let directory = try await Directory.load(store, for: caller)
        guard let path = target.path else {
            if target.person != nil {
                throw InvalidInput("a person's rate is for one client: name the client", field: "person")
            }
            if target.task != nil {
                throw InvalidInput("a task's rate is for one client's task: name the client", field: "task")
            }
            try check(currency, is: directory.workspace.baseCurrency, of: "the workspace (its base currency)")
            var changes = WorkspaceService.Changes()
            changes.defaultRate = amount
            changes.clearsDefaultRate = amount == nil
            let workspace = try await WorkspaceService(store: store, now: now).edit(changes, as: caller)
            return Rate(level: .workspace, rate: workspace.defaultRate)
        }
        let (client, project) = try directory.target(path)
        try check(currency, is: client.currency, of: client.name)
        if let taskName = target.task {
            guard target.person == nil else {
                throw InvalidInput("a rate is for a task or for a person, not both", field: "task")
            }
            let task = try attributing(to: "task") { try directory.task(named: taskName, of: client) }
            if let project, task.projectID != project.id {
                let home = directory.project(task.projectID)?.name ?? "no project"
                throw InvalidInput(
                    "the task \"\(task.name)\" is in \(home), not in \(project.name)",
                    field: "task"
                )
            }
            var input = TaskService.Input(rate: amount)
            input.clearsRate = amount == nil
            let updated = try await TaskService(store: store, now: now).edit(task.id, input, as: caller)
            return Rate(level: .task, clientName: client.name, taskName: updated.task.name, rate: updated.task.rate)
        }
        if let personName = target.person {
            guard project == nil else {
                throw InvalidInput(
                    "a person's rate is for a whole client: name the client alone, not a project",
                    field: "person"
                )
            }
            let person = try attributing(to: "person") { try directory.person(named: personName) }
            let rate = try amount.map { text throws(InvalidInput) in
                try Money.parseRate(text, currency: client.currency)
            }
            try await store.setPersonRate(
                rate,
                person: person.id,
                client: client.id,
                in: caller.workspaceID,
                stamp: caller.stamp(at: now())
            )
            return Rate(level: .person, clientName: client.name, personName: person.name, rate: rate)
        }
        if let project {
            var input = ProjectService.Input(rate: amount)
            input.clearsRate = amount == nil
            let (_, updated) = try await ProjectService(store: store, now: now)
                .edit("\(client.name)/\(project.name)", input, as: caller)
            return Rate(level: .project, clientName: client.name, projectName: updated.name, rate: updated.rate)
        }
        var input = ClientInput()
        input.rate = amount
        input.clearsRate = amount == nil
        let updated = try await ClientService(store: store, now: now).edit(client.id, with: input, as: caller)
        return Rate(level: .client, clientName: updated.name, rate: updated.rate)
    }

    /// Every rate that is set: the workspace default (listed even when unset), then per client its
    /// own rate, its people's, its projects' and its tasks'. With `clientName`, that client's only.
    public func list(client clientName: String?, as caller: Caller) async throws -> [Rate] {
        try caller.requireOwner(to: "see rates")
        let directory = try await Directory.load(store, for: caller)
        var clients = directory.clients.filter { !$0.isArchived }
        if let clientName {
            clients = [try attributing(to: "client") { try directory.client(named: clientName) }]
        }
        var rates = [Rate(level: .workspace, rate: directory.workspace.defaultRate)]
        for client in clients {
            rates.append(Rate(level: .client, clientName: client.name, rate: client.rate))
            rates += directory.personRates.filter { $0.clientID == client.id }
                .map {
                    Rate(
                        level: .person,
                        clientName: client.name,
                        personName: directory.personName($0.personID),
                        rate: $0.rate
                    )
                }
                .sorted { ($0.personName ?? "") < ($1.personName ?? "") }
            rates += directory.projects.filter { $0.clientID == client.id && $0.rate != nil && !$0.isArchived }
                .map { Rate(level: .project, clientName: client.name, projectName: $0.name, rate: $0.rate) }
            rates += directory.tasks.filter { $0.clientID == client.id && $0.rate != nil && !$0.isArchived }
                .map { Rate(level: .task, clientName: client.name, taskName: $0.name, rate: $0.rate) }
        }
        return rates
    }

    private func check(_ currency: Currency?, is expected: Currency, of payer: String) throws(InvalidInput) {
        guard let currency, currency != expected else { return }
        throw InvalidInput(
            "\(payer) bills in \(expected.code), so its rates are in \(expected.code), not \(currency.code)",
            field: "currency"
        )
    }
}
