import AtriumCore
import AtriumStore

/// Fills an empty store with a believable demo workspace: a VA with clients in Sydney, London and
/// New York and four weeks of tracked work up to now, with a timer running.
public struct DemoService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    private struct DemoClient {
        var name: String
        var zone: String
        var currency: String
        var rate: String
        var rounding: TimeRounding
        var hours: String
        /// A weekly meeting on the client's clock: day and time.
        var meeting: (day: String, at: String)
        var projects: [(name: String, rate: String?, memos: [String])]
    }

    private static let clients: [DemoClient] = [
        DemoClient(
            name: "Acme Realty",
            zone: "Australia/Sydney",
            currency: "AUD",
            rate: "45",
            rounding: .up(minutes: 15),
            hours: "Mon-Fri 09:00-17:00",
            meeting: ("Tue", "09:00"),
            projects: [
                (
                    "Listings", "55",
                    ["Draft three listing descriptions", "Update photos on listing portal", "Schedule viewings"]
                ),
                ("Inbox", nil, ["Inbox triage and replies", "Follow up with buyers", "Sort agent enquiries"]),
            ]
        ),
        DemoClient(
            name: "Bloom & Co",
            zone: "Europe/London",
            currency: "GBP",
            rate: "38",
            rounding: .nearest(minutes: 6),
            hours: "Mon-Fri 09:00-17:30",
            meeting: ("Wed", "12:00"),
            projects: [
                ("Bookkeeping", nil, ["Reconcile bank feed", "Chase overdue invoices", "Prepare VAT folder"]),
                ("Newsletter", nil, ["Draft monthly newsletter", "Schedule social posts", "Collect product photos"]),
            ]
        ),
        DemoClient(
            name: "Northwind Legal",
            zone: "America/New_York",
            currency: "USD",
            rate: "50",
            rounding: .none,
            hours: "Mon-Fri 08:30-12:00,13:00-17:00",
            meeting: ("Thu", "16:30"),
            projects: [
                (
                    "Scheduling", nil,
                    ["Book client consultations", "Reschedule hearings calendar", "Confirm court dates"]
                ),
                (
                    "Client intake", nil,
                    ["Send intake questionnaires", "Enter new matters in CRM", "Collect signed engagement letters"]
                ),
            ]
        ),
    ]

    private static let tagsByMemoWord: [(String, String)] = [
        ("Draft", "writing"), ("newsletter", "writing"), ("Inbox", "email"), ("Follow", "email"),
        ("Chase", "email"), ("Schedule", "calendar"), ("Book", "calendar"), ("Reschedule", "calendar"),
        ("Confirm", "calendar"), ("Reconcile", "finance"), ("VAT", "finance"), ("CRM", "admin"),
    ]

    /// Creates the demo workspace in an empty store, with the VA in `zone`.
    ///
    /// - Returns: The owner, as the caller to use next.
    /// - Throws: ``ServiceError/alreadyInitialized(name:)`` when the store holds a workspace.
    public func create(zone: ZoneID, weeks: Int = 4) async throws -> Caller {
        let workspaces = WorkspaceService(store: store, now: now)
        let owner = try await workspaces.initialize(
            WorkspaceService.Setup(
                name: "Maria Lopez VA",
                baseCurrency: try Currency(code: "USD"),
                zone: zone,
                weekStart: .monday,
                defaultRate: "40",
                ownerName: "Maria Lopez",
                ownerEmail: "maria@example.com",
                language: .english
            )
        )
        let clientService = ClientService(store: store, now: now)
        let projectService = ProjectService(store: store, now: now)
        var choices: [(client: Client, project: Project, memos: [String])] = []
        // Meetings and blocks begin with the tracked history, so `plan` and `meetings` have a past.
        let historyStart = zone.localDate(at: now()).adding(days: -7 * weeks).description
        for demo in Self.clients {
            var input = ClientInput()
            input.name = demo.name
            input.zone = try ZoneID(demo.zone)
            input.currency = try Currency(code: demo.currency)
            input.rate = demo.rate
            input.rounding = demo.rounding
            input.preferredChannel = .email
            input.reportFrequency = .monthly
            input.contacts = [
                "Alex \(demo.name.split(separator: " ")[0]) <alex@\(demo.name.split(separator: " ")[0].lowercased()).example>"
            ]
            let client = try await clientService.add(input, as: owner)
            try await store.setWorkingHours(
                try WeeklyHours.parse(demo.hours),
                of: .client(client.id),
                in: owner.workspaceID
            )
            _ = try await ScheduleService(store: store, now: now).add(
                ScheduleInput(
                    kind: .meeting,
                    client: client.name,
                    title: "Weekly check-in",
                    at: demo.meeting.at,
                    duration: "30m",
                    every: "week",
                    on: demo.meeting.day,
                    from: historyStart,
                    zone: "client"
                ),
                as: owner
            )
            for project in demo.projects {
                let (_, added) = try await projectService.add(
                    "\(client.name)/\(project.name)",
                    ProjectService.Input(rate: project.rate),
                    as: owner
                )
                choices.append((client, added, project.memos))
            }
        }
        try await store.setWorkingHours(
            try WeeklyHours.parse("Mon-Fri 08:30-17:00"),
            of: .person(owner.personID),
            in: owner.workspaceID
        )
        _ = try await ScheduleService(store: store, now: now).add(
            ScheduleInput(
                kind: .block,
                client: Self.clients[0].name,
                at: "08:30-10:30",
                every: "week",
                on: "Mon,Wed",
                from: historyStart
            ),
            as: owner
        )
        let instant = now()
        let entries = Self.history(owner: owner, zone: zone, choices: choices, now: instant, weeks: weeks)
        _ = try await store.insertEntries(entries, stamp: AuditStamp(actorID: owner.personID, at: instant))
        let last = entries.last?.end ?? instant.adding(seconds: -3600)
        let runningStart = max(last.adding(seconds: 5 * 60), instant.adding(seconds: -35 * 60))
        if runningStart < instant {
            let pick = choices[0]
            let timer = TimerService(store: store, now: now)
            _ = try await timer.start(
                TimerService.Start(
                    target: "\(pick.client.name)/\(pick.project.name)",
                    memo: pick.memos[0],
                    tags: [try TagName("writing")],
                    at: runningStart.iso8601
                ),
                as: owner
            )
        }
        return owner
    }

    /// Weekday work from 08:30 in the VA's zone: four to seven entries of 15 minutes to 2 hours
    /// with short breaks, ending at least 40 minutes before `now`.
    private static func history(
        owner: Caller,
        zone: ZoneID,
        choices: [(client: Client, project: Project, memos: [String])],
        now: Instant,
        weeks: Int
    ) -> [TimeEntry] {
        var random = SeededGenerator(seed: 2026)
        guard let opening = LocalTime(hour: 8, minute: 30) else { return [] }
        let today = zone.localDate(at: now)
        var entries: [TimeEntry] = []
        for offset in stride(from: weeks * 7 - 1, through: 0, by: -1) {
            let day = today.adding(days: -offset)
            guard day.weekday != .saturday, day.weekday != .sunday else { continue }
            var cursor = zone.instant(for: LocalDateTime(date: day, time: opening)).adding(
                seconds: Int64.random(in: 0...40, using: &random) * 60
            )
            for _ in 0..<Int.random(in: 4...7, using: &random) {
                let length =
                    Int64.random(in: 1...8, using: &random) * 15 * 60 + Int64.random(in: -7...7, using: &random) * 60
                let end = cursor.adding(seconds: length)
                guard end < now.adding(seconds: -40 * 60) else { break }
                let pick = choices[Int.random(in: 0..<choices.count, using: &random)]
                let memo = pick.memos[Int.random(in: 0..<pick.memos.count, using: &random)]
                var tags = tagsByMemoWord.filter { memo.contains($0.0) }.compactMap { try? TagName($0.1) }
                if Int.random(in: 0..<12, using: &random) == 0, let rush = try? TagName("rush") { tags.append(rush) }
                entries.append(
                    TimeEntry(
                        workspaceID: owner.workspaceID,
                        personID: owner.personID,
                        clientID: pick.client.id,
                        projectID: pick.project.id,
                        start: cursor,
                        end: end,
                        memo: memo,
                        tags: tags,
                        isBillable: Int.random(in: 0..<10, using: &random) > 0,
                        source: .timer,
                        createdAt: end
                    )
                )
                cursor = end.adding(seconds: Int64.random(in: 1...4, using: &random) * 5 * 60)
            }
        }
        return entries
    }
}
