import AtriumCore
import GRDB

extension SQLiteStore {
    public func tasks(in workspace: ID<Workspace>) async throws -> [WorkTask] {
        try await read { db in try Self.tasks(db, workspace) }
    }

    static func tasks(_ db: Database, _ workspace: ID<Workspace>) throws -> [WorkTask] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(WorkTask.selection) FROM tasks t JOIN clients c ON c.id = t.client_id
                WHERE t.workspace_id = ? ORDER BY t.name COLLATE NOCASE
                """
        )
        statement.arguments = [workspace]
        return try RawRow.fetchAll(statement, WorkTask.init(raw:))
    }

    public func insertTask(_ task: WorkTask, stamp: AuditStamp) async throws {
        try await write { db in try Self.insertTask(db, task, stamp: stamp) }
    }

    /// Inserts `task` and its audit record.
    static func insertTask(_ db: Database, _ task: WorkTask, stamp: AuditStamp) throws {
        let client = try client(db, task.clientID, in: task.workspaceID)
        if let project = task.projectID {
            try require("projects", project, in: task.workspaceID, db, what: "The project")
        }
        try runNamed(
            db,
            """
            INSERT INTO tasks (id, workspace_id, client_id, project_id, name, rate_minor, created_at, archived_at)
            VALUES (:id, :workspace_id, :client_id, :project_id, :name, :rate_minor, :created_at, :archived_at)
            """,
            arguments: task.databaseArguments
        ) { "\(client.name) already has a task named \"\(task.name)\"." }
        try auditBilling(
            db,
            .created,
            of: AuditEntity(kind: .task, id: task.id.description),
            in: task.workspaceID,
            summary: "task \(client.name): \(task.name) created",
            before: nil,
            after: task.billingState(currency: client.currency),
            stamp: stamp
        )
    }

    public func updateTask(
        _ id: ID<WorkTask>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ change: @Sendable (inout WorkTask) throws -> Void
    ) async throws -> WorkTask {
        try await write { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(WorkTask.selection) FROM tasks t JOIN clients c ON c.id = t.client_id
                    WHERE t.id = ? AND t.workspace_id = ?
                    """
            )
            statement.arguments = [id, workspace]
            guard let before = try RawRow.fetchOne(statement, WorkTask.init(raw:)) else {
                throw StoreError.notFound("The task")
            }
            var after = before
            try change(&after)
            after.id = before.id
            after.workspaceID = before.workspaceID
            after.clientID = before.clientID
            let client = try Self.client(db, after.clientID, in: workspace)
            if let project = after.projectID {
                try Self.require("projects", project, in: workspace, db, what: "The project")
            }
            try Self.runNamed(
                db,
                """
                UPDATE tasks SET name = :name, project_id = :project_id, rate_minor = :rate_minor,
                    archived_at = :archived_at
                WHERE id = :id AND workspace_id = :workspace_id
                """,
                arguments: after.databaseArguments
            ) { "\(client.name) already has a task named \"\(after.name)\"." }
            if before.rate != after.rate {
                try Self.auditBilling(
                    db,
                    .rateChanged,
                    of: AuditEntity(kind: .task, id: id.description),
                    in: workspace,
                    summary: "rate of \(client.name): \(after.name) changed",
                    before: before.billingState(currency: client.currency),
                    after: after.billingState(currency: client.currency),
                    stamp: stamp
                )
            }
            return after
        }
    }
}

extension WorkTask {
    /// The columns ``init(raw:)`` reads, by position, with the client's currency last.
    static let selection = """
        t.id, t.workspace_id, t.client_id, t.project_id, t.name, t.rate_minor, t.created_at, t.archived_at,
        c.currency
        """

    /// Reads a row selected with ``selection`` from `tasks t JOIN clients c`, straight from SQLite.
    init(raw row: RawRow) throws {
        let table = "tasks"
        let code = row.text(8) ?? ""
        let currency = try (try? Currency(code: code)).orCorrupt(table: "clients", column: "currency", value: code)
        self.init(
            id: try row.requiredID(0, table: table, name: "id"),
            workspaceID: try row.requiredID(1, table: table, name: "workspace_id"),
            clientID: try row.requiredID(2, table: table, name: "client_id"),
            projectID: row.isNull(3) ? nil : try row.requiredID(3, table: table, name: "project_id"),
            name: row.text(4) ?? "",
            rate: row.optionalInt64(5).map { Money(minorUnits: $0, currency: currency) },
            createdAt: Instant(secondsSinceEpoch: row.int64(6)),
            archivedAt: row.optionalInt64(7).map(Instant.init(secondsSinceEpoch:))
        )
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "client_id": clientID, "project_id": projectID, "name": name,
            "rate_minor": rate?.minorUnits, "created_at": createdAt.secondsSinceEpoch,
            "archived_at": archivedAt?.secondsSinceEpoch,
        ]
    }

    func billingState(currency: Currency) -> AuditState.Billing {
        AuditState.Billing(name: name, currency: currency, rate: rate, rounding: nil)
    }
}
