import AtriumCore
import GRDB

extension SQLiteStore {
    public func runningEntry(of person: ID<Person>, in workspace: ID<Workspace>) async throws -> TimeEntry? {
        try lookup { db in try Self.runningEntry(db, person: person, workspace: workspace) }
    }

    static func runningEntry(_ db: Database, person: ID<Person>, workspace: ID<Workspace>) throws -> TimeEntry? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(TimeEntry.selection) FROM time_entries e
                WHERE e.person_id = ? AND e.ended_at IS NULL AND e.deleted_at IS NULL AND e.workspace_id = ?
                """
        )
        statement.arguments = [person, workspace]
        return try TimeEntry.fetchOne(statement)
    }

    public func entry(number: Int, in workspace: ID<Workspace>) async throws -> TimeEntry {
        try lookup { db in try Self.entry(db, number: number, workspace: workspace) }
    }

    static func entry(_ db: Database, number: Int, workspace: ID<Workspace>) throws -> TimeEntry {
        let statement = try db.cachedStatement(
            sql: "SELECT \(TimeEntry.selection) FROM time_entries e WHERE e.workspace_id = ? AND e.number = ?"
        )
        statement.arguments = [workspace, number]
        guard let entry = try TimeEntry.fetchOne(statement) else { throw EntryError.notFound(number: number) }
        return entry
    }

    public func entries(in workspace: ID<Workspace>, matching query: EntryQuery) async throws -> [TimeEntry] {
        try await read { db in
            var conditions = ["e.workspace_id = :workspace", "e.deleted_at IS NULL"]
            var arguments: StatementArguments = ["workspace": workspace]
            if let interval = query.interval {
                conditions.append("e.started_at >= :from AND e.started_at < :to")
                arguments += [
                    "from": interval.lowerBound.secondsSinceEpoch, "to": interval.upperBound.secondsSinceEpoch,
                ]
            }
            if let person = query.personID {
                conditions.append("e.person_id = :person")
                arguments += ["person": person]
            }
            if let client = query.clientID {
                conditions.append("e.client_id = :client")
                arguments += ["client": client]
            }
            if let project = query.projectID {
                conditions.append("e.project_id = :project")
                arguments += ["project": project]
            }
            let (later, order) = query.newestFirst ? ("<", "DESC") : (">", "ASC")
            if let after = query.after {
                conditions.append(
                    "(e.started_at \(later) :afterStart OR (e.started_at = :afterStart AND e.number \(later) :afterNumber))"
                )
                arguments += ["afterStart": after.start.secondsSinceEpoch, "afterNumber": after.number]
            }
            let limit = query.limit.map { " LIMIT \(max(0, $0))" } ?? ""
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(TimeEntry.selection) FROM time_entries e
                    WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.started_at \(order), e.number \(order)\(limit)
                    """
            )
            statement.arguments = arguments
            return try TimeEntry.fetchAll(statement)
        }
    }

    /// The person's live entries that could overlap `entry`: those starting in the day before it
    /// or during it, longer-than-a-day ones, and the running timer. Core decides what overlaps.
    static func neighbours(_ db: Database, of entry: TimeEntry) throws -> [TimeEntry] {
        let low = entry.start.secondsSinceEpoch - 86_400
        let high = entry.end?.secondsSinceEpoch ?? Int64.max
        let live = "e.workspace_id = :workspace AND e.person_id = :person AND e.deleted_at IS NULL AND e.id <> :id"
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(TimeEntry.selection) FROM time_entries e
                WHERE \(live) AND e.started_at >= :low AND e.started_at < :high
                UNION
                SELECT \(TimeEntry.selection) FROM time_entries e WHERE \(live) AND e.ended_at IS NULL
                UNION
                SELECT \(TimeEntry.selection) FROM time_entries e
                WHERE \(live) AND e.ended_at - e.started_at > 86400 AND e.started_at < :high
                """
        )
        statement.arguments = [
            "workspace": entry.workspaceID, "person": entry.personID, "id": entry.id, "low": low, "high": high,
        ]
        return try TimeEntry.fetchAll(statement)
    }
}
