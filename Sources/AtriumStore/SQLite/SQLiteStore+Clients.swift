import AtriumCore
import Foundation
import GRDB

extension SQLiteStore: ClientStore {
    public func clients(in workspace: ID<Workspace>) async throws -> [Client] {
        try await read { db in try Self.clients(db, workspace) }
    }

    static func clients(_ db: Database, _ workspace: ID<Workspace>) throws -> [Client] {
        let statement = try db.cachedStatement(
            sql: "SELECT \(Client.columns) FROM clients WHERE workspace_id = ? ORDER BY name COLLATE NOCASE"
        )
        statement.arguments = [workspace]
        return try RawRow.fetchAll(statement, Client.init(raw:))
    }

    static func client(_ db: Database, _ id: ID<Client>, in workspace: ID<Workspace>) throws -> Client {
        let statement = try db.cachedStatement(
            sql: "SELECT \(Client.columns) FROM clients WHERE id = ? AND workspace_id = ?"
        )
        statement.arguments = [id, workspace]
        guard let client = try RawRow.fetchOne(statement, Client.init(raw:)) else {
            throw StoreError.notFound("The client")
        }
        return client
    }

    public func insertClient(_ client: Client, contacts: [ClientContact], stamp: AuditStamp) async throws {
        try await write { db in try Self.insertClient(db, client, contacts: contacts, stamp: stamp) }
    }

    /// Inserts `client`, its contacts and its audit record.
    static func insertClient(_ db: Database, _ client: Client, contacts: [ClientContact], stamp: AuditStamp) throws {
        do {
            try db.run(
                "INSERT INTO clients (\(Client.columns)) VALUES (\(Client.placeholders))",
                arguments: client.databaseArguments
            )
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.conflict("There is already a client named \"\(client.name)\".")
        }
        try insertContacts(db, contacts, workspace: client.workspaceID)
        try appendAudit(
            db,
            workspace: client.workspaceID,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: .created,
                entity: AuditEntity(kind: .client, id: client.id.description),
                summary: "client \(client.name) created",
                before: nil,
                after: AuditState.json(client.billingState)
            )
        )
    }

    public func updateClient(
        _ id: ID<Client>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        addingContacts newContacts: [ClientContact],
        _ change: @Sendable (inout Client) throws -> Void
    ) async throws -> Client {
        try await write { db in
            let before = try Self.client(db, id, in: workspace)
            var after = before
            try change(&after)
            after.id = before.id
            after.workspaceID = before.workspaceID
            do {
                try db.run(
                    "UPDATE clients SET \(Client.assignments) WHERE id = :id AND workspace_id = :workspace_id",
                    arguments: after.databaseArguments
                )
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError.conflict("There is already a client named \"\(after.name)\".")
            }
            try Self.insertContacts(db, newContacts, workspace: workspace)
            let entity = AuditEntity(kind: .client, id: id.description)
            if before.rate != after.rate {
                try Self.auditBilling(
                    db,
                    .rateChanged,
                    of: entity,
                    in: workspace,
                    summary: "rate of \(after.name) changed",
                    before: before.billingState,
                    after: after.billingState,
                    stamp: stamp
                )
            }
            if before.rounding != after.rounding || before.roundingScope != after.roundingScope {
                try Self.auditBilling(
                    db,
                    .roundingChanged,
                    of: entity,
                    in: workspace,
                    summary: "rounding of \(after.name) changed",
                    before: before.billingState,
                    after: after.billingState,
                    stamp: stamp
                )
                // The kept totals are rounded per entry, whatever the scope.
                if before.rounding != after.rounding {
                    try Self.rebuildTotals(db, workspace: workspace, of: .client(id))
                }
            }
            return after
        }
    }

    public func contacts(of client: ID<Client>, in workspace: ID<Workspace>) async throws -> [ClientContact] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM client_contacts WHERE client_id = ? AND workspace_id = ?
                    ORDER BY is_primary DESC, name COLLATE NOCASE
                    """,
                arguments: [client, workspace]
            ).map(ClientContact.init(row:))
        }
    }

    static func insertContacts(_ db: Database, _ contacts: [ClientContact], workspace: ID<Workspace>) throws {
        for contact in contacts {
            _ = try client(db, contact.clientID, in: workspace)
            try db.run(
                """
                INSERT INTO client_contacts (id, workspace_id, client_id, name, email, phone, role, is_primary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    contact.id, workspace, contact.clientID, contact.name, contact.email, contact.phone, contact.role,
                    contact.isPrimary,
                ]
            )
        }
    }
}

extension Client {
    var billingState: AuditState.Billing {
        AuditState.Billing(name: name, currency: currency, rate: rate, rounding: rounding, scope: roundingScope)
    }

    static var placeholders: String { columnList.map { ":\($0)" }.joined(separator: ", ") }

    static var assignments: String {
        columnList.filter { $0 != "id" && $0 != "workspace_id" && $0 != "created_at" }.map { "\($0) = :\($0)" }
            .joined(separator: ", ")
    }

    private static var columnList: [String] {
        columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
