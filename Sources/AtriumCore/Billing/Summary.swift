/// Hours and billable amounts per client or project, in each client's currency, with totals per currency.
///
/// Rounding rule: each entry's duration is rounded by its client's rule (for a client rounding per
/// line, each project's summed raw billable time is rounded once instead); the rounded billable
/// seconds of each project (or of the client's work without a project) are summed and charged once
/// at that project's rate, rounding the amount half up to the currency's minor unit. A client's
/// amount is the sum of its projects' amounts, so the per-project and per-client views agree.
/// Grouped by person — and always for a client where someone has a rate of their own — each
/// project's time is charged per person, so amounts may differ from the other views by the rounding
/// of each person's part (a minor unit at most per part). Entries that keep a price of their own
/// (imported with the rate or amount they billed) are charged by it, as an invoice charges them:
/// time at an own hourly rate is summed and charged per project and rate, own fixed amounts are
/// added as they are.
public struct Summary: Sendable, Equatable {
    public var grouping: SummaryGrouping
    public var lines: [SummaryLine]
    public var totals: [SummaryCurrencyTotal]

    public init(grouping: SummaryGrouping, lines: [SummaryLine], totals: [SummaryCurrencyTotal]) {
        self.grouping = grouping
        self.lines = lines
        self.totals = totals
    }
}

/// What a summary groups by.
public enum SummaryGrouping: String, Sendable, CaseIterable {
    case client, project
    /// One line per client and person: who did the work.
    case person
    /// One line per tag and client; an entry with two tags counts under both (the totals once).
    case tag
    /// One line per day (in the reader's zone) and client.
    case day

    /// Whether lines carry a ``SummaryLine/groupLabel`` (a tag or a day).
    public var isLabeled: Bool { self == .tag || self == .day }
}

/// One row of a summary.
public struct SummaryLine: Sendable, Equatable {
    public var clientID: ID<Client>
    public var clientName: String
    /// Set when grouped by project; nil also for work logged without a project.
    public var projectID: ID<Project>?
    /// Empty when grouped by client or for work without a project.
    public var projectName: String
    public var currency: Currency
    public var entryCount: Int64
    /// All time tracked, billable or not, unrounded.
    public var rawSeconds: Int64
    /// Billable time after the client's rounding.
    public var billableSeconds: Int64
    /// The billable time charged at the applicable rates; nil when no rate applies to some of it.
    public var amount: Money?
    /// Set when grouped by person.
    public var personID: ID<Person>?
    /// Empty unless grouped by person.
    public var personName: String
    /// The tag (`+writing`, or `(no tag)`) or day (`2026-11-23`) when grouped by tag or day.
    public var groupLabel: String

    public init(
        clientID: ID<Client>,
        clientName: String,
        projectID: ID<Project>?,
        projectName: String,
        currency: Currency,
        entryCount: Int64,
        rawSeconds: Int64,
        billableSeconds: Int64,
        amount: Money?,
        personID: ID<Person>? = nil,
        personName: String = "",
        groupLabel: String = ""
    ) {
        self.personID = personID
        self.personName = personName
        self.groupLabel = groupLabel
        self.clientID = clientID
        self.clientName = clientName
        self.projectID = projectID
        self.projectName = projectName
        self.currency = currency
        self.entryCount = entryCount
        self.rawSeconds = rawSeconds
        self.billableSeconds = billableSeconds
        self.amount = amount
    }
}

/// The sum of a summary's lines in one currency.
public struct SummaryCurrencyTotal: Sendable, Equatable {
    public var currency: Currency
    public var rawSeconds: Int64
    public var billableSeconds: Int64
    public var amount: Money
    /// True when some billable time in this currency had no rate and is not in ``amount``.
    public var hasUnpricedTime: Bool

    public init(currency: Currency, rawSeconds: Int64, billableSeconds: Int64, amount: Money, hasUnpricedTime: Bool) {
        self.currency = currency
        self.rawSeconds = rawSeconds
        self.billableSeconds = billableSeconds
        self.amount = amount
        self.hasUnpricedTime = hasUnpricedTime
    }
}
