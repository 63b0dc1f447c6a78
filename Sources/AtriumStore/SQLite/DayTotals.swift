import AtriumCore
import GRDB

/// Changes to the totals caches (`entry_day_totals` and `entry_totals`) gathered during one
/// transaction, then written at once.
///
/// A finished, live entry adds its raw and rounded seconds to the row of its client, project,
/// person, billability and day (the date of its start in its person's zone), and to the same row
/// without the day. The rounding is Core's ``TimeRounding``; this type only keeps the sums.
struct DayTotals {
    private struct Key: Hashable {
        var day: String
        var clientID: ID<Client>
        var projectKey: String
        var personID: ID<Person>
        var isBillable: Bool
    }

    private struct Delta {
        var count: Int64 = 0
        var raw: Int64 = 0
        var rounded: Int64 = 0
    }

    let workspace: ID<Workspace>
    private var roundings: [ID<Client>: TimeRounding] = [:]
    private var zones: [ID<Person>: ZoneID] = [:]
    private var deltas: [Key: Delta] = [:]

    init(workspace: ID<Workspace>) {
        self.workspace = workspace
    }

    /// Adds (`sign` 1) or removes (`sign` −1) what `entry` contributes; running and deleted entries contribute nothing.
    mutating func add(_ db: Database, _ entry: TimeEntry, sign: Int64) throws {
        guard let end = entry.end, !entry.isDeleted else { return }
        let total = EntryTotal(entry: entry, end: end, rounding: try rounding(db, entry.clientID))
        let key = Key(
            day: try zone(db, entry.personID).localDate(at: entry.start).description,
            clientID: entry.clientID,
            projectKey: entry.projectID?.description ?? "",
            personID: entry.personID,
            isBillable: entry.isBillable
        )
        var delta = deltas[key] ?? Delta()
        delta.count += sign
        delta.raw += sign * total.rawSeconds
        delta.rounded += sign * total.roundedSeconds
        deltas[key] = delta
    }

    /// Writes the gathered changes and drops rows that no entry counts any more.
    /// Writes the gathered changes to the per-day and all-time sums, dropping rows that no entry
    /// counts any more.
    mutating func flush(_ db: Database) throws {
        var allTime: [Key: Delta] = [:]
        for (key, delta) in deltas where delta.count != 0 || delta.raw != 0 || delta.rounded != 0 {
            let arguments: StatementArguments = [
                workspace, key.day, key.clientID, key.projectKey, key.personID, key.isBillable, delta.count, delta.raw,
                delta.rounded,
            ]
            try db.run(
                """
                INSERT INTO entry_day_totals (workspace_id, day, client_id, project_key, person_id, is_billable,
                    entry_count, raw_seconds, rounded_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id, day, client_id, project_key, person_id, is_billable) DO UPDATE SET
                    entry_count = entry_count + excluded.entry_count,
                    raw_seconds = raw_seconds + excluded.raw_seconds,
                    rounded_seconds = rounded_seconds + excluded.rounded_seconds
                """,
                arguments: arguments
            )
            if delta.count < 0 {
                try db.run(
                    """
                    DELETE FROM entry_day_totals WHERE workspace_id = ? AND day = ? AND client_id = ? AND project_key = ?
                        AND person_id = ? AND is_billable = ? AND entry_count <= 0
                    """,
                    arguments: [workspace, key.day, key.clientID, key.projectKey, key.personID, key.isBillable]
                )
            }
            var undated = key
            undated.day = ""
            var sum = allTime[undated] ?? Delta()
            sum.count += delta.count
            sum.raw += delta.raw
            sum.rounded += delta.rounded
            allTime[undated] = sum
        }
        for (key, delta) in allTime where delta.count != 0 || delta.raw != 0 || delta.rounded != 0 {
            try db.run(
                """
                INSERT INTO entry_totals (workspace_id, client_id, project_key, person_id, is_billable, entry_count,
                    raw_seconds, rounded_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id, client_id, project_key, person_id, is_billable) DO UPDATE SET
                    entry_count = entry_count + excluded.entry_count,
                    raw_seconds = raw_seconds + excluded.raw_seconds,
                    rounded_seconds = rounded_seconds + excluded.rounded_seconds
                """,
                arguments: [
                    workspace, key.clientID, key.projectKey, key.personID, key.isBillable, delta.count, delta.raw,
                    delta.rounded,
                ]
            )
            if delta.count < 0 {
                try db.run(
                    """
                    DELETE FROM entry_totals WHERE workspace_id = ? AND client_id = ? AND project_key = ?
                        AND person_id = ? AND is_billable = ? AND entry_count <= 0
                    """,
                    arguments: [workspace, key.clientID, key.projectKey, key.personID, key.isBillable]
                )
            }
        }
        deltas = [:]
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
