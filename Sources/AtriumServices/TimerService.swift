import AtriumCore
import AtriumStore

/// The punch clock: one running timer per person.
public struct TimerService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// What `start` needs.
    public struct Start: Sendable {
        /// `client` or `client/project`.
        public var target: String
        /// The client by id (the API); takes precedence over ``target``.
        public var clientID: ID<Client>?
        public var projectID: ID<Project>?
        /// The task of the client, by name as typed (unique prefix).
        public var task: String?
        /// The task by id (the API); takes precedence over ``task``.
        public var taskID: ID<WorkTask>?
        public var memo: String
        public var tags: [TagName]
        /// When work started, as typed (`9:30`, `yesterday 17:00`); now when nil.
        public var at: String?
        public var isBillable: Bool
        /// Accept stopping a running timer after more than 24 hours.
        public var force: Bool
        /// Keep a start given with ``at`` even if the time since then overlaps other entries.
        public var allowsOverlap: Bool

        public init(
            target: String,
            memo: String = "",
            tags: [TagName] = [],
            at: String? = nil,
            isBillable: Bool = true,
            force: Bool = false,
            allowsOverlap: Bool = false
        ) {
            self.target = target
            self.memo = memo
            self.tags = tags
            self.at = at
            self.isBillable = isBillable
            self.force = force
            self.allowsOverlap = allowsOverlap
        }

        /// What of the workspace a start reads beyond its people and clients: the projects for a
        /// project (named or by id), the tasks and projects for a task.
        var directoryParts: SnapshotParts {
            var parts: SnapshotParts = []
            if projectID != nil || target.contains("/") { parts.insert(.projects) }
            if task != nil || taskID != nil { parts.formUnion([.projects, .tasks]) }
            return parts
        }
    }

    /// What a start or stop did, with notes on how ambiguous times were read.
    public struct Outcome: Sendable {
        /// The timer that was stopped, if any.
        public var stopped: EntryView?
        /// The timer that was started, if any.
        public var started: EntryView?
        /// E.g. how a time skipped by a daylight-saving change was read.
        public var notes: [String]
    }

    /// Starts a timer. A running timer is stopped at the new one's start first, in the same transaction.
    ///
    /// - Throws: ``LookupError`` for the target, ``InvalidInput`` for `at`, ``EntryError`` when the
    ///   start is in the future or not after the running timer's start.
    public func start(_ request: Start, as caller: Caller) async throws -> Outcome {
        let directory = try await Directory.load(store, for: caller, including: request.directoryParts)
        let target = try directory.target(
            named: request.target,
            clientID: request.clientID,
            projectID: request.projectID
        )
        guard !target.client.isArchived else { throw ServiceError.archived(target.client.name) }
        let instant = now()
        let context = directory.timeContext(now: instant)
        let start =
            try request.at.map { text in
                try attributing(to: "--at") { try TimeExpression.parse(text, context: context, bareTime: .mostRecent) }
            } ?? ResolvedTime(instant: instant)
        var entry = TimeEntry(
            workspaceID: caller.workspaceID,
            personID: caller.personID,
            clientID: target.client.id,
            projectID: target.project?.id,
            start: start.instant,
            memo: try TimeEntry.memo(request.memo),
            tags: request.tags,
            isBillable: request.isBillable,
            source: .timer,
            createdAt: instant
        )
        if let task = try directory.task(named: request.task, id: request.taskID, of: target.client) {
            try directory.place(&entry, on: task)
        }
        try entry.validateTimes(now: instant, allowLong: false, allowFuture: false)
        let force = request.force
        // A start in the past claims the time since: it may not overlap entries already there.
        let check = request.at == nil || request.allowsOverlap ? nil : Self.overlapCheck(directory, now: instant)
        let result = try await store.startTimer(entry, stamp: caller.stamp(at: instant), check: check) { running in
            if start.instant < running.start {
                let since = directory.person.zone.localDateTime(at: running.start)
                throw InvalidInput(
                    "the running timer started at \(since); a new one cannot start before it (stop or cancel it first)",
                    field: "--at"
                )
            }
            running.end = start.instant
            try running.validateTimes(now: instant, allowLong: force, allowFuture: false, allowEmpty: true)
        }
        let shown = await directory.viewing([result.started] + (result.stopped.map { [$0] } ?? []), from: store)
        return Outcome(
            stopped: result.stopped.map { shown.view($0, now: instant) },
            started: shown.view(result.started, now: instant),
            notes: start.note.map { [$0] } ?? []
        )
    }

    /// Stops the caller's running timer, at `at` (as typed) or now.
    ///
    /// - Parameter allowsOverlap: Keep an end given with `at` even if the entry then overlaps others
    ///   (without `at` the timer stops now and claims only time it was running).
    /// - Throws: ``EntryError/noRunningTimer``; ``EntryError`` when the end would be before the
    ///   start, in the future, more than 24 hours later without `force`, or overlap other entries.
    public func stop(at text: String?, memo: String?, force: Bool, allowsOverlap: Bool = false, as caller: Caller)
        async throws -> Outcome
    {
        let directory = try await Directory.load(store, for: caller, including: [])
        let instant = now()
        let context = directory.timeContext(now: instant)
        let end =
            try text.map { text in
                try attributing(to: "--at") { try TimeExpression.parse(text, context: context, bareTime: .mostRecent) }
            } ?? ResolvedTime(instant: instant)
        let (_, stopped, _) = try await store.updateEntry(
            .running(caller.personID),
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant),
            change: { entry in
                if let text, end.instant < entry.start {
                    let zone = directory.person.zone
                    let read = zone.localDateTime(at: end.instant)
                    let start = zone.localDateTime(at: entry.start)
                    throw InvalidInput(
                        "\(text) was read as \(read), before the timer's start at \(start)",
                        field: "--at"
                    )
                }
                entry.end = end.instant
                if let memo { entry.memo = try TimeEntry.memo(memo) }
                try entry.validateTimes(now: instant, allowLong: force, allowFuture: false, allowEmpty: true)
            },
            check: text == nil || allowsOverlap ? nil : Self.overlapCheck(directory, now: instant)
        )
        await RetainerService(store: store, now: now).recordAlerts(ofClient: stopped.clientID, as: caller)
        let shown = await directory.viewing([stopped], from: store)
        return Outcome(stopped: shown.view(stopped, now: instant), started: nil, notes: end.note.map { [$0] } ?? [])
    }

    /// Refuses a timer whose interval overlaps the person's other entries.
    private static func overlapCheck(_ directory: Directory, now: Instant)
        -> @Sendable (TimeEntry, [TimeEntry]) throws -> Void
    {
        { entry, neighbours in
            try EntryService.refuseOverlaps(of: entry, with: neighbours, directory: directory, now: now)
        }
    }

    /// Discards the caller's running timer (kept as deleted in the audit trail).
    ///
    /// - Throws: ``EntryError/noRunningTimer``.
    public func cancel(as caller: Caller) async throws -> EntryView {
        let directory = try await Directory.load(store, for: caller, including: [])
        let instant = now()
        let cancelled = try await store.deleteEntry(
            .running(caller.personID),
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant)
        )
        return await directory.viewing([cancelled], from: store).view(cancelled, now: instant)
    }

    /// The caller's own running timer, however long ago it started; nil when none runs.
    public func running(as caller: Caller) async throws -> EntryView? {
        let directory = try await Directory.load(store, for: caller, including: [])
        guard let running = try await store.runningEntry(of: caller.personID, in: caller.workspaceID) else {
            return nil
        }
        return await directory.viewing([running], from: store).view(running, now: now())
    }

    /// The running timer, today's tracked time and the running client's local time.
    public func status(as caller: Caller) async throws -> TimerStatus {
        var directory = try await Directory.load(store, for: caller, including: [])
        let instant = now()
        let context = directory.timeContext(now: instant)
        let today = try PeriodChoice.today.resolve(in: context, weekStart: directory.workspace.weekStart)
        let entries = try await store.entries(
            in: caller.workspaceID,
            matching: EntryQuery(interval: today.interval, personID: caller.personID)
        )
        let running = try await store.runningEntry(of: caller.personID, in: caller.workspaceID)
        var todaySeconds = entries.reduce(Int64(0)) { $0 + $1.duration(now: instant).seconds }
        if let running, let midnight = today.interval?.lowerBound, running.start < midnight {
            todaySeconds += midnight.seconds(until: instant)  // the part of a timer from yesterday run today
        }
        let client = running.flatMap { directory.client($0.clientID) }
        if let running { directory = await directory.viewing([running], from: store) }
        return TimerStatus(
            running: running.map { directory.view($0, now: instant) },
            today: TimeSpan(seconds: todaySeconds),
            clientZone: client?.zone,
            clientLocalTime: client.map { $0.zone.localDateTime(at: instant) },
            clientZoneOffset: client?.zone.offsetLabel(at: instant)
        )
    }
}

/// What `status` shows.
public struct TimerStatus: Sendable {
    public var running: EntryView?
    /// Time tracked today (in the person's zone), the running timer included.
    public var today: TimeSpan
    /// The running client's zone and wall clock now.
    public var clientZone: ZoneID?
    public var clientLocalTime: LocalDateTime?
    public var clientZoneOffset: String?
}
