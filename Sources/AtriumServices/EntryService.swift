import AtriumCore
import AtriumStore

/// Manual entries, edits, deletions and listings.
public struct EntryService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// A stored entry with notes on how ambiguous times were read.
    public struct Outcome: Sendable {
        public var entry: EntryView
        public var notes: [String]
    }

    /// Records finished work typed in by hand.
    ///
    /// - Throws: ``InvalidInput`` for unreadable times, ``EntryError`` for an end not after the
    ///   start, more than 24 h or a future time without `force`, or an overlap without `allowsOverlap`.
    public func add(_ input: EntryInput, as caller: Caller) async throws -> Outcome {
        let directory = try await Directory.load(store, for: caller)
        let target = try directory.target(named: input.target, clientID: input.clientID, projectID: input.projectID)
        guard !target.client.isArchived else { throw ServiceError.archived(target.client.name) }
        let instant = now()
        let context = directory.timeContext(now: instant)
        let (start, end) = try input.interval(context: context)
        var entry = TimeEntry(
            workspaceID: caller.workspaceID,
            personID: caller.personID,
            clientID: target.client.id,
            projectID: target.project?.id,
            start: start.instant,
            end: end.instant,
            memo: try TimeEntry.memo(input.memo ?? ""),
            tags: input.tags ?? [],
            isBillable: input.isBillable ?? true,
            source: .manual,
            createdAt: instant
        )
        _ = try input.applyTask(to: &entry, directory: directory)
        let check = Self.check(input, directory: directory, now: instant)
        let stored = try await store.insertEntry(
            entry,
            stamp: caller.stamp(at: instant),
            readsNeighbours: !input.allowsOverlap,
            check: check
        )
        await RetainerService(store: store, now: now).recordAlerts(ofClient: stored.clientID, as: caller)
        return Outcome(entry: directory.view(stored, now: instant), notes: [start.note, end.note].compactMap { $0 })
    }

    /// Changes an entry; the change is audited with the state before and after.
    ///
    /// - Throws: ``EntryError/notFound(number:)`` also for entries the caller may not touch.
    public func edit(_ number: Int, with input: EntryInput, as caller: Caller) async throws -> Outcome {
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let context = directory.timeContext(now: instant)
        let check = Self.check(input, directory: directory, now: instant)
        let (_, after, notes) = try await store.updateEntry(
            .number(number),
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant),
            change: { entry in
                guard caller.canTouch(entry) else { throw EntryError.notFound(number: number) }
                return try input.apply(to: &entry, directory: directory, context: context)
            },
            check: check
        )
        await RetainerService(store: store, now: now).recordAlerts(ofClient: after.clientID, as: caller)
        return Outcome(entry: directory.view(after, now: instant), notes: notes)
    }

    /// One live entry as the caller reads it.
    ///
    /// - Throws: ``EntryError/notFound(number:)`` for a deleted entry or one the caller may not see.
    public func view(_ number: Int, as caller: Caller) async throws -> EntryView {
        let directory = try await Directory.load(store, for: caller)
        let entry = try await store.entry(number: number, in: caller.workspaceID)
        guard directory.canSee(entry), entry.deletedAt == nil else { throw EntryError.notFound(number: number) }
        return directory.view(entry, now: now())
    }

    /// Deletes an entry: it leaves every list and total and stays in the audit trail.
    public func delete(_ number: Int, as caller: Caller) async throws -> EntryView {
        let directory = try await Directory.load(store, for: caller)
        let entry = try await store.entry(number: number, in: caller.workspaceID)
        guard caller.canTouch(entry) else { throw EntryError.notFound(number: number) }
        let instant = now()
        let deleted = try await store.deleteEntry(
            .number(number),
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant)
        )
        return directory.view(deleted, now: instant)
    }

    /// The caller's view of the entries that start in `period`, oldest first. Members see their own
    /// and those of the clients they are assigned to.
    ///
    /// - Parameters:
    ///   - client: `client` or `client/project` as typed (the command line).
    ///   - filter: Keeps only the entries it matches (the web app and API).
    public func list(
        _ period: PeriodChoice,
        client: String? = nil,
        filter: EntryFilter = EntryFilter(),
        as caller: Caller
    ) async throws -> EntryList {
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let resolved = try period.resolve(
            in: directory.timeContext(now: instant),
            weekStart: directory.workspace.weekStart
        )
        var query = EntryQuery(interval: resolved.interval)
        if directory.assignedClientIDs?.isEmpty == true { query.personID = caller.personID }
        if let client {
            let target = try attributing(to: "--client") { try directory.target(client) }
            query.clientID = target.client.id
            query.projectID = target.project?.id
        }
        let entries = try await store.entries(in: caller.workspaceID, matching: query).filter {
            directory.canSee($0) && filter.matches($0)
        }
        return EntryList(period: resolved, entries: entries.map { directory.view($0, now: instant) })
    }

    /// One page of the period's entries the caller can see and `filter` keeps, in order of start
    /// (then number; reversed when `newestFirst`), after `position`, with where the next page starts
    /// (nil on the last). Read from the store a page at a time: a client paging through a year never
    /// reads the year for each page.
    public func page(
        _ period: PeriodChoice,
        filter: EntryFilter = EntryFilter(),
        after position: EntryPosition?,
        limit: Int,
        newestFirst: Bool = false,
        as caller: Caller
    ) async throws -> (entries: [EntryView], next: EntryPosition?) {
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let resolved = try period.resolve(
            in: directory.timeContext(now: instant),
            weekStart: directory.workspace.weekStart
        )
        var query = EntryQuery(interval: resolved.interval, clientID: filter.clientID, projectID: filter.projectID)
        query.personID = directory.assignedClientIDs?.isEmpty == true ? caller.personID : filter.personID
        // One more than the page shows, to know whether another follows; read again only when the
        // caller cannot see some of them or the filter drops them.
        query.limit = limit + 1
        query.after = position
        query.newestFirst = newestFirst
        var kept: [TimeEntry] = []
        while kept.count <= limit {
            let chunk = try await store.entries(in: caller.workspaceID, matching: query)
            kept += chunk.filter { directory.canSee($0) && filter.matches($0) }
            guard chunk.count == query.limit, let last = chunk.last else { break }
            query.after = EntryPosition(last)
        }
        let shown = kept.prefix(limit)
        let next = kept.count > limit ? shown.last.map(EntryPosition.init) : nil
        return (shown.map { directory.view($0, now: instant) }, next)
    }

    /// The check shared by add and edit: the times, then overlaps unless allowed.
    private static func check(_ input: EntryInput, directory: Directory, now: Instant)
        -> @Sendable (TimeEntry, [TimeEntry]) throws -> Void
    {
        { entry, neighbours in
            try entry.validateTimes(now: now, allowLong: input.force, allowFuture: input.force)
            guard !input.allowsOverlap else { return }
            try refuseOverlaps(of: entry, with: neighbours, directory: directory, now: now)
        }
    }

    /// Throws ``EntryError/overlaps(_:)`` naming the entries among `neighbours` that `entry` overlaps.
    static func refuseOverlaps(of entry: TimeEntry, with neighbours: [TimeEntry], directory: Directory, now: Instant)
        throws
    {
        let clashes = entry.overlapping(neighbours, now: now).sorted { $0.start < $1.start }
        if !clashes.isEmpty { throw EntryError.overlaps(clashes.map(directory.reference)) }
    }
}

/// Entries of a period as a person reads them.
public struct EntryList: Sendable {
    public var period: Period
    public var entries: [EntryView]

    /// The sum of the listed durations (running ones up to now).
    public var total: TimeSpan { TimeSpan(seconds: entries.reduce(0) { $0 + $1.duration.seconds }) }
}
