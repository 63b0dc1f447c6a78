/// A client of the VA: who they are, where and when they live, how they are billed.
public struct Client: Sendable, Equatable {
    public var id: ID<Client>
    public var workspaceID: ID<Workspace>
    /// The short name used everywhere in Atrium (`Acme Realty`). Unique in a workspace, no `/`.
    public var name: String
    /// The name on invoices, when it differs (`Acme Realty Pty Ltd`).
    public var legalName: String?
    public var zone: ZoneID
    /// The language of documents and messages sent to the client.
    public var language: LanguageCode
    /// The one currency the client is billed in.
    public var currency: Currency
    /// The client's hourly rate in ``currency``; nil to fall back to the workspace default.
    public var rate: Money?
    /// How their time is rounded for billing; raw time is kept.
    public var rounding: TimeRounding
    /// Whether ``rounding`` applies to each entry or to each line's sum.
    public var roundingScope: RoundingScope = .entry
    /// One invoice line per project and rate, or per entry.
    public var timeLines: TimeLineGrouping = .project
    public var status: ClientStatus
    public var preferredChannel: ContactChannel?
    /// The response time promised to the client, in business hours ("within 24 business hours").
    public var responseTimeHours: Int?
    public var reportFrequency: ReportFrequency?
    public var billingAddress: String?
    public var taxID: String?
    /// Free notes about the client.
    public var notes: String
    /// How they like to work ("prefers voice notes; no calls on Fridays").
    public var preferences: String
    /// Remind the VA when the client has not been contacted for this many days.
    public var followUpDays: Int?
    public var createdAt: Instant
    /// Set when archived: hidden from lists and pickers, history kept.
    public var archivedAt: Instant?

    public init(
        id: ID<Client> = ID(),
        workspaceID: ID<Workspace>,
        name: String,
        legalName: String? = nil,
        zone: ZoneID,
        language: LanguageCode,
        currency: Currency,
        rate: Money? = nil,
        rounding: TimeRounding = .none,
        status: ClientStatus = .active,
        preferredChannel: ContactChannel? = nil,
        responseTimeHours: Int? = nil,
        reportFrequency: ReportFrequency? = nil,
        billingAddress: String? = nil,
        taxID: String? = nil,
        notes: String = "",
        preferences: String = "",
        followUpDays: Int? = nil,
        createdAt: Instant,
        archivedAt: Instant? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.legalName = legalName
        self.zone = zone
        self.language = language
        self.currency = currency
        self.rate = rate
        self.rounding = rounding
        self.status = status
        self.preferredChannel = preferredChannel
        self.responseTimeHours = responseTimeHours
        self.reportFrequency = reportFrequency
        self.billingAddress = billingAddress
        self.taxID = taxID
        self.notes = notes
        self.preferences = preferences
        self.followUpDays = followUpDays
        self.createdAt = createdAt
        self.archivedAt = archivedAt
    }

    public var isArchived: Bool { archivedAt != nil }

    /// Checks the fields a person typed: a usable name, a rate in the client's currency and not negative.
    ///
    /// - Throws: ``InvalidInput`` naming the field.
    public func validate() throws(InvalidInput) {
        try Client.validateName(name)
        try rate?.validateAsRate(billedIn: currency, by: name)
        if let days = followUpDays, !(1...365).contains(days) {
            throw InvalidInput("the follow-up interval must be between 1 and 365 days", field: "follow-up-days")
        }
        if let hours = responseTimeHours, !(1...8760).contains(hours) {
            throw InvalidInput("the promised response time must be between 1 and 8760 hours", field: "response-hours")
        }
    }

    /// Checks a client name: 1–120 characters, no `/` (it separates client and project in commands),
    /// no control or invisible characters.
    ///
    /// - Throws: ``InvalidInput`` for the `name` field.
    public static func validateName(_ name: String) throws(InvalidInput) {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw InvalidInput("a client needs a name", field: "name") }
        try NameCharacters.requirePrintable(trimmed)
        guard trimmed.count <= 120 else {
            throw InvalidInput("a client name has at most 120 characters", field: "name")
        }
        guard !trimmed.contains("/") else {
            throw InvalidInput(
                "\"\(trimmed)\" contains \"/\", which separates client and project in commands; use another character",
                field: "name"
            )
        }
    }
}

/// Where a client relationship stands.
public enum ClientStatus: String, Sendable, CaseIterable {
    case prospect, onboarding, active, paused, ended
}

/// How a client prefers to be reached.
public enum ContactChannel: String, Sendable, CaseIterable {
    case email, slack, teams, phone, whatsapp, telegram, other
}

/// How often a client gets a report.
public enum ReportFrequency: String, Sendable, CaseIterable {
    case weekly, biweekly, monthly, quarterly
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// The case spelled `text` (case-insensitive).
    ///
    /// - Throws: ``InvalidInput`` listing the choices.
    public static func parse(_ text: String, what: String) throws(InvalidInput) -> Self {
        let lower = text.trimmingWhitespace().lowercased()
        guard let value = allCases.first(where: { $0.rawValue == lower }) else {
            let choices = allCases.map(\.rawValue).joined(separator: ", ")
            throw InvalidInput("\"\(text)\" is not a \(what): use one of \(choices)")
        }
        return value
    }
}
