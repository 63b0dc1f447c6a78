import AtriumCore
import GRDB

extension SQLiteStore {
    public func entryTotals(in workspace: ID<Workspace>, _ scope: TotalsScope) async throws -> [EntryTotal] {
        try await read { db in
            switch scope {
            case .allTime:
                return try Self.cachedTotals(
                    db,
                    sql: """
                        SELECT client_id, project_key, person_id, is_billable, entry_count, raw_seconds, rounded_seconds,
                            price_key, fixed_minor, task_key
                        FROM entry_totals WHERE workspace_id = ?
                        """,
                    arguments: [workspace]
                )
            case .personDays(let days):
                return try Self.cachedTotals(
                    db,
                    sql: """
                        SELECT client_id, project_key, person_id, is_billable, SUM(entry_count), SUM(raw_seconds),
                            SUM(rounded_seconds), price_key, SUM(fixed_minor), task_key
                        FROM entry_day_totals WHERE workspace_id = ? AND day BETWEEN ? AND ?
                        GROUP BY client_id, project_key, task_key, person_id, is_billable, price_key
                        """,
                    arguments: [workspace, days.lowerBound.description, days.upperBound.description]
                )
            case .startingIn(let interval):
                return try Self.scannedTotals(db, workspace: workspace, interval: interval)
            }
        }
    }

    /// Rows of (client, project key, person, billable, count, raw, rounded, price key, fixed, task key)
    /// from a totals cache. `sql` is one of a few fixed texts, so its statement is kept on the connection.
    private static func cachedTotals(_ db: Database, sql: String, arguments: StatementArguments) throws
        -> [EntryTotal]
    {
        let statement = try db.cachedStatement(sql: sql)
        statement.arguments = arguments
        let table = "entry_totals"
        return try RawRow.fetchAll(statement) { row in
            let priceKey = row.text(7) ?? ""
            return EntryTotal(
                clientID: try row.requiredID(0, table: table, name: "client_id"),
                projectID: row.text(1)?.isEmpty ?? true
                    ? nil : try row.requiredID(1, table: table, name: "project_key"),
                taskID: row.text(9)?.isEmpty ?? true ? nil : try row.requiredID(9, table: table, name: "task_key"),
                personID: try row.requiredID(2, table: table, name: "person_id"),
                isBillable: row.int64(3) != 0,
                entryCount: row.int64(4),
                rawSeconds: row.int64(5),
                roundedSeconds: row.int64(6),
                pricing: try TotalPricing(storageKey: priceKey).orCorrupt(
                    table: table,
                    column: "price_key",
                    value: priceKey
                ),
                fixedMinorUnits: row.int64(8)
            )
        }
    }

    /// A bounded period, by reading each finished entry that starts in it and rounding it by its client's rule.
    private static func scannedTotals(_ db: Database, workspace: ID<Workspace>, interval: Range<Instant>) throws
        -> [EntryTotal]
    {
        var roundings: [String: TimeRounding] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT id, rounding_mode, rounding_minutes FROM clients WHERE workspace_id = ?",
            arguments: [workspace]
        ) {
            let minutes: Int = row[2]
            roundings[row[0]] = try row.parsed("rounding_mode", table: "clients") {
                try TimeRounding(mode: $0, stepMinutes: minutes)
            }
        }
        struct Key: Hashable {
            var client: String
            var project: String
            var task: String
            var person: String
            var isBillable: Bool
            var pricing: TotalPricing
        }
        var sums: [Key: EntryTotal] = [:]
        let statement = try db.cachedStatement(
            sql: """
                SELECT client_id, COALESCE(project_id, ''), person_id, is_billable, ended_at - started_at,
                    price_kind, price_minor, price_currency, COALESCE(task_id, '')
                FROM time_entries
                WHERE workspace_id = ? AND started_at >= ? AND started_at < ? AND ended_at IS NOT NULL
                    AND deleted_at IS NULL
                """
        )
        statement.arguments = [
            workspace, interval.lowerBound.secondsSinceEpoch, interval.upperBound.secondsSinceEpoch,
        ]
        try RawRow.forEach(statement) { row in
            let price = try TimeEntry.price(row, at: 5, table: "time_entries")
            let key = Key(
                client: row.text(0) ?? "",
                project: row.text(1) ?? "",
                task: row.text(8) ?? "",
                person: row.text(2) ?? "",
                isBillable: row.int64(3) != 0,
                pricing: TotalPricing(price)
            )
            let seconds = row.int64(4)
            let rounded = (roundings[key.client] ?? .none).apply(to: seconds)
            let fixed = TotalPricing.fixedMinorUnits(of: price)
            if var sum = sums[key] {
                sum.entryCount += 1
                sum.rawSeconds += seconds
                sum.roundedSeconds += rounded
                sum.fixedMinorUnits += fixed
                sums[key] = sum
            } else {
                guard let client = ID<Client>(key.client), let person = ID<Person>(key.person) else {
                    throw StoreError.corruptValue(table: "time_entries", column: "client_id", value: key.client)
                }
                sums[key] = EntryTotal(
                    clientID: client,
                    projectID: ID<Project>(key.project),
                    taskID: ID<WorkTask>(key.task),
                    personID: person,
                    isBillable: key.isBillable,
                    entryCount: 1,
                    rawSeconds: seconds,
                    roundedSeconds: rounded,
                    pricing: key.pricing,
                    fixedMinorUnits: fixed
                )
            }
            return true
        }
        return Array(sums.values)
    }

    /// Whose cached totals to recompute.
    enum TotalsOwner {
        /// A client whose rounding rule changed.
        case client(ID<Client>)
        /// A person whose zone changed: their entries may fall on other days.
        case person(ID<Person>)

        var column: String {
            switch self {
            case .client: return "client_id"
            case .person: return "person_id"
            }
        }

        var id: String {
            switch self {
            case .client(let id): return id.description
            case .person(let id): return id.description
            }
        }
    }

    /// Recomputes the cached totals of one client or person from their entries.
    static func rebuildTotals(_ db: Database, workspace: ID<Workspace>, of owner: TotalsOwner) throws {
        let column = owner.column
        try db.run(
            "DELETE FROM entry_day_totals WHERE workspace_id = ? AND \(column) = ?",
            arguments: [workspace, owner.id]
        )
        try db.run(
            "DELETE FROM entry_totals WHERE workspace_id = ? AND \(column) = ?",
            arguments: [workspace, owner.id]
        )
        var totals = DayTotals(workspace: workspace)
        let statement = try db.makeStatement(
            sql: """
                SELECT \(TimeEntry.selection) FROM time_entries e
                WHERE e.workspace_id = ? AND e.\(column) = ? AND e.ended_at IS NOT NULL AND e.deleted_at IS NULL
                """
        )
        statement.arguments = [workspace, owner.id]
        try TimeEntry.forEach(statement) { entry, _ in
            try totals.add(db, entry, sign: 1)
            return true
        }
        try totals.flush(db)
    }
}
