/// Builds a summary by tag or by day from single entries: under each label, one line per client,
/// charged by the rule stated on ``Summary``. The totals per currency count each entry once, so an
/// entry with two tags appears under both tags but only once in the totals.
public struct LabeledSummaryBuilder: Sendable {
    private let makeBuilder: @Sendable () -> SummaryBuilder
    private let grouping: SummaryGrouping
    private var groups: [String: SummaryBuilder] = [:]
    private var all: SummaryBuilder

    /// - Parameter grouping: ``SummaryGrouping/tag`` or ``SummaryGrouping/day``.
    public init(
        clients: [Client],
        projects: [Project],
        tasks: [WorkTask] = [],
        rates: RateCard,
        grouping: SummaryGrouping
    ) {
        let make: @Sendable () -> SummaryBuilder = {
            SummaryBuilder(clients: clients, projects: projects, tasks: tasks, rates: rates, grouping: .client)
        }
        makeBuilder = make
        self.grouping = grouping
        all = make()
    }

    /// Adds one entry's total under each of its labels (its tags, or its day).
    public mutating func add(_ total: EntryTotal, labels: [String]) {
        all.add(total)
        for label in Set(labels) {
            var builder = groups[label] ?? makeBuilder()
            builder.add(total)
            groups[label] = builder
        }
    }

    /// Lines by label (days in order, tags by name), then by client.
    public func build() -> Summary {
        let lines = groups.keys.sorted().flatMap { label in
            (groups[label]?.build().lines ?? []).map { line in
                var line = line
                line.groupLabel = label
                return line
            }
        }
        return Summary(grouping: grouping, lines: lines, totals: all.build().totals)
    }
}
