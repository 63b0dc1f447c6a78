import AtriumCore
import AtriumServices

/// What the dashboard template shows, computed from the week's entries in the viewer's zone.
struct DashboardValues {
    struct Running {
        var target: String
        var memo: String
        var startISO: String
        var startLocal: String
        var elapsed: String
        /// For the script, which counts on from the page's load (the browser's clock may be off).
        var elapsedSeconds: Int64
    }

    struct ClientHours {
        var client: String
        var today: String
        var week: String
    }

    struct Clock {
        var client: String
        var localTime: String
        var day: String
        var zone: String
        var offset: String
        /// `open · until 17:00`, `closed · opens Mon 09:00`, or empty without working hours.
        var status: String
        var hasStatus: Bool
        var isOpen: Bool
    }

    struct Line {
        var number: Int
        var when: String
        var target: String
        var memo: String
        var duration: String
    }

    var csrf: String
    var running: Running?
    var targets: [String]
    /// The names of the visible clients' active tasks.
    var tasks: [String]
    var form: [String: String]
    var formError: String?
    var targetError: String?
    var tagsError: String?
    var taskError: String?
    var todayTotal: String
    var weekTotal: String
    /// Owners: what the week's time bills, per currency (`AUD 110.00 · GBP 114.00`).
    var weekAmounts: String?
    /// Owners, when several currencies: the sum in the base currency with the rates used.
    var weekInBase: String?
    /// The currencies the base sum leaves out for want of a rate.
    var weekGap: String?
    var hours: [ClientHours]
    var hasHours: Bool
    var clocks: [Clock]
    var hasClocks: Bool
    var latest: [Line]
    var hasLatest: Bool

    /// - Parameters:
    ///   - glance: Today's and this week's finished time by client, and the viewer's running timer,
    ///     which counts in the hours while it runs.
    ///   - latest: The week's latest entries, newest first.
    ///   - showsMoney: Whether to show what the week bills (owners).
    init(
        directory: Directory,
        glance: Glance,
        latest: [EntryView],
        showsMoney: Bool,
        clock: WorldClock,
        now: Instant,
        csrf: String,
        form: FormData,
        error: (any UserFacingError)?
    ) {
        self.csrf = csrf
        let zone = directory.person.zone
        let today = zone.localDate(at: now)
        let running = glance.week.running
        self.running = running.map { view in
            Running(
                target: view.target,
                memo: view.entry.memo,
                startISO: view.entry.start.iso8601,
                startLocal: view.start.date == today ? view.start.time.hourAndMinute : view.start.description,
                elapsed: view.duration.clockText,
                elapsedSeconds: view.duration.seconds
            )
        }
        let projects = Dictionary(grouping: directory.visibleProjects.filter { !$0.isArchived }, by: \.clientID)
        targets = directory.visibleClients.filter { !$0.isArchived }.flatMap { client in
            [client.name] + (projects[client.id] ?? []).map { "\(client.name)/\($0.name)" }
        }
        tasks = Array(Set(directory.visibleTasks.filter { !$0.isArchived }.map(\.name))).sorted()
        self.form = [
            "target": form["target"] ?? "", "task": form["task"] ?? "", "memo": form["memo"] ?? "",
            "tags": form["tags"] ?? "",
        ]
        switch error?.field {
        case "client", "target": targetError = error?.neutralMessage
        case "task", "--task": taskError = (error as? InvalidInput)?.neutralText ?? error?.neutralMessage
        case "tags", "tag": tagsError = error?.neutralMessage
        default: formError = error?.neutralMessage
        }
        if let lookup = error as? LookupError {
            if lookup.subject.hasPrefix("task") {
                taskError = lookup.neutralMessage
            } else {
                targetError = lookup.neutralMessage
            }
            formError = nil
        }

        var todayByClient = Self.secondsByClient(glance.today.lines)
        var weekByClient = Self.secondsByClient(glance.week.summary.lines)
        if let running, glance.week.period.days?.contains(running.start.date) == true {
            weekByClient[running.clientName, default: 0] += running.duration.seconds
            if running.start.date == today { todayByClient[running.clientName, default: 0] += running.duration.seconds }
        }
        // Whole minutes, as shown: the totals are the sums of the rows above them.
        let todayMinutes = todayByClient.mapValues { $0 / 60 }
        let weekMinutes = weekByClient.mapValues { $0 / 60 }
        hours = weekMinutes.keys.sorted().map { name in
            ClientHours(
                client: name,
                today: TimeSpan(seconds: (todayMinutes[name] ?? 0) * 60).clockText,
                week: TimeSpan(seconds: (weekMinutes[name] ?? 0) * 60).clockText
            )
        }
        hasHours = !hours.isEmpty
        todayTotal = TimeSpan(seconds: todayMinutes.values.reduce(0, +) * 60).clockText
        weekTotal = TimeSpan(seconds: weekMinutes.values.reduce(0, +) * 60).clockText
        let totals = glance.week.summary.totals
        if showsMoney, !totals.isEmpty {
            weekAmounts = totals.map { $0.amount.labeled + ($0.hasUnpricedTime ? " + unpriced" : "") }
                .joined(separator: " · ")
            if let base = glance.week.inBase {
                if !base.ratesUsed.isEmpty { weekInBase = "\(base.amount.labeled) at \(base.ratesText)" }
                weekGap = base.gapText
            }
        }
        clocks = clock.clients.map { _, face in
            Clock(
                client: face.name,
                localTime: face.local.time.hourAndMinute,
                day: face.local.date.weekday.shortName,
                zone: face.zone.identifier,
                offset: face.offsetLabel,
                status: DashboardValues.statusText(face),
                hasStatus: face.status != .noHours,
                isOpen: face.status.isOpen
            )
        }
        hasClocks = !clocks.isEmpty
        self.latest = latest.map { view in
            Line(
                number: view.entry.number,
                when: "\(view.start.date.weekday.shortName) \(view.start.time.hourAndMinute)–"
                    + (view.end?.time.hourAndMinute ?? "now"),
                target: view.target,
                memo: view.entry.memo,
                duration: view.duration.clockText
            )
        }
        hasLatest = !latest.isEmpty
    }
}

extension DashboardValues {
    /// Time tracked per client name in summary lines grouped by client.
    static func secondsByClient(_ lines: [SummaryLine]) -> [String: Int64] {
        lines.reduce(into: [:]) { seconds, line in seconds[line.clientName, default: 0] += line.rawSeconds }
    }

    /// Whether the client is working, and until or from when on their clock.
    static func statusText(_ face: ClockFace) -> String {
        func moment(_ instant: Instant) -> String {
            let local = face.zone.localDateTime(at: instant)
            return local.date == face.local.date
                ? local.time.hourAndMinute : "\(local.date.weekday.shortName) \(local.time.hourAndMinute)"
        }
        switch face.status {
        case .noHours: return ""
        case .open(let until): return "working · until \(moment(until))"
        case .closed(let opens): return "off · back \(moment(opens))"
        }
    }
}

extension DashboardValues: TemplateValues {
    static let names: [String: PartialKeyPath<DashboardValues> & Sendable] = [
        "csrf": \DashboardValues.csrf, "running": \DashboardValues.running, "targets": \DashboardValues.targets,
        "form": \DashboardValues.form, "formError": \DashboardValues.formError,
        "targetError": \DashboardValues.targetError, "tagsError": \DashboardValues.tagsError,
        "tasks": \DashboardValues.tasks, "taskError": \DashboardValues.taskError,
        "todayTotal": \DashboardValues.todayTotal, "weekTotal": \DashboardValues.weekTotal,
        "weekAmounts": \DashboardValues.weekAmounts, "weekInBase": \DashboardValues.weekInBase,
        "weekGap": \DashboardValues.weekGap,
        "hours": \DashboardValues.hours, "hasHours": \DashboardValues.hasHours, "clocks": \DashboardValues.clocks,
        "hasClocks": \DashboardValues.hasClocks, "latest": \DashboardValues.latest,
        "hasLatest": \DashboardValues.hasLatest,
    ]
}

extension DashboardValues.Running: TemplateValues {
    static let names: [String: PartialKeyPath<DashboardValues.Running> & Sendable] = [
        "target": \DashboardValues.Running.target, "memo": \DashboardValues.Running.memo,
        "startISO": \DashboardValues.Running.startISO, "startLocal": \DashboardValues.Running.startLocal,
        "elapsed": \DashboardValues.Running.elapsed, "elapsedSeconds": \DashboardValues.Running.elapsedSeconds,
    ]
}

extension DashboardValues.ClientHours: TemplateValues {
    static let names: [String: PartialKeyPath<DashboardValues.ClientHours> & Sendable] = [
        "client": \DashboardValues.ClientHours.client, "today": \DashboardValues.ClientHours.today,
        "week": \DashboardValues.ClientHours.week,
    ]
}

extension DashboardValues.Clock: TemplateValues {
    static let names: [String: PartialKeyPath<DashboardValues.Clock> & Sendable] = [
        "client": \DashboardValues.Clock.client, "localTime": \DashboardValues.Clock.localTime,
        "day": \DashboardValues.Clock.day, "zone": \DashboardValues.Clock.zone, "offset": \DashboardValues.Clock.offset,
        "status": \DashboardValues.Clock.status, "hasStatus": \DashboardValues.Clock.hasStatus,
        "isOpen": \DashboardValues.Clock.isOpen,
    ]
}

extension DashboardValues.Line: TemplateValues {
    static let names: [String: PartialKeyPath<DashboardValues.Line> & Sendable] = [
        "number": \DashboardValues.Line.number, "when": \DashboardValues.Line.when,
        "target": \DashboardValues.Line.target, "memo": \DashboardValues.Line.memo,
        "duration": \DashboardValues.Line.duration,
    ]
}
