/// Builds a ``Summary`` from entry totals, applying rates by the rule stated on ``Summary``.
public struct SummaryBuilder: Sendable {
    private struct Key: Hashable {
        var clientID: ID<Client>
        var projectID: ID<Project>?
        /// When grouping by person, or when the client has person rates: charges are then per project
        /// and person.
        var personID: ID<Person>?
        var pricing: TotalPricing = .rateCard
    }

    private let clients: [ID<Client>: Client]
    private let projects: [ID<Project>: Project]
    private let people: [ID<Person>: Person]
    private let rates: RateCard
    private let grouping: SummaryGrouping
    private var sums: [Key: EntryTotal] = [:]
    /// Raw billable seconds per key, for clients whose rounding applies per line.
    private var billableRaw: [Key: Int64] = [:]
    /// Billable fixed prices per key, in minor units.
    private var billableFixed: [Key: Int64] = [:]

    /// - Parameters:
    ///   - clients: Every client the totals may name (archived ones included).
    ///   - projects: Every project the totals may name.
    ///   - people: The people, named when grouping by person.
    public init(
        clients: [Client],
        projects: [Project],
        people: [Person] = [],
        rates: RateCard,
        grouping: SummaryGrouping
    ) {
        self.clients = clients.byID()
        self.projects = projects.byID()
        self.people = people.byID()
        self.rates = rates
        self.grouping = grouping
    }

    /// Adds a group of entries. Totals of unknown clients are ignored.
    public mutating func add(_ total: EntryTotal) {
        let key = Key(
            clientID: total.clientID,
            projectID: total.projectID,
            personID: grouping == .person || rates.hasPersonRates(for: total.clientID) ? total.personID : nil,
            pricing: total.pricing
        )
        var sum =
            sums[key]
            ?? EntryTotal(
                clientID: total.clientID,
                projectID: total.projectID,
                personID: total.personID,
                isBillable: true,
                entryCount: 0,
                rawSeconds: 0,
                roundedSeconds: 0,
                pricing: total.pricing
            )
        sum.entryCount += total.entryCount
        sum.rawSeconds += total.rawSeconds
        if total.isBillable {
            sum.roundedSeconds += total.roundedSeconds
            billableRaw[key, default: 0] += total.rawSeconds
            billableFixed[key, default: 0] += total.fixedMinorUnits
        }
        sums[key] = sum
    }

    /// The summary, lines sorted by client name then project name.
    public func build() -> Summary {
        var lines: [Key: SummaryLine] = [:]
        // Totals are taken per project, before lines merge: a client line with some unpriced time has
        // no amount, but its priced projects still count in the currency total, whatever the grouping.
        var parts: [SummaryLine] = []
        for (key, kept) in sums {
            guard let client = clients[key.clientID] else { continue }
            var sum = kept
            if client.roundingScope == .line { sum.roundedSeconds = client.rounding.apply(to: billableRaw[key] ?? 0) }
            let project = key.projectID.flatMap { projects[$0] }
            let amount = charge(sum.roundedSeconds, fixed: billableFixed[key] ?? 0, key: key, client: client)
            let lineKey =
                switch grouping {
                case .client, .tag, .day: Key(clientID: key.clientID, projectID: nil)
                case .project: Key(clientID: key.clientID, projectID: key.projectID)
                case .person: Key(clientID: key.clientID, projectID: nil, personID: key.personID)
                }
            var line =
                lines[lineKey]
                ?? SummaryLine(
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
            line.entryCount += sum.entryCount
            line.rawSeconds += sum.rawSeconds
            line.billableSeconds += sum.roundedSeconds
            line.amount = Self.sum(line.amount, amount)
            lines[lineKey] = line
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
        let sorted = lines.values.sorted {
            ($0.clientName.lowercased(), $0.projectName.lowercased(), $0.personName.lowercased()) < (
                $1.clientName.lowercased(), $1.projectName.lowercased(), $1.personName.lowercased()
            )
        }
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
            return rates.hourlyRate(client: client, project: project, person: key.personID).map {
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

    private static func sum(_ left: Money?, _ right: Money?) -> Money? {
        guard let left, let right, let total = try? left.adding(right) else { return nil }
        return total
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
