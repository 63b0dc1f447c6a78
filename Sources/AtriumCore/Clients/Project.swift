/// A piece of work for one client, with an optional rate and hour budget of its own.
public struct Project: Sendable, Equatable {
    public var id: ID<Project>
    public var workspaceID: ID<Workspace>
    public var clientID: ID<Client>
    /// Unique per client, 1–120 characters.
    public var name: String
    /// Overrides the client's rate; in the client's currency.
    public var rate: Money?
    /// Hours the client has agreed to for this project.
    public var budget: TimeSpan?
    public var createdAt: Instant
    public var archivedAt: Instant?

    public init(
        id: ID<Project> = ID(),
        workspaceID: ID<Workspace>,
        clientID: ID<Client>,
        name: String,
        rate: Money? = nil,
        budget: TimeSpan? = nil,
        createdAt: Instant,
        archivedAt: Instant? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.clientID = clientID
        self.name = name
        self.rate = rate
        self.budget = budget
        self.createdAt = createdAt
        self.archivedAt = archivedAt
    }

    public var isArchived: Bool { archivedAt != nil }

    /// Checks the name, and that a rate is in the client's currency and not negative.
    ///
    /// - Throws: ``InvalidInput`` naming the field.
    public func validate(for client: Client) throws(InvalidInput) {
        try NameCharacters.requireName(name, of: "project")
        try rate?.validateAsRate(billedIn: client.currency, by: client.name)
        if let budget, budget.seconds <= 0 {
            throw InvalidInput("a budget must be more than zero hours", field: "budget")
        }
    }
}
