import AtriumCore
import GRDB

extension SQLiteStore: AuditStore {
    /// Appends `draft` to the workspace's chain and moves the head kept on the workspace row.
    /// Call inside the write transaction of the change it records.
    static func appendAudit(_ db: Database, workspace: ID<Workspace>, _ draft: AuditDraft) throws {
        let head = try auditHead(db, workspace: workspace)
        let record = AuditChain.seal(draft, workspaceID: workspace, after: head)
        try insertAuditRecord(db, record)
        try db.run(
            "UPDATE workspaces SET audit_head_sequence = ?, audit_head_hash = ? WHERE id = ?",
            arguments: [record.sequence, record.hash, workspace]
        )
    }

    static let insertAuditSQL = """
        INSERT INTO audit_events (workspace_id, sequence, at, actor_id, action, entity_kind, entity_id, summary,
            before_state, after_state, previous_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Inserts a sealed record without moving the workspace's head (the caller does).
    static func insertAuditRecord(_ db: Database, _ record: AuditRecord) throws {
        let statement = try RawStatement(db, sql: insertAuditSQL)
        bind(record, to: statement)
        try statement.run()
    }

    /// Binds the parameters of ``insertAuditSQL`` to `record`.
    static func bind(_ record: AuditRecord, to statement: RawStatement) {
        statement.bind(1, record.workspaceID)
        statement.bind(2, record.sequence)
        statement.bind(3, record.at.secondsSinceEpoch)
        statement.bind(4, record.actorID)
        statement.bind(5, record.action.rawValue)
        statement.bind(6, record.entity.kind.rawValue)
        statement.bind(7, record.entity.id)
        statement.bind(8, record.summary)
        statement.bind(9, record.before)
        statement.bind(10, record.after)
        statement.bind(11, record.previousHash)
        statement.bind(12, record.hash)
    }

    static func auditHead(_ db: Database, workspace: ID<Workspace>) throws -> AuditHead {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT audit_head_sequence, audit_head_hash FROM workspaces WHERE id = ?"),
                arguments: [workspace]
            )
        else { throw StoreError.notFound("The workspace") }
        return AuditHead(sequence: row[0], hash: row[1])
    }

    public func auditHead(of workspace: ID<Workspace>) async throws -> AuditHead {
        try await read { db in try Self.auditHead(db, workspace: workspace) }
    }

    public func foldAuditRecords<State: Sendable>(
        in workspace: ID<Workspace>,
        into state: State,
        _ step: @Sendable (inout State, AuditRecord) -> Bool
    ) async throws -> State {
        try await read { db in
            var state = state
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT * FROM audit_events WHERE workspace_id = ? ORDER BY sequence",
                arguments: [workspace]
            )
            while let row = try rows.next() {
                guard step(&state, try AuditRecord(row: row)) else { break }
            }
            return state
        }
    }

    public func foldEntriesWithAuditedState<State: Sendable>(
        in workspace: ID<Workspace>,
        into state: State,
        _ step: @Sendable (inout State, TimeEntry, String?) -> Bool
    ) async throws -> State {
        try await read { db in
            var state = state
            let statement = try db.makeStatement(
                sql: """
                    SELECT \(TimeEntry.selection),
                        (SELECT a.after_state FROM audit_events a
                         WHERE a.workspace_id = e.workspace_id AND a.entity_kind = 'time_entry' AND a.entity_id = e.id
                         ORDER BY a.sequence DESC LIMIT 1) AS audited_state
                    FROM time_entries e WHERE e.workspace_id = ? ORDER BY e.number
                    """
            )
            statement.arguments = [workspace]
            // The audited state follows the entry's columns.
            let audited = Int32(TimeEntry.columnCount)
            try TimeEntry.forEach(statement) { entry, row in step(&state, entry, row.text(audited)) }
            return state
        }
    }

    public func foldStoredEntries<State: Sendable>(
        in workspace: ID<Workspace>,
        into state: State,
        _ step: @Sendable (inout State, StoredEntryText) throws -> Bool
    ) async throws -> State {
        try await read { db in
            var state = state
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT number, id, person_id, client_id, project_id, started_at, ended_at, memo, tag_names,
                        is_billable, source, created_at, deleted_at, price_kind, price_minor, price_currency, import_key,
                        task_id
                    FROM time_entries WHERE workspace_id = ? ORDER BY number
                    """,
                arguments: [workspace]
            )
            while let row = try rows.next() {
                let entry = StoredEntryText(
                    number: row[0],
                    id: row[1],
                    personID: row[2],
                    clientID: row[3],
                    projectID: row[4],
                    start: row[5],
                    end: row[6],
                    memo: row[7],
                    tagNames: row[8],
                    isBillable: row[9],
                    source: row[10],
                    createdAt: row[11],
                    deletedAt: row[12],
                    priceKind: row[13],
                    priceMinor: row[14],
                    priceCurrency: row[15],
                    importKey: row[16],
                    taskID: row[17]
                )
                guard try step(&state, entry) else { break }
            }
            return state
        }
    }

    public func recentAuditRecords(in workspace: ID<Workspace>, limit: Int) async throws -> [AuditRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM audit_events WHERE workspace_id = ? ORDER BY sequence DESC LIMIT ?",
                arguments: [workspace, limit]
            ).map(AuditRecord.init(row:))
        }
    }
}
