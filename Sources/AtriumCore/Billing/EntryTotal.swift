/// Time summed over a group of finished entries that share client, project, task, person,
/// billability and pricing.
///
/// Rounded seconds are the sum of each entry's duration rounded by its client's rule, so the
/// totals of two groups add up to the totals of their union.
public struct EntryTotal: Sendable, Equatable {
    public var clientID: ID<Client>
    public var projectID: ID<Project>?
    public var taskID: ID<WorkTask>?
    public var personID: ID<Person>
    public var isBillable: Bool
    public var entryCount: Int64
    public var rawSeconds: Int64
    public var roundedSeconds: Int64
    /// How the group's time is charged: by the rate card, or at a price its entries keep.
    public var pricing: TotalPricing
    /// The sum of the group's fixed prices (``TotalPricing/fixed(_:)`` only), in minor units.
    public var fixedMinorUnits: Int64

    public init(
        clientID: ID<Client>,
        projectID: ID<Project>?,
        taskID: ID<WorkTask>? = nil,
        personID: ID<Person>,
        isBillable: Bool,
        entryCount: Int64,
        rawSeconds: Int64,
        roundedSeconds: Int64,
        pricing: TotalPricing = .rateCard,
        fixedMinorUnits: Int64 = 0
    ) {
        self.clientID = clientID
        self.projectID = projectID
        self.taskID = taskID
        self.personID = personID
        self.isBillable = isBillable
        self.entryCount = entryCount
        self.rawSeconds = rawSeconds
        self.roundedSeconds = roundedSeconds
        self.pricing = pricing
        self.fixedMinorUnits = fixedMinorUnits
    }

    /// What one finished entry contributes, with its client's rounding applied to its duration.
    public init(entry: TimeEntry, end: Instant, rounding: TimeRounding) {
        let seconds = entry.start.seconds(until: end)
        self.init(
            clientID: entry.clientID,
            projectID: entry.projectID,
            taskID: entry.taskID,
            personID: entry.personID,
            isBillable: entry.isBillable,
            entryCount: 1,
            rawSeconds: seconds,
            roundedSeconds: rounding.apply(to: seconds),
            pricing: TotalPricing(entry.price),
            fixedMinorUnits: TotalPricing.fixedMinorUnits(of: entry.price)
        )
    }
}

/// How a group of entries is charged. Entries imported with the rate or amount they billed in
/// another tool keep that price (``TimeEntry/price``); a summary charges them by it, as an invoice
/// does, and the rest by the rate card.
public enum TotalPricing: Hashable, Sendable {
    /// At the rate that applies to the client, project, task and person.
    case rateCard
    /// At this hourly rate, the entries' own.
    case hourly(Money)
    /// At the entries' own fixed amounts, in this currency, whatever their duration.
    case fixed(Currency)

    /// What an entry with `price` adds to a group's fixed prices: its amount when fixed, else nothing.
    public static func fixedMinorUnits(of price: EntryPrice?) -> Int64 {
        if case .fixed(let amount) = price { amount.minorUnits } else { 0 }
    }

    /// The pricing of entries with `price`.
    public init(_ price: EntryPrice?) {
        switch price {
        case nil: self = .rateCard
        case .hourly(let rate): self = .hourly(rate)
        case .fixed(let amount): self = .fixed(amount.currency)
        }
    }
}
