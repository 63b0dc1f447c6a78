/// Which hourly rate applies to work, by the chain of ``hourlyRate(client:project:task:person:)``.
/// An entry's own price comes before all of these (see ``InvoiceDraftBuilder``).
public struct RateCard: Sendable {
    public var workspaceDefault: Money?
    /// What each person charges for each client, when it differs from the client's rate.
    public var personRates: [PersonRate.Key: Money]

    public init(workspaceDefault: Money?, personRates: [PersonRate] = []) {
        self.workspaceDefault = workspaceDefault
        self.personRates = Dictionary(
            personRates.map { ($0.key, $0.rate) },
            uniquingKeysWith: { _, last in last }
        )
    }

    /// The hourly rate for `person`'s work for `client` on `project` and `task`, in the client's
    /// currency; nil when none is set. The chain: the task's rate, else the project's, else the
    /// person's rate for the client, else the client's, else the workspace default when the client
    /// bills in the workspace's base currency. A rate in another currency than the client's is skipped.
    public func hourlyRate(
        client: Client,
        project: Project?,
        task: WorkTask? = nil,
        person: ID<Person>? = nil
    ) -> Money? {
        if let rate = task?.rate { return rate }
        if let rate = project?.rate { return rate }
        if let person, let rate = personRates[PersonRate.Key(client: client.id, person: person)],
            rate.currency == client.currency
        {
            return rate
        }
        if let rate = client.rate { return rate }
        if let rate = workspaceDefault, rate.currency == client.currency { return rate }
        return nil
    }

    /// Whether some person has a rate of their own for `client`: sums then price per person.
    public func hasPersonRates(for client: ID<Client>) -> Bool {
        personRates.keys.contains { $0.client == client }
    }
}

/// One person's hourly rate for one client's work (`atrium rate set acme 60 --person "Ana"`), in the
/// client's currency.
public struct PersonRate: Sendable, Equatable {
    public var clientID: ID<Client>
    public var personID: ID<Person>
    public var rate: Money

    public init(clientID: ID<Client>, personID: ID<Person>, rate: Money) {
        self.clientID = clientID
        self.personID = personID
        self.rate = rate
    }

    /// A client and a person.
    public struct Key: Hashable, Sendable {
        public var client: ID<Client>
        public var person: ID<Person>

        public init(client: ID<Client>, person: ID<Person>) {
            self.client = client
            self.person = person
        }
    }

    public var key: Key { Key(client: clientID, person: personID) }
}
