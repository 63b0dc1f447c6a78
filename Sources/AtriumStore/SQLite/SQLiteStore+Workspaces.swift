import AtriumCore
import GRDB

extension SQLiteStore: WorkspaceStore {
    public func createWorkspace(_ workspace: Workspace, owner: Person, stamp: AuditStamp) async throws {
        try await write { db in try Self.createWorkspace(db, workspace, owner: owner, stamp: stamp) }
    }

    /// Inserts the workspace, its owner and the first audit record.
    static func createWorkspace(_ db: Database, _ workspace: Workspace, owner: Person, stamp: AuditStamp) throws {
        var arguments = workspace.databaseArguments
        arguments += ["audit_head_hash": AuditHead.empty.hash]
        try db.run(
            """
            INSERT INTO workspaces (id, name, base_currency, zone, week_start, default_rate_minor, audit_head_hash,
                created_at, invoice_details)
            VALUES (:id, :name, :base_currency, :zone, :week_start, :default_rate_minor, :audit_head_hash, :created_at,
                :invoice_details)
            """,
            arguments: arguments
        )
        try insertPerson(db, owner)
        try appendAudit(
            db,
            workspace: workspace.id,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: .created,
                entity: AuditEntity(kind: .workspace, id: workspace.id.description),
                summary: "workspace \(workspace.name) created",
                before: nil,
                after: AuditState.json(workspace.billingState)
            )
        )
    }

    public func workspaces() async throws -> [Workspace] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM workspaces ORDER BY created_at, id").map(Workspace.init(row:))
        }
    }

    public func workspaceIDs() async throws -> [ID<Workspace>] {
        try await read { db in
            let statement = try db.cachedStatement(sql: "SELECT id FROM workspaces ORDER BY created_at, id")
            return try RawRow.fetchAll(statement) { row in try row.requiredID(0, table: "workspaces", name: "id") }
        }
    }

    public func workspace(_ id: ID<Workspace>) async throws -> Workspace {
        try await read { db in try Self.workspace(db, id) }
    }

    static func workspace(_ db: Database, _ id: ID<Workspace>) throws -> Workspace {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM workspaces WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound("The workspace")
        }
        return try Workspace(row: row)
    }

    public func updateWorkspace(
        _ id: ID<Workspace>,
        stamp: AuditStamp,
        _ change: @Sendable (inout Workspace) throws -> Void
    ) async throws -> Workspace {
        try await write { db in
            let before = try Self.workspace(db, id)
            var after = before
            try change(&after)
            after.id = before.id
            try db.run(
                """
                UPDATE workspaces SET name = :name, base_currency = :base_currency, zone = :zone,
                    week_start = :week_start, default_rate_minor = :default_rate_minor,
                    invoice_details = :invoice_details
                WHERE id = :id
                """,
                arguments: after.databaseArguments
            )
            if before.defaultRate != after.defaultRate || before.baseCurrency != after.baseCurrency {
                try Self.appendAudit(
                    db,
                    workspace: id,
                    AuditDraft(
                        at: stamp.at,
                        actorID: stamp.actorID,
                        action: .rateChanged,
                        entity: AuditEntity(kind: .workspace, id: id.description),
                        summary: "workspace default rate changed",
                        before: AuditState.json(before.billingState),
                        after: AuditState.json(after.billingState)
                    )
                )
            }
            return after
        }
    }

    public func people(in workspace: ID<Workspace>) async throws -> [Person] {
        try await read { db in try Self.people(db, workspace) }
    }

    static func people(_ db: Database, _ workspace: ID<Workspace>) throws -> [Person] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM people WHERE workspace_id = ? ORDER BY created_at, id",
            arguments: [workspace]
        ).map(Person.init(row:))
    }

    /// SQLite's `data_version` of the pool's look-up connection, which never writes: it moves with
    /// every commit of any other connection, the server's writer and other processes alike. A single
    /// connection (a command) cannot see its own commits this way, so it answers nil.
    public func dataVersion() -> Int64? {
        guard let lookups else { return nil }
        return try? lookups.read { db in try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) }
    }

    /// Reads the workspace's revision first, in the same transaction, and returns the snapshot kept
    /// from an earlier read when it has not moved, reading only the parts it was kept without.
    public func snapshot(of workspace: ID<Workspace>, including parts: SnapshotParts) async throws
        -> WorkspaceSnapshot
    {
        try lookup { db in
            let revision = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT revision FROM workspaces WHERE id = ?"),
                arguments: [workspace]
            )
            guard let revision else { throw StoreError.notFound("The workspace") }
            let kept = snapshots.withLock { $0[workspace] }.flatMap { $0.revision == revision ? $0.snapshot : nil }
            if let kept, kept.parts.isSuperset(of: parts) { return kept }
            var snapshot =
                try kept
                ?? WorkspaceSnapshot(
                    workspace: try Self.workspace(db, workspace),
                    people: try Self.people(db, workspace),
                    clients: try Self.clients(db, workspace)
                )
            try Self.read(parts.subtracting(snapshot.parts), of: workspace, into: &snapshot, db)
            snapshots.withLock { $0[workspace] = (revision, snapshot) }
            return snapshot
        }
    }

    /// Adds `parts` of `workspace` to `snapshot`.
    private static func read(
        _ parts: SnapshotParts,
        of workspace: ID<Workspace>,
        into snapshot: inout WorkspaceSnapshot,
        _ db: Database
    ) throws {
        if parts.contains(.projects) { snapshot.add(projects: try projects(db, workspace)) }
        if parts.contains(.tasks) { snapshot.add(tasks: try tasks(db, workspace)) }
        if parts.contains(.assignments) { snapshot.add(assignments: try assignments(db, workspace)) }
        if parts.contains(.hours) {
            let hours = try workingHours(db, workspace)
            snapshot.add(clientHours: hours.clients, personHours: hours.people)
        }
        if parts.contains(.rates) { snapshot.add(personRates: try personRates(db, workspace)) }
    }

    static func assignments(_ db: Database, _ workspace: ID<Workspace>) throws -> [ID<Person>: Set<ID<Client>>] {
        var assignments: [ID<Person>: Set<ID<Client>>] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT person_id, client_id FROM client_assignments WHERE workspace_id = ?",
            arguments: [workspace]
        )
        for row in rows {
            let person: ID<Person> = try row.id("person_id", table: "client_assignments")
            assignments[person, default: []].insert(try row.id("client_id", table: "client_assignments"))
        }
        return assignments
    }

    /// - Throws: ``StoreError/notFound(_:)`` naming `what` unless `table` has a row `id` in `workspace`.
    static func require<Entity>(
        _ table: String,
        _ id: ID<Entity>,
        in workspace: ID<Workspace>,
        _ db: Database,
        what: String
    ) throws {
        let found = try Int.fetchOne(
            db,
            sql: "SELECT count(*) FROM \(table) WHERE id = ? AND workspace_id = ?",
            arguments: [id, workspace]
        )
        guard found == 1 else { throw StoreError.notFound(what) }
    }

    public func updatePerson(
        _ id: ID<Person>,
        in workspace: ID<Workspace>,
        _ change: @Sendable (inout Person) throws -> Void
    ) async throws -> Person {
        try await write { db in
            guard let before = try Self.people(db, workspace).first(where: { $0.id == id }) else {
                throw StoreError.notFound("The person")
            }
            var after = before
            try change(&after)
            after.id = before.id
            after.workspaceID = before.workspaceID
            try db.run(
                """
                UPDATE people SET name = :name, zone = :zone, language = :language, role = :role
                WHERE id = :id AND workspace_id = :workspace_id
                """,
                arguments: after.databaseArguments
            )
            if before.zone != after.zone { try Self.rebuildTotals(db, workspace: workspace, of: .person(id)) }
            return after
        }
    }

    public func setAssignments(of person: ID<Person>, to clients: Set<ID<Client>>, in workspace: ID<Workspace>)
        async throws
    {
        try await write { db in try Self.setAssignments(db, of: person, to: clients, in: workspace) }
    }

    static func setAssignments(
        _ db: Database,
        of person: ID<Person>,
        to clients: Set<ID<Client>>,
        in workspace: ID<Workspace>
    )
        throws
    {
        try require("people", person, in: workspace, db, what: "The person")
        try db.run(
            "DELETE FROM client_assignments WHERE person_id = ? AND workspace_id = ?",
            arguments: [person, workspace]
        )
        for client in clients.sorted(by: { $0.description < $1.description }) {
            try require("clients", client, in: workspace, db, what: "The client")
            try db.run(
                "INSERT INTO client_assignments (workspace_id, person_id, client_id) VALUES (?, ?, ?)",
                arguments: [workspace, person, client]
            )
        }
    }

    public func insertPerson(_ person: Person) async throws {
        try await write { db in try Self.insertPerson(db, person) }
    }

    static func insertPerson(_ db: Database, _ person: Person) throws {
        try db.run(
            """
            INSERT INTO people (id, workspace_id, name, email, role, zone, language, created_at)
            VALUES (:id, :workspace_id, :name, :email, :role, :zone, :language, :created_at)
            """,
            arguments: person.databaseArguments
        )
    }
}

extension Workspace {
    var billingState: AuditState.Billing {
        AuditState.Billing(name: name, currency: baseCurrency, rate: defaultRate, rounding: nil)
    }
}
