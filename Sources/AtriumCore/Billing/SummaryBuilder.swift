/// Builds a ``Summary`` from entry totals, applying rates by the rule stated on ``Summary``.
public struct SummaryBuilder: Sendable {
    private struct Key: Hashable {
        var clientID: ID<Client>
        var projectID: ID<Project>?
        /// Set when the task has a rate of its own: its time is charged at that rate.
        var taskID: ID<WorkTask>?
        /// When grouping by person, or when the client has person rates: charges are then per project
        /// and person.
        var personID: ID<Person>?
        var pricing: TotalPricing = .rateCard
    }

    private let clients: [ID<Client>: Client]
    private let projects: [ID<Project>: Project]
    private let tasks: [ID<WorkTask>: WorkTask]
    private let people: [ID<Person>: Person]
    private let rates: RateCard
    private let grouping: SummaryGrouping
    /// What one key's totals add up to.
    fileprivate struct Sum {
        var total: EntryTotal
        /// Raw billable seconds, for clients whose rounding applies per line.
        var billableRaw: Int64 = 0
        /// Billable fixed prices, in minor units.
        var billableFixed: Int64 = 0
    }

    private var sums: [Key: Sum] = [:]

    /// - Parameters:
    ///   - clients: Every client the totals may name (archived ones included).
    ///   - projects: Every project the totals may name.
    ///   - tasks: Every task the totals may name.
    ///   - people: The people, named when grouping by person.
    public init(
        clients: [Client],
        projects: [Project],
        tasks: [WorkTask] = [],
        people: [Person] = [],
        rates: RateCard,
        grouping: SummaryGrouping
    ) {
        self.init(
            clients: clients.byID(),
            projects: projects.byID(),
            tasks: tasks.byID(),
            people: people.byID(),
            rates: rates,
            grouping: grouping
        )
    }

    /// The same, from the workspace's clients, projects, tasks and people by id (a snapshot keeps
    /// them so).
    public init(
        clients: [ID<Client>: Client],
        projects: [ID<Project>: Project],
        tasks: [ID<WorkTask>: WorkTask] = [:],
        people: [ID<Person>: Person],
        rates: RateCard,
        grouping: SummaryGrouping
    ) {
        self.clients = clients
        self.projects = projects
        self.tasks = tasks
        self.people = people
        self.rates = rates
        self.grouping = grouping
    }

    /// Adds a group of entries. Totals of unknown clients are ignored.
    public mutating func add(_ total: EntryTotal) {
        let key = Key(
            clientID: total.clientID,
            projectID: total.projectID,
            taskID: total.taskID.flatMap { tasks[$0]?.rate == nil ? nil : $0 },
            personID: grouping == .person || rates.hasPersonRates(for: total.clientID) ? total.personID : nil,
            pricing: total.pricing
        )
        // One look-up: the sum is changed in place (the default is made only for a new key).
        sums[key, default: Sum(total: total.emptied)].add(total)
    }

    /// The summary, lines sorted by client name then project name.
    public func build() -> Summary {
        var lines: [Key: SummaryLine] = [:]
        // Totals are taken per project, before lines merge: a client line with some unpriced time has
        // no amount, but its priced projects still count in the currency total, whatever the grouping.
        var parts: [SummaryLine] = []
        lines.reserveCapacity(sums.count)
        parts.reserveCapacity(sums.count)
        for (key, kept) in sums {
            guard let client = clients[key.clientID] else { continue }
            var sum = kept.total
            if client.roundingScope == .line { sum.roundedSeconds = client.rounding.apply(to: kept.billableRaw) }
            let project = key.projectID.flatMap { projects[$0] }
            let amount = charge(sum.roundedSeconds, fixed: kept.billableFixed, key: key, client: client)
            let lineKey =
                switch grouping {
                case .client, .tag, .day: Key(clientID: key.clientID, projectID: nil)
                case .project: Key(clientID: key.clientID, projectID: key.projectID)
                case .person: Key(clientID: key.clientID, projectID: nil, personID: key.personID)
                }
            lines[
                lineKey,
                default: SummaryLine(
                    clientID: client.id,
                    clientName: client.name,
                    projectID: grouping == .project ? project?.id : nil,
                    projectName: grouping == .project ? project?.name ?? "" : "",
                    currency: client.currency,
                    entryCount: 0,
                    rawSeconds: 0,
                    billableSeconds: 0,
                    amount: .zero(client.currency),
                    personID: lineKey.personID,
                    personName: lineKey.personID.flatMap { people[$0]?.name } ?? ""
                )
            ].add(sum, amount: amount)
            parts.append(
                SummaryLine(
                    clientID: client.id,
                    clientName: client.name,
                    projectID: key.projectID,
                    projectName: "",
                    currency: client.currency,
                    entryCount: sum.entryCount,
                    rawSeconds: sum.rawSeconds,
                    billableSeconds: sum.roundedSeconds,
                    amount: amount
                )
            )
        }
        // Each line's sort key is made once, not in every comparison.
        let sorted = lines.values.map { line in
            (key: [line.clientName.lowercased(), line.projectName.lowercased(), line.personName.lowercased()], line)
        }
        .sorted { $0.key.lexicographicallyPrecedes($1.key) }
        .map(\.1)
        return Summary(grouping: grouping, lines: sorted, totals: Self.totals(of: parts))
    }

    /// What one key's billable time costs: its rounded seconds at the rate card's rate, or at the
    /// entries' own rate, or their own fixed amounts. Nil when no rate applies, or when the entries'
    /// price is not in the client's currency (an invoice refuses those too).
    private func charge(_ seconds: Int64, fixed: Int64, key: Key, client: Client) -> Money? {
        switch key.pricing {
        case .rateCard:
            guard seconds != 0 else { return .zero(client.currency) }
            let project = key.projectID.flatMap { projects[$0] }
            let task = key.taskID.flatMap { tasks[$0] }
            return rates.hourlyRate(client: client, project: project, task: task, person: key.personID).map {
                Money.charge(forSeconds: seconds, at: $0, rounding: .halfUp)
            }
        case .hourly(let rate):
            guard seconds != 0 else { return .zero(client.currency) }
            guard rate.currency == client.currency else { return nil }
            return Money.charge(forSeconds: seconds, at: rate, rounding: .halfUp)
        case .fixed(let currency):
            guard fixed != 0 else { return .zero(client.currency) }
            return currency == client.currency ? Money(minorUnits: fixed, currency: currency) : nil
        }
    }

    private static func totals(of lines: [SummaryLine]) -> [SummaryCurrencyTotal] {
        var byCurrency: [Currency: SummaryCurrencyTotal] = [:]
        for line in lines {
            var total =
                byCurrency[line.currency]
                ?? SummaryCurrencyTotal(
                    currency: line.currency,
                    rawSeconds: 0,
                    billableSeconds: 0,
                    amount: .zero(line.currency),
                    hasUnpricedTime: false
                )
            total.rawSeconds += line.rawSeconds
            total.billableSeconds += line.billableSeconds
            if let amount = line.amount, let sum = try? total.amount.adding(amount) {
                total.amount = sum
            } else {
                total.hasUnpricedTime = true
            }
            byCurrency[line.currency] = total
        }
        return byCurrency.values.sorted { $0.currency.code < $1.currency.code }
    }
}

extension EntryTotal {
    /// The same client, project, task, person and pricing with nothing counted yet, billable.
    fileprivate var emptied: EntryTotal {
        EntryTotal(
            clientID: clientID,
            projectID: projectID,
            taskID: taskID,
            personID: personID,
            isBillable: true,
            entryCount: 0,
            rawSeconds: 0,
            roundedSeconds: 0,
            pricing: pricing
        )
    }
}

extension SummaryBuilder.Sum {
    mutating func add(_ other: EntryTotal) {
        total.entryCount += other.entryCount
        total.rawSeconds += other.rawSeconds
        if other.isBillable {
            total.roundedSeconds += other.roundedSeconds
            billableRaw += other.rawSeconds
            billableFixed += other.fixedMinorUnits
        }
    }
}

extension SummaryLine {
    /// Adds one key's sum and what it bills; a line with some unpriced time has no amount.
    fileprivate mutating func add(_ sum: EntryTotal, amount: Money?) {
        entryCount += sum.entryCount
        rawSeconds += sum.rawSeconds
        billableSeconds += sum.roundedSeconds
        if let current = self.amount, let amount, let total = try? current.adding(amount) {
            self.amount = total
        } else {
            self.amount = nil
        }
    }
}
