/// A stretch of work by one person for one client: running while it has no end.
public struct TimeEntry: Sendable, Equatable {
    public var id: ID<TimeEntry>
    public var workspaceID: ID<Workspace>
    /// The short number people use (`atrium edit 42`); assigned by the store, unique per workspace.
    public var number: Int
    public var personID: ID<Person>
    public var clientID: ID<Client>
    public var projectID: ID<Project>?
    /// The client's task the time was spent on; its rate comes first in the rate chain.
    public var taskID: ID<WorkTask>?
    public var start: Instant
    /// Nil while the timer runs.
    public var end: Instant?
    public var memo: String
    /// Sorted, without duplicates.
    public var tags: [TagName]
    public var isBillable: Bool
    public var source: EntrySource
    public var createdAt: Instant
    /// Set when deleted: the entry stays for the audit trail and is left out everywhere else.
    public var deletedAt: Instant?
    /// The price kept from another tool's history; nil when the entry bills by the rate chain.
    public var price: EntryPrice?
    /// Where an imported entry came from (`toggl:…`): re-importing the same row finds it by this key.
    public var importKey: String?

    public init(
        id: ID<TimeEntry> = ID(),
        workspaceID: ID<Workspace>,
        number: Int = 0,
        personID: ID<Person>,
        clientID: ID<Client>,
        projectID: ID<Project>? = nil,
        taskID: ID<WorkTask>? = nil,
        start: Instant,
        end: Instant? = nil,
        memo: String = "",
        tags: [TagName] = [],
        isBillable: Bool = true,
        source: EntrySource,
        createdAt: Instant,
        deletedAt: Instant? = nil,
        price: EntryPrice? = nil,
        importKey: String? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.number = number
        self.personID = personID
        self.clientID = clientID
        self.projectID = projectID
        self.taskID = taskID
        self.start = start
        self.end = end
        self.memo = memo
        self.tags = Array(Set(tags)).sorted()
        self.isBillable = isBillable
        self.source = source
        self.createdAt = createdAt
        self.deletedAt = deletedAt
        self.price = price
        self.importKey = importKey
    }

    public var isRunning: Bool { end == nil }
    public var isDeleted: Bool { deletedAt != nil }

    /// Seconds worked: up to the end, or up to `now` while running. Exact across midnight and DST,
    /// since both ends are instants.
    public func duration(now: Instant) -> TimeSpan {
        TimeSpan(seconds: start.seconds(until: end ?? now))
    }

    /// The tags, sorted and without duplicates.
    public mutating func setTags(_ newTags: [TagName]) { tags = Array(Set(newTags)).sorted() }
}

/// Where an entry came from.
public enum EntrySource: String, Sendable, CaseIterable, Codable {
    /// Started and stopped with the punch clock.
    case timer
    /// Typed in with a start and an end or a duration.
    case manual
    /// Brought in from another tool's export.
    case `import`
}
