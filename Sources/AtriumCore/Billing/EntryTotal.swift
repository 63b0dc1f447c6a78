/// Time summed over a group of finished entries that share client, project, person and billability.
///
/// Rounded seconds are the sum of each entry's duration rounded by its client's rule, so the
/// totals of two groups add up to the totals of their union.
public struct EntryTotal: Sendable, Equatable {
    public var clientID: ID<Client>
    public var projectID: ID<Project>?
    public var personID: ID<Person>
    public var isBillable: Bool
    public var entryCount: Int64
    public var rawSeconds: Int64
    public var roundedSeconds: Int64

    public init(
        clientID: ID<Client>,
        projectID: ID<Project>?,
        personID: ID<Person>,
        isBillable: Bool,
        entryCount: Int64,
        rawSeconds: Int64,
        roundedSeconds: Int64
    ) {
        self.clientID = clientID
        self.projectID = projectID
        self.personID = personID
        self.isBillable = isBillable
        self.entryCount = entryCount
        self.rawSeconds = rawSeconds
        self.roundedSeconds = roundedSeconds
    }

    /// What one finished entry contributes, with its client's rounding applied to its duration.
    public init(entry: TimeEntry, end: Instant, rounding: TimeRounding) {
        let seconds = entry.start.seconds(until: end)
        self.init(
            clientID: entry.clientID,
            projectID: entry.projectID,
            personID: entry.personID,
            isBillable: entry.isBillable,
            entryCount: 1,
            rawSeconds: seconds,
            roundedSeconds: rounding.apply(to: seconds)
        )
    }
}
