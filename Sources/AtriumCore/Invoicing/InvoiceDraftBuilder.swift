/// Turns a client's unbilled entries into invoice lines — the named rules of a draft:
///
/// - **What counts**: finished, billable, live entries; each is on at most one invoice.
/// - **Rounding**: each entry's time is rounded by the client's rule, then summed; or, for a client
///   whose ``Client/roundingScope`` is ``RoundingScope/line``, each line's summed raw time is rounded
///   once. Raw entries never change.
/// - **Lines per entry**, for a client whose ``Client/timeLines`` is ``TimeLineGrouping/entry``: one
///   time line per entry (`2026-11-02 Listings: Draft three descriptions`) instead of per project.
/// - **Lines per task**, for a client whose ``Client/timeLines`` is ``TimeLineGrouping/task``: one
///   time line per task and rate (`Listings: Monthly close`); time without a task, per project.
/// - **Rate chain**: the entry's own hourly price, else the task's rate, else the project's, else
///   the person's rate for the client, else the client's, else the workspace default (when the
///   client bills in the base currency) — see ``RateCard``.
/// - **One time line per project and rate**, charged once (see ``InvoiceLine``); work on a task
///   with a rate of its own gets a line per task, named after it; work priced at a person's own
///   rate gets a line per project and person, named after them; entries with a fixed price of
///   their own (kept from another tool's history) make one fixed line per project.
public struct InvoiceDraftBuilder: Sendable {
    public var client: Client
    public var projects: [ID<Project>: Project]
    public var tasks: [ID<WorkTask>: WorkTask]
    public var rates: RateCard
    /// Names of the people whose own rates make lines of their own.
    public var people: [ID<Person>: String]

    public init(
        client: Client,
        projects: [ID<Project>: Project],
        tasks: [ID<WorkTask>: WorkTask] = [:],
        rates: RateCard,
        people: [ID<Person>: String] = [:]
    ) {
        self.client = client
        self.projects = projects
        self.tasks = tasks
        self.rates = rates
        self.people = people
    }

    /// A draft's lines and the entries they cover.
    public struct Draft: Sendable, Equatable {
        public var lines: [InvoiceLine]
        /// The numbers (in the workspace) of the entries the lines bill.
        public var entryNumbers: [Int]
    }

    /// Why a draft cannot be made.
    public enum Problem: UserFacingError, Equatable {
        /// No unbilled billable time in the period.
        case nothingToBill(client: String)
        /// Work with no rate anywhere in the chain.
        case noRate(client: String, project: String?)
        /// An entry priced in another currency than the client's.
        case currency(entry: Int, found: Currency, expected: Currency)

        public var kind: UserFacingErrorKind { .invalidInput }

        public var userMessage: String {
            switch self {
            case .nothingToBill(let client):
                return "\(client) has no unbilled billable time in that period."
            case .noRate(let client, let project):
                let work = project.map { "\(client)/\($0)" } ?? client
                return
                    "No hourly rate applies to \(work): set one with atrium rate set \"\(work)\" AMOUNT (or --person, or --workspace)."
            case .currency(let entry, let found, let expected):
                return "Entry #\(entry) is priced in \(found.code) but \(expected.code) is this client's currency."
            }
        }

        public var neutralMessage: String {
            guard case .noRate(let client, let project) = self else { return userMessage }
            let work = project.map { "\(client)/\($0)" } ?? client
            return "No hourly rate applies to \(work): set one for the client, the project or the person, "
                + "or a workspace default."
        }
    }

    private struct Key: Hashable {
        var project: ID<Project>?
        /// Set when the client's lines are per task, or when the task's own rate applies.
        var task: ID<WorkTask>?
        var rate: Money?
        var rush = false
        /// Set when the rate is the person's own.
        var person: ID<Person>?
        /// Set (to the entry's number) when the client's lines are per entry.
        var entry: Int?
    }

    /// The lines for `entries`: those of this client that are finished, billable and live.
    ///
    /// - Throws: ``Problem`` when nothing is billable, a rate is missing or a price is in another currency.
    public func draft(_ entries: [TimeEntry]) throws(Problem) -> Draft {
        try draft(
            entries.compactMap { entry in
                guard let end = entry.end, entry.isBillable, !entry.isDeleted, entry.clientID == client.id else {
                    return nil
                }
                return BillableEntry(
                    number: entry.number,
                    projectID: entry.projectID,
                    taskID: entry.taskID,
                    start: entry.start,
                    seconds: entry.start.seconds(until: end),
                    price: entry.price,
                    isRush: entry.tags.contains { $0.name == "rush" },
                    personID: entry.personID,
                    memo: entry.memo
                )
            },
            rushBasisPoints: nil
        )
    }

    /// The lines for `entries` (the caller passes the client's unbilled billable ones in the period).
    /// With `rushBasisPoints`, entries tagged `+rush` get time lines of their own (`Listings (rush)`)
    /// and a surcharge line of that percentage on them (see ``InvoiceLine/surcharge(_:basisPoints:on:tax:)``).
    ///
    /// - Throws: ``Problem`` when nothing is billable, a rate is missing or a price is in another currency.
    public func draft(_ entries: [BillableEntry], rushBasisPoints: Int? = nil) throws(Problem) -> Draft {
        var seconds: [Key: Int64] = [:]
        var names: [Key: String] = [:]
        var fixed: [ID<Project>?: Int64] = [:]
        var order: [Key] = []
        var fixedOrder: [ID<Project>?] = []
        let rush = { (entry: BillableEntry) in rushBasisPoints != nil && entry.isRush }
        for entry in entries.sorted(by: { ($0.start, $0.number) < ($1.start, $1.number) }) {
            let project = entry.projectID.flatMap { projects[$0] }
            switch entry.price {
            case .fixed(let amount):
                guard amount.currency == client.currency else {
                    throw .currency(entry: entry.number, found: amount.currency, expected: client.currency)
                }
                if fixed[project?.id] == nil { fixedOrder.append(project?.id) }
                fixed[project?.id, default: 0] += amount.minorUnits
            case .hourly(let rate):
                guard rate.currency == client.currency else {
                    throw .currency(entry: entry.number, found: rate.currency, expected: client.currency)
                }
                add(
                    Key(project: project?.id, rate: rate, rush: rush(entry)),
                    entry: entry,
                    to: &seconds,
                    names: &names,
                    order: &order
                )
            case nil:
                let task = entry.taskID.flatMap { tasks[$0] }
                guard let rate = rates.hourlyRate(client: client, project: project, task: task, person: entry.personID)
                else {
                    throw .noRate(client: client.name, project: project?.name)
                }
                let own = rate != rates.hourlyRate(client: client, project: project, task: task)
                let byTask = client.timeLines == .task || task?.rate != nil
                add(
                    Key(
                        project: project?.id,
                        task: byTask ? task?.id : nil,
                        rate: rate,
                        rush: rush(entry),
                        person: own ? entry.personID : nil
                    ),
                    entry: entry,
                    to: &seconds,
                    names: &names,
                    order: &order
                )
            }
        }
        guard !entries.isEmpty else { throw .nothingToBill(client: client.name) }
        let timeLine = { (key: Key) -> InvoiceLine? in
            guard let rate = key.rate, let total = seconds[key] else { return nil }
            let who = key.person.flatMap { people[$0] }.map { " — \($0)" } ?? ""
            let billed = client.roundingScope == .line ? client.rounding.apply(to: total) : total
            let title = names[key] ?? name(key.project, task: key.task)
            return .time(title + who + (key.rush ? " (rush)" : ""), seconds: billed, at: rate)
        }
        var lines = order.filter { !$0.rush }.compactMap(timeLine)
        let rushLines = order.filter(\.rush).compactMap(timeLine)
        lines += rushLines
        if let rushBasisPoints, !rushLines.isEmpty,
            let surcharge = try? InvoiceLine.surcharge(
                "Rush surcharge +\(Percent.text(rushBasisPoints)) on rush work",
                basisPoints: rushBasisPoints,
                on: rushLines
            )
        {
            lines.append(surcharge)
        }
        lines += fixedOrder.map { project in
            .fixed(
                name(project) + " (amounts kept from the imported history)",
                Money(minorUnits: fixed[project] ?? 0, currency: client.currency)
            )
        }
        return Draft(lines: lines, entryNumbers: entries.map(\.number))
    }

    /// Adds an entry's time to its line: rounded now when rounding is per entry, raw when per line.
    private func add(
        _ key: Key,
        entry: BillableEntry,
        to seconds: inout [Key: Int64],
        names: inout [Key: String],
        order: inout [Key]
    ) {
        var key = key
        if client.timeLines == .entry {
            key.entry = entry.number
            let memo = entry.memo.isEmpty ? "" : ": \(entry.memo)"
            names[key] = "\(client.zone.localDate(at: entry.start)) \(name(key.project))\(memo)"
        }
        if seconds[key] == nil { order.append(key) }
        seconds[key, default: 0] +=
            client.roundingScope == .entry ? client.rounding.apply(to: entry.seconds) : entry.seconds
    }

    private func name(_ project: ID<Project>?) -> String {
        project.flatMap { projects[$0]?.name } ?? client.name
    }

    /// `Listings: Monthly close`, or the task's name alone when it is in no project.
    private func name(_ project: ID<Project>?, task: ID<WorkTask>?) -> String {
        guard let task = task.flatMap({ tasks[$0] }) else { return name(project) }
        return project.flatMap { projects[$0]?.name }.map { "\($0): \(task.name)" } ?? task.name
    }
}

/// What drafting needs of an entry, known by its number in the workspace.
public struct BillableEntry: Sendable, Equatable {
    public var number: Int
    public var projectID: ID<Project>?
    /// The task worked on: its rate comes first, and per-task lines group by it.
    public var taskID: ID<WorkTask>?
    public var start: Instant
    /// Raw seconds worked.
    public var seconds: Int64
    public var price: EntryPrice?
    /// Tagged `+rush`.
    public var isRush: Bool
    /// Who did the work: their own rate for the client may apply.
    public var personID: ID<Person>?
    /// What was done: the line's text when the client's lines are per entry.
    public var memo: String

    public init(
        number: Int,
        projectID: ID<Project>?,
        taskID: ID<WorkTask>? = nil,
        start: Instant,
        seconds: Int64,
        price: EntryPrice?,
        isRush: Bool = false,
        personID: ID<Person>? = nil,
        memo: String = ""
    ) {
        self.number = number
        self.projectID = projectID
        self.taskID = taskID
        self.start = start
        self.seconds = seconds
        self.price = price
        self.isRush = isRush
        self.personID = personID
        self.memo = memo
    }
}
