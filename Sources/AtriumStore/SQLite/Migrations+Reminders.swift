extension Migrations {
    /// When unpaid invoices are to be reminded of: the workspace's schedule (`client_id` empty) and
    /// clients' own, as days from the due date (`-3,0,7,14`). Sending comes with email.
    static let reminders = """
        CREATE TABLE reminder_schedules (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL DEFAULT '',
            schedule TEXT NOT NULL,
            PRIMARY KEY (workspace_id, client_id)
        ) STRICT, WITHOUT ROWID;
        """
}
