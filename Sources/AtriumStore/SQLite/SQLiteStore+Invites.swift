import AtriumCore
import GRDB

extension SQLiteStore {
    public func insertInvite(_ invite: Invite) async throws {
        try await write { db in
            try Self.requireFreeEmail(db, invite.email)
            try db.run(
                """
                INSERT INTO invites (token_hash, workspace_id, name, email, role, client_ids, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    invite.tokenHash, invite.workspaceID, invite.name, invite.email, invite.role.rawValue,
                    invite.clientIDs.map(\.description).sorted().joined(separator: ","),
                    invite.createdAt.secondsSinceEpoch, invite.expiresAt.secondsSinceEpoch,
                ]
            )
        }
    }

    public func invite(tokenHash: String) async throws -> Invite? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM invites WHERE token_hash = ?", arguments: [tokenHash])
                .map(Invite.init(row:))
        }
    }

    public func openInvites(in workspace: ID<Workspace>) async throws -> [Invite] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM invites WHERE workspace_id = ? AND accepted_at IS NULL ORDER BY created_at DESC",
                arguments: [workspace]
            ).map(Invite.init(row:))
        }
    }

    public func acceptInvite(tokenHash: String, as person: Person, passwordHash: String, at instant: Instant)
        async throws -> Person
    {
        try await write { db in
            try db.run(
                "UPDATE invites SET accepted_at = ? WHERE token_hash = ? AND accepted_at IS NULL",
                arguments: [instant.secondsSinceEpoch, tokenHash]
            )
            guard db.changesCount == 1,
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT * FROM invites WHERE token_hash = ?",
                    arguments: [tokenHash]
                )
            else { throw StoreError.conflict("This invitation has already been used.") }
            let invite = try Invite(row: row)
            let email = invite.email
            try Self.requireFreeEmail(db, email)
            var person = person
            let former = try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM people WHERE workspace_id = ? AND lower(email) = lower(?)
                    AND id NOT IN (SELECT person_id FROM credentials) ORDER BY created_at LIMIT 1
                    """,
                arguments: [person.workspaceID, email]
            ).map(Person.init(row:))
            if var former {
                former.role = invite.role
                try db.run(
                    "UPDATE people SET role = ? WHERE id = ?",
                    arguments: [former.role.rawValue, former.id]
                )
                person = former
            } else {
                try Self.insertPerson(db, person)
            }
            try db.run(
                """
                INSERT INTO credentials (person_id, workspace_id, email, password_hash, changed_at)
                VALUES (?, ?, ?, ?, ?)
                """,
                arguments: [person.id, person.workspaceID, email, passwordHash, instant.secondsSinceEpoch]
            )
            for client in invite.clientIDs {
                try db.run(
                    """
                    INSERT INTO client_assignments (workspace_id, person_id, client_id)
                    SELECT workspace_id, ?, id FROM clients WHERE id = ? AND workspace_id = ?
                    """,
                    arguments: [person.id, client, person.workspaceID]
                )
            }
            return person
        }
    }

    public func deleteInvite(tokenHash: String, in workspace: ID<Workspace>) async throws {
        try await write { db in
            try db.run(
                "DELETE FROM invites WHERE token_hash = ? AND workspace_id = ? AND accepted_at IS NULL",
                arguments: [tokenHash, workspace]
            )
            guard db.changesCount == 1 else { throw StoreError.notFound("The invitation") }
        }
    }

    public func removeAccess(of person: ID<Person>, in workspace: ID<Workspace>, at instant: Instant) async throws {
        try await write { db in
            try Self.require("people", person, in: workspace, db, what: "The person")
            try db.run("DELETE FROM credentials WHERE person_id = ?", arguments: [person])
            try db.run("DELETE FROM sessions WHERE person_id = ?", arguments: [person])
            try db.run("DELETE FROM client_assignments WHERE person_id = ?", arguments: [person])
            try db.run(
                "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE person_id = ?",
                arguments: [instant.secondsSinceEpoch, person]
            )
        }
    }

    /// - Throws: ``StoreError/conflict(_:)`` when someone already signs in with `email`.
    static func requireFreeEmail(_ db: Database, _ email: String) throws {
        if try String.fetchOne(db, sql: "SELECT person_id FROM credentials WHERE email = ?", arguments: [email]) != nil
        {
            throw StoreError.conflict("Someone already signs in with \(email).")
        }
    }
}

extension Invite {
    init(row: Row) throws {
        let ids: String = row["client_ids"]
        self.init(
            tokenHash: row["token_hash"],
            workspaceID: try row.id("workspace_id", table: "invites"),
            name: row["name"],
            email: row["email"],
            role: try row.parsed("role", table: "invites") { try PersonRole.parse($0, what: "role") },
            clientIDs: Set(
                try ids.split(separator: ",").map { text in
                    try ID<Client>(String(text)).orCorrupt(table: "invites", column: "client_ids", value: ids)
                }
            ),
            createdAt: row.instant("created_at"),
            expiresAt: row.instant("expires_at"),
            acceptedAt: row.optionalInstant("accepted_at")
        )
    }
}
