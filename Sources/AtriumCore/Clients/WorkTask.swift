/// A named piece of a client's work that time is tracked against (`Monthly close`), optionally in
/// one of the client's projects, with an optional rate of its own: the task level of the rate chain
/// (see ``RateCard``) and a way to group invoice lines (``TimeLineGrouping/task``).
///
/// Named `WorkTask` so that it never reads as Swift's `Task`.
public struct WorkTask: Sendable, Equatable {
    public var id: ID<WorkTask>
    public var workspaceID: ID<Workspace>
    public var clientID: ID<Client>
    /// The project the task belongs to; its entries are then in that project.
    public var projectID: ID<Project>?
    /// Unique per client, 1–120 characters.
    public var name: String
    /// Overrides the project's and client's rates; in the client's currency.
    public var rate: Money?
    public var createdAt: Instant
    public var archivedAt: Instant?

    public init(
        id: ID<WorkTask> = ID(),
        workspaceID: ID<Workspace>,
        clientID: ID<Client>,
        projectID: ID<Project>? = nil,
        name: String,
        rate: Money? = nil,
        createdAt: Instant,
        archivedAt: Instant? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.clientID = clientID
        self.projectID = projectID
        self.name = name
        self.rate = rate
        self.createdAt = createdAt
        self.archivedAt = archivedAt
    }

    public var isArchived: Bool { archivedAt != nil }

    /// Checks the name, and that a rate is in the client's currency and not negative.
    ///
    /// - Throws: ``InvalidInput`` naming the field.
    public func validate(for client: Client) throws(InvalidInput) {
        try NameCharacters.requireName(name, of: "task")
        try rate?.validateAsRate(billedIn: client.currency, by: client.name)
    }
}
