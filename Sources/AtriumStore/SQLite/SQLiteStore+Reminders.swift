import AtriumCore
import GRDB

extension SQLiteStore {
    public func setReminderSchedule(_ schedule: ReminderSchedule, client: ID<Client>?, in workspace: ID<Workspace>)
        async throws
    {
        try await write { db in
            if let client { try Self.require("clients", client, in: workspace, db, what: "The client") }
            try db.run(
                """
                INSERT INTO reminder_schedules (workspace_id, client_id, schedule) VALUES (?, ?, ?)
                ON CONFLICT (workspace_id, client_id) DO UPDATE SET schedule = excluded.schedule
                """,
                arguments: [workspace, client?.description ?? "", schedule.description]
            )
        }
    }

    public func reminderSchedules(in workspace: ID<Workspace>) async throws
        -> (workspace: ReminderSchedule?, clients: [ID<Client>: ReminderSchedule])
    {
        try await read { db in
            var own: ReminderSchedule?
            var clients: [ID<Client>: ReminderSchedule] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT client_id, schedule FROM reminder_schedules WHERE workspace_id = ?",
                arguments: [workspace]
            )
            for row in rows {
                let text: String = row[1]
                let schedule = try (try? ReminderSchedule(text)).orCorrupt(
                    table: "reminder_schedules",
                    column: "schedule",
                    value: text
                )
                let client: String = row[0]
                if client.isEmpty {
                    own = schedule
                } else if let id = ID<Client>(client) {
                    clients[id] = schedule
                }
            }
            return (own, clients)
        }
    }
}
