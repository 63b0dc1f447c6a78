import AtriumCore
import GRDB

/// Changes to the totals caches (`entry_day_totals` and `entry_totals`) gathered during one
/// transaction, then written at once.
///
/// A finished, live entry adds its raw and rounded seconds (and its fixed price, if it keeps one) to
/// the row of its client, project, task, person, billability, pricing and day (the date of its start
/// in its person's zone), and to the same row without the day. The rounding is Core's
/// ``TimeRounding``; this type only keeps the sums.
struct DayTotals {
    /// The shape of the totals tables written to.
    enum Schema {
        /// With `task_key` (migration 0012 on).
        case current
        /// Without it, for the migrations before 0012.
        case beforeTasks
    }

    /// A row's key as values; written as the tables' texts (`day`, `project_key`, `task_key`,
    /// `price_key`) only when the row is, so that adding an entry makes no text.
    private struct Key: Hashable {
        /// Nil for the all-time row.
        var day: LocalDate?
        var clientID: ID<Client>
        var projectID: ID<Project>?
        var taskID: ID<WorkTask>?
        var personID: ID<Person>
        var isBillable: Bool
        var pricing: TotalPricing
    }

    private struct Delta {
        var count: Int64 = 0
        var raw: Int64 = 0
        var rounded: Int64 = 0
        var fixed: Int64 = 0

        var isEmpty: Bool { count == 0 && raw == 0 && rounded == 0 && fixed == 0 }

        static func += (sum: inout Delta, delta: Delta) {
            sum.count += delta.count
            sum.raw += delta.raw
            sum.rounded += delta.rounded
            sum.fixed += delta.fixed
        }
    }

    let workspace: ID<Workspace>
    private let schema: Schema
    private var roundings: [ID<Client>: TimeRounding] = [:]
    private var zones: [ID<Person>: ZoneID] = [:]
    private var deltas: [Key: Delta] = [:]
    /// The ids' texts bound so far, kept from one flush to the next.
    private var idTexts = IDTexts()

    private let workspaceText: String

    init(workspace: ID<Workspace>, schema: Schema = .current) {
        self.workspace = workspace
        self.schema = schema
        workspaceText = workspace.description
    }

    /// Adds (`sign` 1) or removes (`sign` −1) what `entry` contributes; running and deleted entries contribute nothing.
    mutating func add(_ db: Database, _ entry: TimeEntry, sign: Int64) throws {
        guard let end = entry.end, !entry.isDeleted else { return }
        let total = EntryTotal(entry: entry, end: end, rounding: try rounding(db, entry.clientID))
        let key = Key(
            day: try zone(db, entry.personID).localDate(at: entry.start),
            clientID: entry.clientID,
            projectID: entry.projectID,
            taskID: entry.taskID,
            personID: entry.personID,
            isBillable: entry.isBillable,
            pricing: total.pricing
        )
        deltas[key, default: Delta()] += Delta(
            count: sign,
            raw: sign * total.rawSeconds,
            rounded: sign * total.roundedSeconds,
            fixed: sign * total.fixedMinorUnits
        )
    }

    /// Writes the gathered changes to the per-day and all-time sums, dropping rows that no entry
    /// counts any more. Each statement is prepared once for the whole flush: an import writes tens
    /// of thousands of rows at a time.
    mutating func flush(_ db: Database) throws {
        let sql = schema == .current ? Self.sql : Self.sqlBeforeTasks
        var allTime: [Key: Delta] = [:]
        var writer = try Writer(self, upsert: sql.upsertDay, delete: sql.deleteDay, dated: true, db)
        // By day: the rows of an import in time order then go into the table's pages one after
        // another rather than in the dictionary's order all over them (every key here has a day).
        let byDay = deltas.sorted { ($0.key.day?.daysSinceEpoch ?? 0) < ($1.key.day?.daysSinceEpoch ?? 0) }
        for (key, delta) in byDay where !delta.isEmpty {
            try writer.write(delta, of: key)
            var undated = key
            undated.day = nil
            allTime[undated, default: Delta()] += delta
        }
        writer = try Writer(self, upsert: sql.upsertAllTime, delete: sql.deleteAllTime, dated: false, db)
        for (key, delta) in allTime where !delta.isEmpty {
            try writer.write(delta, of: key)
        }
        idTexts = writer.idTexts
        deltas = [:]
    }

    /// Adds deltas to the rows of one table (the all-time table has no day column).
    private struct Writer {
        let workspaceText: String
        let schema: Schema
        let upsert: RawStatement
        let delete: RawStatement
        let dated: Bool
        var idTexts: IDTexts

        init(_ totals: DayTotals, upsert: String, delete: String, dated: Bool, _ db: Database) throws {
            workspaceText = totals.workspaceText
            schema = totals.schema
            self.upsert = try RawStatement(db, sql: upsert)
            self.delete = try RawStatement(db, sql: delete)
            self.dated = dated
            idTexts = totals.idTexts
        }

        mutating func write(_ delta: Delta, of key: Key) throws {
            let next = bind(key, to: upsert)
            upsert.bind(next, delta.count)
            upsert.bind(next + 1, delta.raw)
            upsert.bind(next + 2, delta.rounded)
            upsert.bind(next + 3, delta.fixed)
            try upsert.run()
            if delta.count < 0 {
                _ = bind(key, to: delete)
                try delete.run()
            }
        }

        /// Binds the key columns, in ``DayTotals/keyColumns(dated:schema:)`` order from the first
        /// parameter; returns the next parameter's index.
        private mutating func bind(_ key: Key, to statement: RawStatement) -> Int32 {
            var index: Int32 = 1
            statement.bind(index, workspaceText)
            if dated {
                index += 1
                statement.bind(index, key.day?.description ?? "")
            }
            statement.bind(index + 1, idTexts.text(of: key.clientID))
            statement.bind(index + 2, key.projectID.map { idTexts.text(of: $0) } ?? "")
            if schema == .current {
                index += 1
                statement.bind(index + 2, key.taskID.map { idTexts.text(of: $0) } ?? "")
            }
            statement.bind(index + 3, idTexts.text(of: key.personID))
            statement.bind(index + 4, key.isBillable)
            statement.bind(index + 5, key.pricing.storageKey)
            return index + 6
        }
    }

    /// The columns of a row's key, in the order ``Writer`` binds them.
    private static func keyColumns(dated: Bool, schema: Schema) -> [String] {
        var columns = ["workspace_id"]
        if dated { columns.append("day") }
        columns += ["client_id", "project_key"]
        if schema == .current { columns.append("task_key") }
        columns += ["person_id", "is_billable", "price_key"]
        return columns
    }

    private static func upsert(into table: String, dated: Bool, schema: Schema) -> String {
        let keys = keyColumns(dated: dated, schema: schema)
        let columns = keys.joined(separator: ", ")
        return """
            INSERT INTO \(table) (\(columns), entry_count, raw_seconds, rounded_seconds, fixed_minor)
            VALUES (\(Array(repeating: "?", count: keys.count + 4).joined(separator: ", ")))
            ON CONFLICT (\(columns)) DO UPDATE SET
                entry_count = entry_count + excluded.entry_count,
                raw_seconds = raw_seconds + excluded.raw_seconds,
                rounded_seconds = rounded_seconds + excluded.rounded_seconds,
                fixed_minor = fixed_minor + excluded.fixed_minor
            """
    }

    private static func delete(from table: String, dated: Bool, schema: Schema) -> String {
        let matches = keyColumns(dated: dated, schema: schema).map { "\($0) = ?" }.joined(separator: " AND ")
        return "DELETE FROM \(table) WHERE \(matches) AND entry_count <= 0"
    }

    /// The statements, made once.
    private static let sql = statements(.current)
    private static let sqlBeforeTasks = statements(.beforeTasks)

    private static func statements(_ schema: Schema) -> (
        upsertDay: String, upsertAllTime: String, deleteDay: String, deleteAllTime: String
    ) {
        (
            upsertDay: upsert(into: "entry_day_totals", dated: true, schema: schema),
            upsertAllTime: upsert(into: "entry_totals", dated: false, schema: schema),
            deleteDay: delete(from: "entry_day_totals", dated: true, schema: schema),
            deleteAllTime: delete(from: "entry_totals", dated: false, schema: schema)
        )
    }

    private mutating func rounding(_ db: Database, _ client: ID<Client>) throws -> TimeRounding {
        if let cached = roundings[client] { return cached }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT rounding_mode, rounding_minutes FROM clients WHERE id = ? AND workspace_id = ?"
                ),
                arguments: [client, workspace]
            )
        else { throw StoreError.notFound("The client") }
        let minutes: Int = row[1]
        let rule = try row.parsed("rounding_mode", table: "clients") {
            try TimeRounding(mode: $0, stepMinutes: minutes)
        }
        roundings[client] = rule
        return rule
    }

    private mutating func zone(_ db: Database, _ person: ID<Person>) throws -> ZoneID {
        if let cached = zones[person] { return cached }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT zone FROM people WHERE id = ? AND workspace_id = ?"),
                arguments: [person, workspace]
            )
        else { throw StoreError.notFound("The person") }
        let zone = ZoneID(storedIdentifier: row["zone"])
        zones[person] = zone
        return zone
    }
}

extension TotalPricing {
    /// How the totals tables key a pricing (column `price_key`): empty for the rate card,
    /// `hourly EUR 4500` for an own hourly rate of 45.00 EUR, `fixed EUR` for own fixed amounts.
    var storageKey: String {
        switch self {
        case .rateCard: return ""
        case .hourly(let rate): return "hourly \(rate.currency.code) \(rate.minorUnits)"
        case .fixed(let currency): return "fixed \(currency.code)"
        }
    }

    /// The pricing keyed by `storageKey`; nil for a key Atrium does not write.
    init?(storageKey: String) {
        let parts = storageKey.split(separator: " ").map(String.init)
        switch (parts.first, parts.count) {
        case (nil, _): self = .rateCard
        case ("hourly", 3):
            guard let currency = try? Currency(code: parts[1]), let minor = Int64(parts[2]) else { return nil }
            self = .hourly(Money(minorUnits: minor, currency: currency))
        case ("fixed", 2):
            guard let currency = try? Currency(code: parts[1]) else { return nil }
            self = .fixed(currency)
        default: return nil
        }
    }
}
