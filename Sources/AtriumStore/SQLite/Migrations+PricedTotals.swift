import AtriumCore
import GRDB

extension Migrations {
    /// The totals caches key their rows by pricing too (`price_key`, see ``TotalPricing/storageKey``)
    /// and sum the fixed prices (`fixed_minor`), so that summaries charge imported entries by the
    /// rate or amount they keep, as invoices do.
    ///
    /// Every row so far counted its entries at the rate card: the migration copies them as such,
    /// then moves each priced, finished, live entry to the row of its price.
    static func pricedTotals(_ db: Database) throws {
        // Each table is made again with the new key (SQLite cannot change a primary key in place).
        for (table, day) in [("entry_day_totals", "day, "), ("entry_totals", "")] {
            try db.execute(
                sql: """
                    ALTER TABLE \(table) RENAME TO unpriced_\(table);
                    CREATE TABLE \(table) (
                        workspace_id TEXT NOT NULL,
                        \(day.isEmpty ? "" : "day TEXT NOT NULL,")
                        client_id TEXT NOT NULL,
                        project_key TEXT NOT NULL,
                        person_id TEXT NOT NULL,
                        is_billable INTEGER NOT NULL,
                        price_key TEXT NOT NULL,
                        entry_count INTEGER NOT NULL,
                        raw_seconds INTEGER NOT NULL,
                        rounded_seconds INTEGER NOT NULL,
                        fixed_minor INTEGER NOT NULL,
                        PRIMARY KEY (workspace_id, \(day)client_id, project_key, person_id, is_billable, price_key)
                    ) STRICT, WITHOUT ROWID;
                    INSERT INTO \(table)
                        SELECT workspace_id, \(day)client_id, project_key, person_id, is_billable, '', entry_count,
                            raw_seconds, rounded_seconds, 0
                        FROM unpriced_\(table);
                    DROP TABLE unpriced_\(table);
                    """
            )
        }
        var totals: [ID<Workspace>: DayTotals] = [:]
        let priced = try db.makeStatement(
            sql: """
                SELECT \(TimeEntry.selectionBeforeTasks) FROM time_entries e
                WHERE e.price_kind IS NOT NULL AND e.ended_at IS NOT NULL AND e.deleted_at IS NULL
                """
        )
        try RawRow.forEach(priced) { row in
            let entry = try TimeEntry(raw: row, hasTask: false)
            var unpriced = entry
            unpriced.price = nil
            var workspace =
                totals[entry.workspaceID] ?? DayTotals(workspace: entry.workspaceID, schema: .beforeTasks)
            try workspace.add(db, unpriced, sign: -1)
            try workspace.add(db, entry, sign: 1)
            totals[entry.workspaceID] = workspace
            return true
        }
        for var workspace in totals.values {
            try workspace.flush(db)
        }
    }
}
