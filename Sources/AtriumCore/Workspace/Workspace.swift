/// One VA business: its name, base currency, home zone and defaults. Every record belongs to one.
public struct Workspace: Sendable, Equatable {
    public var id: ID<Workspace>
    public var name: String
    /// The currency the business reports in; clients may bill in others.
    public var baseCurrency: Currency
    /// The business's home zone, the default for new people.
    public var zone: ZoneID
    /// The first day of a week in summaries and timesheets.
    public var weekStart: Weekday
    /// The hourly rate for clients that bill in the base currency and set none of their own.
    public var defaultRate: Money?
    /// What invoices say under the business's name: address, tax number, how to pay (several lines).
    public var invoiceDetails: String = ""
    public var createdAt: Instant

    public init(
        id: ID<Workspace> = ID(),
        name: String,
        baseCurrency: Currency,
        zone: ZoneID,
        weekStart: Weekday = .monday,
        defaultRate: Money? = nil,
        createdAt: Instant
    ) {
        self.id = id
        self.name = name
        self.baseCurrency = baseCurrency
        self.zone = zone
        self.weekStart = weekStart
        self.defaultRate = defaultRate
        self.createdAt = createdAt
    }
}

/// A person who tracks time in a workspace: the owner or a team member.
public struct Person: Sendable, Equatable {
    public var id: ID<Person>
    public var workspaceID: ID<Workspace>
    public var name: String
    public var email: String?
    public var role: PersonRole
    /// Their own zone: their days, their `9:30`.
    public var zone: ZoneID
    public var language: LanguageCode
    public var createdAt: Instant

    public init(
        id: ID<Person> = ID(),
        workspaceID: ID<Workspace>,
        name: String,
        email: String? = nil,
        role: PersonRole,
        zone: ZoneID,
        language: LanguageCode,
        createdAt: Instant
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.email = email
        self.role = role
        self.zone = zone
        self.language = language
        self.createdAt = createdAt
    }
}

/// What a person may do in a workspace.
public enum PersonRole: String, Sendable, CaseIterable {
    /// Sees and manages everything.
    case owner
    /// Sees the clients assigned to them and their own entries.
    case member
}
