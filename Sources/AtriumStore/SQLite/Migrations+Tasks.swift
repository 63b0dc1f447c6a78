import GRDB

extension Migrations {
    /// Tasks: a client's named pieces of work (optionally in one of its projects) with a rate of
    /// their own, the `task` level of the rate chain. Each entry may name one (`task_id`), and the
    /// totals caches key their rows by it too (`task_key`, empty for none), so that a summary charges
    /// a task's time at the task's rate.
    ///
    /// No entry has a task yet: the totals rows are copied with an empty task key.
    ///
    /// A client's invoice lines may now be per task (`time_lines = 'task'`). The column's CHECK is
    /// widened in place, by SQLite's documented procedure for changing a CHECK constraint (it changes
    /// nothing stored): the table's text in `sqlite_schema` is rewritten and the schema version moved.
    static func tasks(_ db: Database) throws {
        try db.execute(sql: tasksSchema)
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        try db.execute(
            sql: """
                UPDATE sqlite_schema
                SET sql = replace(sql, 'CHECK (time_lines IN (''project'', ''entry''))',
                    'CHECK (time_lines IN (''project'', ''entry'', ''task''))')
                WHERE type = 'table' AND name = 'clients'
                """
        )
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        let widened = try String.fetchOne(
            db,
            sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'clients'"
        )
        guard widened?.contains("'task'") == true else {
            throw StoreError.conflict("The clients table could not take per-task invoice lines.")
        }
    }

    private static let tasksSchema: String = {
        var sql = """
            CREATE TABLE tasks (
                id TEXT PRIMARY KEY NOT NULL,
                workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                client_id TEXT NOT NULL REFERENCES clients(id),
                project_id TEXT REFERENCES projects(id),
                name TEXT NOT NULL,
                rate_minor INTEGER,
                created_at INTEGER NOT NULL,
                archived_at INTEGER
            ) STRICT;
            CREATE UNIQUE INDEX tasks_by_name ON tasks(client_id, name COLLATE NOCASE);
            CREATE INDEX tasks_by_workspace ON tasks(workspace_id);
            CREATE TRIGGER tasks_insert_revision AFTER INSERT ON tasks
            BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.workspace_id; END;
            CREATE TRIGGER tasks_update_revision AFTER UPDATE ON tasks
            BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.workspace_id; END;
            CREATE TRIGGER tasks_delete_revision AFTER DELETE ON tasks
            BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = OLD.workspace_id; END;
            ALTER TABLE time_entries ADD COLUMN task_id TEXT REFERENCES tasks(id);

            """
        for (table, day) in [("entry_day_totals", "day, "), ("entry_totals", "")] {
            sql += """
                ALTER TABLE \(table) RENAME TO untasked_\(table);
                CREATE TABLE \(table) (
                    workspace_id TEXT NOT NULL,
                    \(day.isEmpty ? "" : "day TEXT NOT NULL,")
                    client_id TEXT NOT NULL,
                    project_key TEXT NOT NULL,
                    task_key TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    is_billable INTEGER NOT NULL,
                    price_key TEXT NOT NULL,
                    entry_count INTEGER NOT NULL,
                    raw_seconds INTEGER NOT NULL,
                    rounded_seconds INTEGER NOT NULL,
                    fixed_minor INTEGER NOT NULL,
                    PRIMARY KEY (workspace_id, \(day)client_id, project_key, task_key, person_id, is_billable, price_key)
                ) STRICT, WITHOUT ROWID;
                INSERT INTO \(table)
                    SELECT workspace_id, \(day)client_id, project_key, '', person_id, is_billable, price_key, entry_count,
                        raw_seconds, rounded_seconds, fixed_minor
                    FROM untasked_\(table);
                DROP TABLE untasked_\(table);

                """
        }
        return sql
    }()
}
