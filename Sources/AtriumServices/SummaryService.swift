import AtriumCore
import AtriumStore

/// Hours and billable amounts per client or project for a period.
public struct SummaryService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// The summary of finished entries starting in `period` (in the caller's zone), by the rule
    /// stated on ``Summary``. Members see their own time and that of the clients they are assigned
    /// to, in hours: no amounts (``Caller/seesMoney``).
    public func summary(_ period: PeriodChoice, by grouping: SummaryGrouping, as caller: Caller) async throws
        -> SummaryReport
    {
        try await pricedSummary(period, by: grouping, as: caller).shown(to: caller)
    }

    private func pricedSummary(_ period: PeriodChoice, by grouping: SummaryGrouping, as caller: Caller) async throws
        -> SummaryReport
    {
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let resolved = try period.resolve(
            in: directory.timeContext(now: instant),
            weekStart: directory.workspace.weekStart
        )
        if grouping.isLabeled {
            let summary = try await labeledSummary(resolved, by: grouping, directory: directory, now: instant)
            return SummaryReport(
                period: resolved,
                summary: summary,
                running: try await store.runningEntry(of: caller.personID, in: caller.workspaceID).map {
                    directory.view($0, now: instant)
                },
                inBase: try await baseTotal(of: summary, period: resolved, directory: directory, now: instant)
            )
        }
        let summary = try await keptSummary(resolved, by: grouping, directory: directory)
        let running = try await store.runningEntry(of: caller.personID, in: caller.workspaceID)
        return SummaryReport(
            period: resolved,
            summary: summary,
            running: running.map { directory.view($0, now: instant) },
            inBase: try await baseTotal(of: summary, period: resolved, directory: directory, now: instant)
        )
    }

    /// The caller's day and week by client, by the rule stated on ``Summary``, with their running
    /// timer: the dashboard's numbers, read from the kept totals (a few rows per client, however
    /// many entries the week holds). The week's base-currency sum is left out for members, who do
    /// not see money.
    public func glance(as caller: Caller) async throws -> Glance {
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let context = directory.timeContext(now: instant)
        let weekStart = directory.workspace.weekStart
        let today = try PeriodChoice.today.resolve(in: context, weekStart: weekStart)
        let week = try PeriodChoice.week.resolve(in: context, weekStart: weekStart)
        let weekSummary = try await keptSummary(week, by: .client, directory: directory)
        let running = try await store.runningEntry(of: caller.personID, in: caller.workspaceID)
        let weekReport = SummaryReport(
            period: week,
            summary: weekSummary,
            running: running.map { directory.view($0, now: instant) },
            inBase: caller.seesMoney
                ? try await baseTotal(of: weekSummary, period: week, directory: directory, now: instant) : nil
        )
        let todaySummary = try await keptSummary(today, by: .client, directory: directory)
        return Glance(
            today: todaySummary.shown(to: caller),
            week: weekReport.shown(to: caller)
        )
    }

    /// By client, project or person: the period's kept totals that the caller can see.
    private func keptSummary(_ period: Period, by grouping: SummaryGrouping, directory: Directory) async throws
        -> Summary
    {
        let totals = try await store.entryTotals(
            in: directory.workspace.id,
            Self.scope(of: period, people: directory.people)
        )
        var builder = SummaryBuilder(
            clients: directory.snapshot.clientsByID,
            projects: directory.snapshot.projectsByID,
            tasks: directory.snapshot.tasksByID,
            people: directory.snapshot.peopleByID,
            rates: directory.rateCard,
            grouping: grouping
        )
        for total in totals where directory.canSee(total) {
            builder.add(total)
        }
        return builder.build()
    }

    /// The summary's amounts in the base currency, at each currency's rate for the period's last day
    /// (or today, when the period runs on); nil when everything is in the base currency already.
    func baseTotal(of summary: Summary, period: Period, directory: Directory, now: Instant) async throws
        -> BaseCurrencyTotal?
    {
        let today = period.zone.localDate(at: now)
        return try await baseTotal(of: summary, on: min(period.days?.upperBound ?? today, today), directory: directory)
    }

    /// The summary's amounts in the base currency at the rates of `day`; nil when all are in it.
    private func baseTotal(of summary: Summary, on day: LocalDate, directory: Directory) async throws
        -> BaseCurrencyTotal?
    {
        let base = directory.workspace.baseCurrency
        guard summary.totals.contains(where: { $0.currency != base }) else { return nil }
        let rates = try await store.exchangeRates(in: directory.workspace.id).filter { $0.base == base }
        return BaseCurrencyTotal(
            summary.totals.map(\.amount),
            base: base,
            on: day,
            rates: ExchangeRateTable(rates)
        )
    }
}

extension SummaryService {
    /// By tag or by day: read from the period's entries (the kept totals have neither), each entry
    /// rounded by its client's rule. Days are in the period's zone (the reader's).
    private func labeledSummary(_ period: Period, by grouping: SummaryGrouping, directory: Directory, now: Instant)
        async throws -> Summary
    {
        let entries = try await store.entries(
            in: directory.workspace.id,
            matching: EntryQuery(interval: period.interval)
        )
        var builder = LabeledSummaryBuilder(
            clients: directory.clients,
            projects: directory.projects,
            tasks: directory.tasks,
            rates: directory.rateCard,
            grouping: grouping
        )
        for entry in entries where directory.canSee(entry) {
            guard let end = entry.end, let client = directory.client(entry.clientID) else { continue }
            let labels =
                grouping == .day
                ? [period.zone.localDate(at: entry.start).description]
                : (entry.tags.isEmpty ? ["(no tag)"] : entry.tags.map(\.description))
            builder.add(EntryTotal(entry: entry, end: end, rounding: client.rounding), labels: labels)
        }
        return builder.build()
    }

    /// How to read a period's totals: all time and periods in a zone every person shares come from
    /// the kept totals; otherwise the entries of the interval are read.
    static func scope(of period: Period, people: [Person]) -> TotalsScope {
        guard let days = period.days, let interval = period.interval else { return .allTime }
        return people.allSatisfy { $0.zone == period.zone } ? .personDays(days) : .startingIn(interval)
    }
}

/// The dashboard's numbers: see ``SummaryService/glance(as:)``.
public struct Glance: Sendable {
    /// Today's finished time by client (the running timer is on ``week``).
    public var today: Summary
    /// This week's finished time by client, what it bills, and the caller's running timer.
    public var week: SummaryReport
}

/// A summary with the period it covers.
public struct SummaryReport: Sendable {
    public var period: Period
    public var summary: Summary
    /// The caller's running timer, which summaries leave out until it stops.
    public var running: EntryView?
    /// The totals in the base currency with the rates used; nil when all are in it already.
    public var inBase: BaseCurrencyTotal?
    /// False for a member's report: it holds hours only (amounts nil or zero, no base total).
    public var showsMoney = true

    /// The report as `caller` may see it: in hours only for a member (``Caller/seesMoney``).
    func shown(to caller: Caller) -> SummaryReport {
        guard !caller.seesMoney else { return self }
        var report = self
        report.summary = summary.shown(to: caller)
        report.inBase = nil
        report.showsMoney = false
        return report
    }
}

extension Summary {
    /// The summary as `caller` may see it: for a member, in hours only (no line has an amount,
    /// every total is zero).
    func shown(to caller: Caller) -> Summary {
        guard !caller.seesMoney else { return self }
        return Summary(
            grouping: grouping,
            lines: lines.map { line in
                var line = line
                line.amount = nil
                return line
            },
            totals: totals.map { total in
                var total = total
                total.amount = Money(minorUnits: 0, currency: total.currency)
                total.hasUnpricedTime = false
                return total
            }
        )
    }
}
