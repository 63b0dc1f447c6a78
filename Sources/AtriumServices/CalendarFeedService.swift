import AtriumCore
import AtriumDocuments
import AtriumStore

/// A person's meetings and blocks as an iCalendar file, and the secret URL calendar apps subscribe to.
public struct CalendarFeedService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    /// Feed secrets start with this, so a leaked one is recognisable.
    public static let secretPrefix = "cal_"

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Makes a new feed secret for the caller, replacing (and so revoking) any earlier one. Only
    /// its hash is kept: the secret is shown this once.
    public func createFeed(as caller: Caller) async throws -> String {
        let secret = Self.secretPrefix + SecretToken.generate()
        try await store.replaceCalendarFeed(
            of: caller.personID,
            in: caller.workspaceID,
            tokenHash: SecretToken.hash(secret),
            at: now()
        )
        return secret
    }

    /// When the caller's feed was made, or nil when they have none.
    public func feedCreated(as caller: Caller) async throws -> Instant? {
        try await store.calendarFeedCreated(of: caller.personID)
    }

    /// Removes the caller's feed: its URL stops working.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` when there is none.
    public func revokeFeed(as caller: Caller) async throws {
        try await store.deleteCalendarFeed(of: caller.personID)
    }

    /// The calendar of whoever owns the feed `secret`.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for an unknown or revoked secret.
    public func calendar(secret: String) async throws -> String {
        guard secret.hasPrefix(Self.secretPrefix),
            let owner = try await store.calendarFeedOwner(tokenHash: SecretToken.hash(secret))
        else { throw StoreError.notFound("The calendar feed") }
        let snapshot = try await store.snapshot(of: owner.workspace)
        let role = snapshot.people.first { $0.id == owner.person }?.role ?? .member
        return try await calendar(as: Caller(workspaceID: owner.workspace, personID: owner.person, role: role))
    }

    /// The caller's meetings and blocks as an RFC 5545 calendar.
    public func calendar(as caller: Caller) async throws -> String {
        let directory = try await Directory.load(store, for: caller)
        let entries = try await ScheduleService(store: store, now: now).list(as: caller)
        let events = entries.map { Self.event($0) }
        return ICSWriter.calendar(name: "Atrium — \(directory.person.name)", events: events, stamp: now())
    }

    /// The iCalendar event of a meeting or block.
    static func event(_ entry: ScheduleEntry) -> ICSEvent {
        let item = entry.item
        var untilInstant: Instant?
        if case .until(let date) = item.recurrence?.end {
            untilInstant = entry.zone.startOfDay(date.adding(days: 1)).adding(seconds: -1)
        }
        var details = [
            entry.clientName.map { "Client: \($0)" },
            "Time on the \(item.anchor == .utc ? "UTC" : entry.zone.identifier) clock",
        ]
        if item.kind == .block { details.append("Planned time block") }
        return ICSEvent(
            uid: "\(item.id)@atrium",
            summary: item.title,
            description: details.compactMap { $0 }.joined(separator: "\n"),
            categories: [item.kind == .block ? "Atrium block" : "Atrium meeting"]
                + [entry.clientName].compactMap { $0 },
            zone: entry.zone,
            start: LocalDateTime(date: item.startDate, time: item.startTime),
            durationMinutes: item.durationMinutes,
            rule: item.recurrence,
            untilInstant: untilInstant,
            exceptions: item.exceptions.map { LocalDateTime(date: $0, time: item.startTime) }
        )
    }
}
