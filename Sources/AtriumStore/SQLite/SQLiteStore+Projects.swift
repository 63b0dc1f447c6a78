import AtriumCore
import GRDB

extension SQLiteStore {
    public func projects(in workspace: ID<Workspace>) async throws -> [Project] {
        try await read { db in try Self.projects(db, workspace) }
    }

    static func projects(_ db: Database, _ workspace: ID<Workspace>) throws -> [Project] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(Project.selection) FROM projects p JOIN clients c ON c.id = p.client_id
                WHERE p.workspace_id = ? ORDER BY p.name COLLATE NOCASE
                """
        )
        statement.arguments = [workspace]
        return try RawRow.fetchAll(statement, Project.init(raw:))
    }

    public func insertProject(_ project: Project, stamp: AuditStamp) async throws {
        try await write { db in try Self.insertProject(db, project, stamp: stamp) }
    }

    /// Inserts `project` and its audit record.
    static func insertProject(_ db: Database, _ project: Project, stamp: AuditStamp) throws {
        let client = try client(db, project.clientID, in: project.workspaceID)
        try runNamed(
            db,
            """
            INSERT INTO projects (id, workspace_id, client_id, name, rate_minor, budget_seconds, created_at,
                archived_at)
            VALUES (:id, :workspace_id, :client_id, :name, :rate_minor, :budget_seconds, :created_at,
                :archived_at)
            """,
            arguments: project.databaseArguments
        ) { "\(client.name) already has a project named \"\(project.name)\"." }
        try auditBilling(
            db,
            .created,
            of: AuditEntity(kind: .project, id: project.id.description),
            in: project.workspaceID,
            summary: "project \(client.name)/\(project.name) created",
            before: nil,
            after: project.billingState(currency: client.currency),
            stamp: stamp
        )
    }

    public func updateProject(
        _ id: ID<Project>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ change: @Sendable (inout Project) throws -> Void
    ) async throws -> Project {
        try await write { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(Project.selection) FROM projects p JOIN clients c ON c.id = p.client_id
                    WHERE p.id = ? AND p.workspace_id = ?
                    """
            )
            statement.arguments = [id, workspace]
            guard let before = try RawRow.fetchOne(statement, Project.init(raw:)) else {
                throw StoreError.notFound("The project")
            }
            var after = before
            try change(&after)
            after.id = before.id
            after.workspaceID = before.workspaceID
            after.clientID = before.clientID
            let client = try Self.client(db, after.clientID, in: workspace)
            try Self.runNamed(
                db,
                """
                UPDATE projects SET name = :name, rate_minor = :rate_minor, budget_seconds = :budget_seconds,
                    archived_at = :archived_at
                WHERE id = :id AND workspace_id = :workspace_id
                """,
                arguments: after.databaseArguments
            ) { "\(client.name) already has a project named \"\(after.name)\"." }
            if before.rate != after.rate {
                try Self.auditBilling(
                    db,
                    .rateChanged,
                    of: AuditEntity(kind: .project, id: id.description),
                    in: workspace,
                    summary: "rate of \(client.name)/\(after.name) changed",
                    before: before.billingState(currency: client.currency),
                    after: after.billingState(currency: client.currency),
                    stamp: stamp
                )
            }
            return after
        }
    }
}

extension Project {
    func billingState(currency: Currency) -> AuditState.Billing {
        AuditState.Billing(name: name, currency: currency, rate: rate, rounding: nil)
    }
}
