import AtriumCore
import AtriumStore

/// Meetings and planned blocks on the caller's calendar, their occurrences, and planned against
/// tracked time.
public struct ScheduleService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Stores a new meeting or block for the caller.
    ///
    /// - Throws: ``InvalidInput`` naming the field; ``LookupError`` for an unknown client.
    public func add(_ input: ScheduleInput, as caller: Caller) async throws -> ScheduleEntry {
        let directory = try await Directory.load(store, for: caller)
        let item = try input.item(in: directory, now: now())
        try await store.insertScheduleItem(item)
        return ScheduleEntry(item, directory: directory)
    }

    /// The caller's meetings or blocks (both when `kind` is nil), oldest first.
    public func list(_ kind: ScheduleItem.Kind? = nil, as caller: Caller) async throws -> [ScheduleEntry] {
        let directory = try await Directory.load(store, for: caller)
        return try await items(of: caller, directory: directory)
            .filter { kind == nil || $0.kind == kind }
            .map { ScheduleEntry($0, directory: directory) }
    }

    /// Deletes one of the caller's meetings or blocks, named by the start of its id.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for no match; ``InvalidInput`` when the prefix is ambiguous.
    public func remove(_ idPrefix: String, as caller: Caller) async throws -> ScheduleEntry {
        let directory = try await Directory.load(store, for: caller)
        let item = try await find(idPrefix, caller: caller, directory: directory)
        try await store.deleteScheduleItem(item.id, in: caller.workspaceID)
        return ScheduleEntry(item, directory: directory)
    }

    /// Leaves out the occurrence on `date` (on the item's own clock) of a repeating item.
    ///
    /// - Throws: ``InvalidInput`` when the item does not happen that day.
    public func skip(_ idPrefix: String, on dateText: String, as caller: Caller) async throws -> ScheduleEntry {
        let directory = try await Directory.load(store, for: caller)
        let item = try await find(idPrefix, caller: caller, directory: directory)
        let date = try attributing(to: "date") { try TimeExpression.parseISODate(dateText) }
        guard item.dates(from: date, through: date) == [date] else {
            throw InvalidInput("\"\(item.title)\" does not happen on \(date)", field: "date")
        }
        let updated = try await store.updateScheduleItem(item.id, in: caller.workspaceID) { item in
            item.exceptions = (item.exceptions + [date]).sorted()
        }
        return ScheduleEntry(updated, directory: directory)
    }

    /// The occurrences of the caller's meetings (or blocks) that start from the start of `first`
    /// through the end of `last` on the caller's clock, in order, each flagged when its time on
    /// the caller's clock moved since the item's previous occurrence.
    ///
    /// - Throws: ``InvalidInput`` for an empty or over-long window.
    public func occurrences(
        _ kind: ScheduleItem.Kind? = nil,
        from first: LocalDate,
        through last: LocalDate,
        as caller: Caller
    ) async throws -> [ScheduledOccurrence] {
        guard first <= last else {
            throw InvalidInput("the window ends (\(last)) before it starts (\(first))", field: "to")
        }
        guard last.daysSinceEpoch - first.daysSinceEpoch <= 3 * 366 else {
            throw InvalidInput("look at most three years at a time", field: "to")
        }
        let directory = try await Directory.load(store, for: caller)
        let viewer = directory.person.zone
        let window = viewer.startOfDay(first)..<viewer.startOfDay(last.adding(days: 1))
        let items = try await items(of: caller, directory: directory).filter { kind == nil || $0.kind == kind }
        return Self.expand(items, in: window, directory: directory)
    }

    /// Planned block time against the caller's tracked time per client, for a period on the caller's clock.
    public func plan(_ period: PeriodChoice, as caller: Caller) async throws -> PlanReport {
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let resolved = try period.resolve(
            in: directory.timeContext(now: instant),
            weekStart: directory.workspace.weekStart
        )
        guard let window = resolved.interval else {
            throw InvalidInput(
                "plan compares a bounded period: use --week, --month or --from/--to",
                field: "period",
                neutral: "the plan compares a bounded period: a week, a month or a date range"
            )
        }
        let blocks = try await items(of: caller, directory: directory).filter { $0.kind == .block }
        var planned: [ID<Client>: Int64] = [:]
        for occurrence in Self.expand(blocks, in: window, directory: directory) {
            guard let client = occurrence.entry.item.clientID else { continue }
            planned[client, default: 0] += occurrence.occurrence.start.seconds(until: occurrence.occurrence.end)
        }
        let entries = try await store.entries(
            in: caller.workspaceID,
            matching: EntryQuery(interval: window, personID: caller.personID)
        )
        var tracked: [ID<Client>: Int64] = [:]
        for entry in entries { tracked[entry.clientID, default: 0] += entry.duration(now: instant).seconds }
        let rows = Set(planned.keys).union(tracked.keys).compactMap { id -> PlanRow? in
            guard let client = directory.client(id) else { return nil }
            return PlanRow(client: client.name, plannedSeconds: planned[id] ?? 0, trackedSeconds: tracked[id] ?? 0)
        }
        return PlanReport(
            period: resolved,
            rows: rows.sorted { $0.client.localizedStandardCompare($1.client) == .orderedAscending }
        )
    }

    static func expand(_ items: [ScheduleItem], in window: Range<Instant>, directory: Directory)
        -> [ScheduledOccurrence]
    {
        var timelines: [ZoneID: ZoneTimeline] = [:]
        let lookBack = window.lowerBound.adding(seconds: -35 * 86_400)
        func timeline(_ zone: ZoneID) -> ZoneTimeline {
            if let known = timelines[zone] { return known }
            let made = ZoneTimeline(zone: zone, covering: lookBack..<window.upperBound)
            timelines[zone] = made
            return made
        }
        let viewer = timeline(directory.person.zone)
        var perItem: [[ScheduledOccurrence]] = []
        // Sorted as small keys (start, item, position), not as the occurrences themselves: moving
        // thousands of large values is otherwise most of the cost. Ties go by the items' order.
        var keys: [(start: Int64, item: Int, position: Int)] = []
        for (itemIndex, item) in items.enumerated() {
            let entry = ScheduleEntry(item, directory: directory)
            // From five weeks earlier, so the first occurrence in the window is compared with the one
            // before it (a monthly meeting's previous one included) when flagging a move.
            let occurrences = item.occurrences(in: lookBack..<window.upperBound, on: timeline(entry.zone))
            let viewed = ViewedOccurrence.view(occurrences, on: viewer).filter {
                $0.occurrence.start >= window.lowerBound
            }.map { viewed in
                ScheduledOccurrence(
                    entry: entry,
                    occurrence: viewed.occurrence,
                    anchorStart: LocalDateTime(date: viewed.occurrence.localDate, time: item.startTime),
                    viewerStart: viewed.viewerStart,
                    movedMinutes: viewed.movedMinutes
                )
            }
            for (position, found) in viewed.enumerated() {
                keys.append((found.occurrence.start.secondsSinceEpoch, itemIndex, position))
            }
            perItem.append(viewed)
        }
        keys.sort { $0 < $1 }
        return keys.map { perItem[$0.item][$0.position] }
    }

    private func items(of caller: Caller, directory: Directory) async throws -> [ScheduleItem] {
        try await store.scheduleItems(of: caller.personID, in: caller.workspaceID).filter { item in
            item.clientID.map { id in directory.client(id).map(directory.canSee) ?? false } ?? true
        }
    }

    private func find(_ prefix: String, caller: Caller, directory: Directory) async throws -> ScheduleItem {
        let key = prefix.trimmingWhitespace().lowercased()
        guard key.count >= 4 else {
            throw InvalidInput(
                "give at least the first 4 characters of the id (see: atrium meeting list)",
                field: "id",
                neutral: "give at least the first 4 characters of the id"
            )
        }
        let matches = try await items(of: caller, directory: directory).filter { $0.id.description.hasPrefix(key) }
        guard matches.count <= 1 else {
            throw InvalidInput("\"\(prefix)\" matches \(matches.count) items; give more of the id", field: "id")
        }
        guard let item = matches.first else { throw StoreError.notFound("A meeting or block with id \(prefix)") }
        return item
    }
}

/// A meeting or block with the names and zone it is shown with. A class: each of an item's
/// thousands of occurrences refers to it instead of carrying a copy.
public final class ScheduleEntry: Sendable, Equatable {
    public let item: ScheduleItem
    public let clientName: String?
    /// The zone its local time is on (the client's, the person's, or UTC).
    public let zone: ZoneID

    public static func == (lhs: ScheduleEntry, rhs: ScheduleEntry) -> Bool {
        lhs.item == rhs.item && lhs.clientName == rhs.clientName && lhs.zone == rhs.zone
    }

    init(_ item: ScheduleItem, directory: Directory) {
        self.item = item
        let client = item.clientID.flatMap(directory.client)
        clientName = client?.name
        zone =
            switch item.anchor {
            case .client: client?.zone ?? directory.person.zone
            case .person: directory.person.zone
            case .utc: .utc
            }
    }

    /// The first 8 characters of its id, enough to name it in commands.
    public var shortID: String { String(item.id.description.prefix(8)) }
    public var title: String { item.title }

    /// `every week on Tue, Thu`, `every 2 weeks on Mon`, `every month on the 2nd Tue`, `once`.
    public var repetitionText: String {
        guard let rule = item.recurrence else { return "once on \(item.startDate)" }
        let unit =
            switch rule.frequency {
            case .daily: rule.interval == 1 ? "every day" : "every \(rule.interval) days"
            case .weekly: rule.interval == 1 ? "every week" : "every \(rule.interval) weeks"
            case .monthly: rule.interval == 1 ? "every month" : "every \(rule.interval) months"
            }
        var text = unit
        if rule.frequency == .weekly { text += " on " + WeeklyHours.daysText(rule.weekdays) }
        if rule.frequency == .monthly {
            if let ordinal = rule.weekdayOrdinal, let day = rule.weekdays.first {
                text += " on the " + (ordinal == -1 ? "last" : Self.ordinalText(ordinal)) + " \(day.shortName)"
            } else if let day = rule.monthDay {
                text += day == -1 ? " on the last day" : " on day \(day)"
            } else {
                text += " on day \(item.startDate.day)"
            }
        }
        text += " from \(item.startDate)"
        switch rule.end {
        case .never: break
        case .count(let count): text += ", \(count) times"
        case .until(let date): text += " until \(date)"
        }
        return text
    }

    static func ordinalText(_ number: Int) -> String {
        switch number {
        case 1: return "1st"
        case 2: return "2nd"
        case 3: return "3rd"
        default: return "\(number)th"
        }
    }
}

/// One occurrence with its time on the item's clock and on the viewer's.
public struct ScheduledOccurrence: Sendable, Equatable {
    public var entry: ScheduleEntry
    public var occurrence: Occurrence
    /// The start asked for, on the item's clock (before any clock-change adjustment).
    public var anchorStart: LocalDateTime
    /// The start on the viewer's clock.
    public var viewerStart: LocalDateTime
    /// Minutes the viewer's start moved since the item's previous occurrence.
    public var movedMinutes: Int?
}

/// Planned and tracked seconds for one client.
public struct PlanRow: Sendable, Equatable {
    public var client: String
    public var plannedSeconds: Int64
    public var trackedSeconds: Int64
}

/// Planned block time against tracked time, per client, for a period.
public struct PlanReport: Sendable {
    public var period: Period
    public var rows: [PlanRow]
}
