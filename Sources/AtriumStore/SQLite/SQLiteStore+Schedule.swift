import AtriumCore
import GRDB

extension SQLiteStore: ScheduleStore {
    public func setWorkingHours(_ hours: WeeklyHours, of owner: HoursOwner, in workspace: ID<Workspace>) async throws {
        try await write { db in
            let column: String
            let ownerID: String
            switch owner {
            case .client(let id):
                try Self.require("clients", id, in: workspace, db, what: "The client")
                (column, ownerID) = ("client_id", id.description)
            case .person(let id):
                try Self.require("people", id, in: workspace, db, what: "The person")
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
        try await write { db in
            try Self.require("people", item.personID, in: item.workspaceID, db, what: "The person")
            if let client = item.clientID {
                try Self.require("clients", client, in: item.workspaceID, db, what: "The client")
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
                    SELECT * FROM schedule_items WHERE workspace_id = ? AND (? IS NULL OR person_id = ?)
                    ORDER BY created_at, id
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
                    sql: "SELECT * FROM schedule_items WHERE id = ? AND workspace_id = ?",
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

    init(row: Row) throws {
        let table = "schedule_items"
        let exceptionsText: String = row["exceptions"]
        let ruleText: String? = row["rule"]
        self.init(
            id: try row.id("id", table: table),
            workspaceID: try row.id("workspace_id", table: table),
            personID: try row.id("person_id", table: table),
            clientID: try row.optionalID("client_id", table: table),
            kind: try row.parsed("kind", table: table) { try Kind.parse($0, what: "kind") },
            title: row["title"],
            anchor: try row.parsed("anchor", table: table) { try Anchor.parse($0, what: "anchor") },
            startDate: try row.parsed("start_date", table: table) { try TimeExpression.parseISODate($0) },
            startTime: try LocalTime(secondsSinceMidnight: row["start_second"]).orCorrupt(
                table: table,
                column: "start_second",
                value: row["start_second"] as Int
            ),
            durationMinutes: row["duration_minutes"],
            recurrence: try ruleText.map { text in
                try (try? Recurrence.parse(rrule: text)).orCorrupt(table: table, column: "rule", value: text)
            },
            exceptions: try exceptionsText.split(separator: ",").map { text in
                try (try? TimeExpression.parseISODate(String(text))).orCorrupt(
                    table: table,
                    column: "exceptions",
                    value: exceptionsText
                )
            },
            createdAt: row.instant("created_at")
        )
    }
}
