import AtriumCore

/// What a workspace snapshot holds beyond the workspace, its people and its clients, which every
/// snapshot holds. An owner's punch on a client needs none of these (a member's, the assignments);
/// listing, pricing and exporting need them all, which is the default.
public struct SnapshotParts: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let projects = SnapshotParts(rawValue: 1 << 0)
    public static let tasks = SnapshotParts(rawValue: 1 << 1)
    /// The clients each member is assigned to.
    public static let assignments = SnapshotParts(rawValue: 1 << 2)
    /// The working hours of clients and people.
    public static let hours = SnapshotParts(rawValue: 1 << 3)
    /// People's own rates for clients.
    public static let rates = SnapshotParts(rawValue: 1 << 4)

    public static let all: SnapshotParts = [.projects, .tasks, .assignments, .hours, .rates]
}

/// A workspace and the records every use case looks names up in, as of one moment.
///
/// The workspace, its people and its clients are always there; the other ``parts`` only when
/// asked for. Reading a part the snapshot was made without is a programming error, caught by an
/// assertion in tests (it reads as empty).
public struct WorkspaceSnapshot: Sendable {
    public var workspace: Workspace
    public let people: [Person]
    /// Archived ones included, by name.
    public let clients: [Client]
    /// The same by id, made once with the snapshot (which the store keeps while the workspace
    /// stays unchanged), not again for every request.
    public let peopleByID: [ID<Person>: Person]
    public let clientsByID: [ID<Client>: Client]
    /// What was read beyond the workspace, people and clients.
    public private(set) var parts: SnapshotParts

    private var storedProjects: [Project] = []
    private var storedTasks: [WorkTask] = []
    private var storedProjectsByID: [ID<Project>: Project] = [:]
    private var storedTasksByID: [ID<WorkTask>: WorkTask] = [:]
    private var storedAssignments: [ID<Person>: Set<ID<Client>>] = [:]
    private var storedClientHours: [ID<Client>: WeeklyHours] = [:]
    private var storedPersonHours: [ID<Person>: WeeklyHours] = [:]
    private var storedPersonRates: [PersonRate] = []

    /// A snapshot with every part.
    public init(
        workspace: Workspace,
        people: [Person],
        clients: [Client],
        projects: [Project],
        tasks: [WorkTask] = [],
        assignments: [ID<Person>: Set<ID<Client>>] = [:],
        clientHours: [ID<Client>: WeeklyHours] = [:],
        personHours: [ID<Person>: WeeklyHours] = [:],
        personRates: [PersonRate] = []
    ) {
        self.init(workspace: workspace, people: people, clients: clients)
        add(projects: projects)
        add(tasks: tasks)
        add(assignments: assignments)
        add(clientHours: clientHours, personHours: personHours)
        add(personRates: personRates)
    }

    /// A snapshot of the workspace, its people and clients only; the parts are added after.
    init(workspace: Workspace, people: [Person], clients: [Client]) {
        self.workspace = workspace
        self.people = people
        self.clients = clients
        peopleByID = people.byID()
        clientsByID = clients.byID()
        parts = []
    }

    /// Archived ones included, by name.
    public var projects: [Project] { part(.projects, "projects", storedProjects) }
    /// Archived ones included, by name.
    public var tasks: [WorkTask] { part(.tasks, "tasks", storedTasks) }
    public var projectsByID: [ID<Project>: Project] { part(.projects, "projects", storedProjectsByID) }
    public var tasksByID: [ID<WorkTask>: WorkTask] { part(.tasks, "tasks", storedTasksByID) }
    /// The clients each member is assigned to (owners see every client and have none).
    public var assignments: [ID<Person>: Set<ID<Client>>] {
        part(.assignments, "assignments", storedAssignments)
    }
    /// The working hours of the clients that have them.
    public var clientHours: [ID<Client>: WeeklyHours] { part(.hours, "working hours", storedClientHours) }
    /// The working hours of the people who have them.
    public var personHours: [ID<Person>: WeeklyHours] { part(.hours, "working hours", storedPersonHours) }
    /// People's own rates for clients.
    public var personRates: [PersonRate] { part(.rates, "rates", storedPersonRates) }

    private func part<Value>(_ part: SnapshotParts, _ name: String, _ value: Value) -> Value {
        assert(parts.contains(part), "the workspace snapshot was read without its \(name)")
        return value
    }

    /// The same snapshot with `parts` it lacks taken as empty: for showing what was just written when
    /// reading those parts failed (a project or task then goes unnamed).
    public func assuming(_ parts: SnapshotParts) -> WorkspaceSnapshot {
        var assumed = self
        let missing = parts.subtracting(self.parts)
        if missing.contains(.projects) { assumed.add(projects: []) }
        if missing.contains(.tasks) { assumed.add(tasks: []) }
        if missing.contains(.assignments) { assumed.add(assignments: [:]) }
        if missing.contains(.hours) { assumed.add(clientHours: [:], personHours: [:]) }
        if missing.contains(.rates) { assumed.add(personRates: []) }
        return assumed
    }

    mutating func add(projects: [Project]) {
        storedProjects = projects
        storedProjectsByID = projects.byID()
        parts.insert(.projects)
    }

    mutating func add(tasks: [WorkTask]) {
        storedTasks = tasks
        storedTasksByID = tasks.byID()
        parts.insert(.tasks)
    }

    mutating func add(assignments: [ID<Person>: Set<ID<Client>>]) {
        storedAssignments = assignments
        parts.insert(.assignments)
    }

    mutating func add(clientHours: [ID<Client>: WeeklyHours], personHours: [ID<Person>: WeeklyHours]) {
        storedClientHours = clientHours
        storedPersonHours = personHours
        parts.insert(.hours)
    }

    mutating func add(personRates: [PersonRate]) {
        storedPersonRates = personRates
        parts.insert(.rates)
    }

    /// The same snapshot without a rate anywhere: the workspace's default, clients', projects',
    /// tasks' and people's. Keeps the parts it has.
    public func withoutRates() -> WorkspaceSnapshot {
        var workspace = workspace
        workspace.defaultRate = nil
        var stripped = WorkspaceSnapshot(
            workspace: workspace,
            people: people,
            clients: Self.withoutRate(clients, \.rate)
        )
        if parts.contains(.projects) { stripped.add(projects: Self.withoutRate(storedProjects, \.rate)) }
        if parts.contains(.tasks) { stripped.add(tasks: Self.withoutRate(storedTasks, \.rate)) }
        if parts.contains(.assignments) { stripped.add(assignments: storedAssignments) }
        if parts.contains(.hours) { stripped.add(clientHours: storedClientHours, personHours: storedPersonHours) }
        if parts.contains(.rates) { stripped.add(personRates: []) }
        return stripped
    }
}

extension WorkspaceSnapshot {
    /// `items` with the rate at `rate` taken out of each.
    fileprivate static func withoutRate<Item>(_ items: [Item], _ rate: WritableKeyPath<Item, Money?>) -> [Item] {
        items.map { item in
            var item = item
            item[keyPath: rate] = nil
            return item
        }
    }
}

extension WorkspaceStore {
    /// The workspace with every part of its snapshot.
    public func snapshot(of workspace: ID<Workspace>) async throws -> WorkspaceSnapshot {
        try await snapshot(of: workspace, including: .all)
    }
}
