import AtriumCore
import GRDB
import Synchronization

extension SQLiteStore: ScheduleStore {
    public func setWorkingHours(_ hours: WeeklyHours, of owner: HoursOwner, in workspace: ID<Workspace>) async throws {
        try await write { db in try Self.setWorkingHours(db, hours, of: owner, in: workspace) }
    }

    /// Replaces the working hours of `owner`.
    static func setWorkingHours(_ db: Database, _ hours: WeeklyHours, of owner: HoursOwner, in workspace: ID<Workspace>)
        throws
    {
        let column: String
        let ownerID: String
        switch owner {
        case .client(let id):
            try require("clients", id, in: workspace, db, what: "The client")
            (column, ownerID) = ("client_id", id.description)
        case .person(let id):
            try require("people", id, in: workspace, db, what: "The person")
            (column, ownerID) = ("person_id", id.description)
        }
        try db.run("DELETE FROM working_hours WHERE \(column) = ?", arguments: [ownerID])
        for interval in hours.intervals {
            try db.run(
                """
                INSERT INTO working_hours (id, workspace_id, \(column), weekday, start_minute, end_minute)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    ID<WorkingInterval>().description, workspace, ownerID, interval.weekday.isoNumber,
                    interval.startMinute, interval.endMinute,
                ]
            )
        }
    }

    /// Every client's and person's working hours in the workspace.
    static func workingHours(_ db: Database, _ workspace: ID<Workspace>) throws
        -> (clients: [ID<Client>: WeeklyHours], people: [ID<Person>: WeeklyHours])
    {
        var clients: [ID<Client>: [WorkingInterval]] = [:]
        var people: [ID<Person>: [WorkingInterval]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT client_id, person_id, weekday, start_minute, end_minute FROM working_hours WHERE workspace_id = ?",
            arguments: [workspace]
        )
        for row in rows {
            let weekday = try Weekday(isoNumber: row["weekday"]).orCorrupt(
                table: "working_hours",
                column: "weekday",
                value: row["weekday"] as Int
            )
            let interval = WorkingInterval(
                weekday: weekday,
                startMinute: row["start_minute"],
                endMinute: row["end_minute"]
            )
            if let client: ID<Client> = try row.optionalID("client_id", table: "working_hours") {
                clients[client, default: []].append(interval)
            } else if let person: ID<Person> = try row.optionalID("person_id", table: "working_hours") {
                people[person, default: []].append(interval)
            }
        }
        func checked<Owner>(_ lists: [ID<Owner>: [WorkingInterval]]) throws -> [ID<Owner>: WeeklyHours] {
            try lists.mapValues { intervals in
                try (try? WeeklyHours(intervals)).orCorrupt(
                    table: "working_hours",
                    column: "start_minute",
                    value: intervals.map(\.description).joined(separator: ", ")
                )
            }
        }
        return (try checked(clients), try checked(people))
    }

    public func insertScheduleItem(_ item: ScheduleItem) async throws {
        try await insertScheduleItems([item])
    }

    public func insertScheduleItems(_ items: [ScheduleItem]) async throws {
        try await write { db in try Self.insertScheduleItems(db, items) }
    }

    static func insertScheduleItems(_ db: Database, _ items: [ScheduleItem]) throws {
        for item in items {
            try require("people", item.personID, in: item.workspaceID, db, what: "The person")
            if let client = item.clientID {
                try require("clients", client, in: item.workspaceID, db, what: "The client")
            }
            try db.run(
                """
                INSERT INTO schedule_items (id, workspace_id, person_id, client_id, kind, title, anchor, start_date,
                    start_second, duration_minutes, rule, exceptions, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [item.id, item.workspaceID, item.personID] + item.mutableArguments + [
                    item.createdAt.secondsSinceEpoch
                ]
            )
        }
    }

    public func scheduleItems(of person: ID<Person>?, in workspace: ID<Workspace>) async throws -> [ScheduleItem] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ScheduleItem.columns) FROM schedule_items
                    WHERE workspace_id = ? AND (? IS NULL OR person_id = ?) ORDER BY created_at, id
                    """,
                arguments: [workspace, person, person]
            ).map(ScheduleItem.init(row:))
        }
    }

    public func updateScheduleItem(
        _ id: ID<ScheduleItem>,
        in workspace: ID<Workspace>,
        _ change: @Sendable (inout ScheduleItem) throws -> Void
    ) async throws -> ScheduleItem {
        try await write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT \(ScheduleItem.columns) FROM schedule_items WHERE id = ? AND workspace_id = ?",
                    arguments: [id, workspace]
                )
            else { throw StoreError.notFound("The meeting or block") }
            var item = try ScheduleItem(row: row)
            try change(&item)
            try db.run(
                """
                UPDATE schedule_items SET client_id = ?, kind = ?, title = ?, anchor = ?, start_date = ?,
                    start_second = ?, duration_minutes = ?, rule = ?, exceptions = ?
                WHERE id = ?
                """,
                arguments: item.mutableArguments + [id]
            )
            return item
        }
    }

    public func deleteScheduleItem(_ id: ID<ScheduleItem>, in workspace: ID<Workspace>) async throws {
        try await write { db in
            try db.run("DELETE FROM schedule_items WHERE id = ? AND workspace_id = ?", arguments: [id, workspace])
            guard db.changesCount == 1 else { throw StoreError.notFound("The meeting or block") }
        }
    }

    public func replaceCalendarFeed(
        of person: ID<Person>,
        in workspace: ID<Workspace>,
        tokenHash: String,
        at instant: Instant
    ) async throws {
        try await write { db in
            try Self.require("people", person, in: workspace, db, what: "The person")
            try db.run(
                """
                INSERT INTO calendar_feeds (person_id, workspace_id, token_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at
                """,
                arguments: [person, workspace, tokenHash, instant.secondsSinceEpoch]
            )
        }
    }

    public func calendarFeedCreated(of person: ID<Person>) async throws -> Instant? {
        try await read { db in
            try Int64.fetchOne(
                db,
                sql: "SELECT created_at FROM calendar_feeds WHERE person_id = ?",
                arguments: [person]
            )
            .map(Instant.init(secondsSinceEpoch:))
        }
    }

    public func deleteCalendarFeed(of person: ID<Person>) async throws {
        try await write { db in
            try db.run("DELETE FROM calendar_feeds WHERE person_id = ?", arguments: [person])
            guard db.changesCount == 1 else { throw StoreError.notFound("A calendar feed") }
        }
    }

    public func calendarFeedOwner(tokenHash: String) async throws -> (workspace: ID<Workspace>, person: ID<Person>)? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT workspace_id, person_id FROM calendar_feeds WHERE token_hash = ?",
                    arguments: [tokenHash]
                )
            else { return nil }
            return (
                try row.id("workspace_id", table: "calendar_feeds"), try row.id("person_id", table: "calendar_feeds")
            )
        }
    }
}

extension ScheduleItem {
    /// The columns a change may touch, in the order of the INSERT and UPDATE statements.
    var mutableArguments: StatementArguments {
        [
            clientID, kind.rawValue, title, anchor.rawValue, startDate.description, startTime.secondsSinceMidnight,
            durationMinutes, recurrence?.description, exceptions.map(\.description).joined(separator: ","),
        ]
    }

    /// The columns ``init(row:)`` reads, by position.
    static let columns = """
        id, workspace_id, person_id, client_id, kind, title, anchor, start_date, start_second, duration_minutes, \
        rule, exceptions, created_at
        """

    /// An item from a row of ``columns``, read by position. Rules are parsed once per distinct
    /// text: a calendar of hundreds of weekly items shares a handful.
    init(row: Row) throws {
        let table = "schedule_items"
        let exceptionsText: String = row[11]
        let ruleText: String? = row[10]
        let startSecond: Int = row[8]
        self.init(
            id: try row.id(0, table: table, column: "id"),
            workspaceID: try row.id(1, table: table, column: "workspace_id"),
            personID: try row.id(2, table: table, column: "person_id"),
            clientID: try (row[3] as String?).map { text in
                try AtriumCore.ID<Client>(text).orCorrupt(table: table, column: "client_id", value: text)
            },
            kind: try row.stored(Kind.self, at: 4, table: table, column: "kind"),
            title: row[5],
            anchor: try row.stored(Anchor.self, at: 6, table: table, column: "anchor"),
            startDate: try (try? TimeExpression.parseISODate(row[7] as String)).orCorrupt(
                table: table,
                column: "start_date",
                value: row[7] as String
            ),
            startTime: try LocalTime(secondsSinceMidnight: startSecond).orCorrupt(
                table: table,
                column: "start_second",
                value: startSecond
            ),
            durationMinutes: row[9],
            recurrence: try ruleText.map { text in
                try RuleCache.shared.rule(text).orCorrupt(table: table, column: "rule", value: text)
            },
            exceptions: try exceptionsText.split(separator: ",").map { text in
                try (try? TimeExpression.parseISODate(String(text))).orCorrupt(
                    table: table,
                    column: "exceptions",
                    value: exceptionsText
                )
            },
            createdAt: Instant(secondsSinceEpoch: row[12])
        )
    }
}

/// Recurrence rules parsed from their stored text, kept by text (bounded).
final class RuleCache: Sendable {
    static let shared = RuleCache()
    private let rules = Mutex<[String: Recurrence]>([:])

    /// The rule stored as `text`, or nil when it does not parse.
    func rule(_ text: String) -> Recurrence? {
        if let known = rules.withLock({ $0[text] }) { return known }
        guard let parsed = try? Recurrence.parse(rrule: text) else { return nil }
        rules.withLock { cache in
            if cache.count >= 4096 { cache.removeAll() }
            cache[text] = parsed
        }
        return parsed
    }
}
