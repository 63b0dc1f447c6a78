import AtriumCore
import GRDB

extension SQLiteStore: AccountStore {
    public func account(email: String) async throws -> Account? {
        try await read { db in
            let sql = """
                SELECT p.*, c.password_hash FROM credentials c JOIN people p ON p.id = c.person_id
                WHERE c.email = ?
                """
            return try Row.fetchOne(db, sql: sql, arguments: [email.lowercased()]).map(Account.init(row:))
        }
    }

    public func account(_ person: ID<Person>, in workspace: ID<Workspace>) async throws -> Account {
        try await read { db in
            let sql = """
                SELECT p.*, c.password_hash FROM people p LEFT JOIN credentials c ON c.person_id = p.id
                WHERE p.id = ? AND p.workspace_id = ?
                """
            guard let row = try Row.fetchOne(db, sql: sql, arguments: [person, workspace]) else {
                throw StoreError.notFound("The person")
            }
            return try Account(row: row)
        }
    }

    public func setCredentials(
        of person: ID<Person>,
        in workspace: ID<Workspace>,
        email: String,
        passwordHash: String
    ) async throws {
        let email = email.lowercased()
        try await write { db in
            try db.run(
                "UPDATE people SET email = ? WHERE id = ? AND workspace_id = ?",
                arguments: [email, person, workspace]
            )
            guard db.changesCount == 1 else { throw StoreError.notFound("The person") }
            let taken = try String.fetchOne(
                db,
                sql: "SELECT person_id FROM credentials WHERE email = ? AND person_id <> ?",
                arguments: [email, person]
            )
            if taken != nil { throw StoreError.conflict("Someone already signs in with \(email).") }
            try db.run(
                """
                INSERT INTO credentials (person_id, workspace_id, email, password_hash, changed_at)
                VALUES (?, ?, ?, ?, unixepoch())
                ON CONFLICT (person_id) DO UPDATE SET email = excluded.email,
                    password_hash = excluded.password_hash, changed_at = excluded.changed_at
                """,
                arguments: [person, workspace, email, passwordHash]
            )
        }
    }

    public func insertSession(_ session: Session) async throws {
        try await write { db in
            try db.run(
                """
                INSERT INTO sessions (token_hash, workspace_id, person_id, csrf_token, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    session.tokenHash, session.workspaceID, session.personID, session.csrfToken,
                    session.createdAt.secondsSinceEpoch, session.expiresAt.secondsSinceEpoch,
                ]
            )
        }
    }

    public func session(tokenHash: String) async throws -> (session: Session, role: PersonRole)? {
        try lookup { db in
            let sql = "SELECT s.*, p.role FROM sessions s JOIN people p ON p.id = s.person_id WHERE s.token_hash = ?"
            guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [tokenHash]) else { return nil }
            return (try Session(row: row), try Self.role(row, table: "people"))
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await write { db in try db.run("DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func deleteSessions(of person: ID<Person>, keeping: String?) async throws {
        try await write { db in
            try db.run(
                "DELETE FROM sessions WHERE person_id = ? AND token_hash IS NOT ?",
                arguments: [person, keeping]
            )
        }
    }

    public func purge(sessionsExpiredBy sessions: Instant, failuresBefore failures: Instant) async throws {
        try await write { db in
            try db.run("DELETE FROM sessions WHERE expires_at <= ?", arguments: [sessions.secondsSinceEpoch])
            try db.run("DELETE FROM login_failures WHERE at < ?", arguments: [failures.secondsSinceEpoch])
        }
    }

    public func recordLoginFailure(account: String, address: String, at instant: Instant) async throws {
        try await write { db in
            try db.run(
                "INSERT INTO login_failures (account, address, at) VALUES (?, ?, ?)",
                arguments: [account, address, instant.secondsSinceEpoch]
            )
        }
    }

    public func loginFailures(account: String, address: String, after instant: Instant) async throws -> [Instant] {
        try await read { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT at FROM login_failures WHERE account = ? AND address = ? AND at > ? ORDER BY at",
                arguments: [account, address, instant.secondsSinceEpoch]
            ).map(Instant.init(secondsSinceEpoch:))
        }
    }

    public func clearLoginFailures(account: String, address: String) async throws {
        try await write { db in
            try db.run("DELETE FROM login_failures WHERE account = ? AND address = ?", arguments: [account, address])
        }
    }

    public func insertAPIToken(_ token: APIToken) async throws {
        try await write { db in
            try db.run(
                """
                INSERT INTO api_tokens (id, workspace_id, person_id, name, prefix, token_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    token.id, token.workspaceID, token.personID, token.name, token.prefix, token.tokenHash,
                    token.createdAt.secondsSinceEpoch,
                ]
            )
        }
    }

    public func useAPIToken(tokenHash: String, at instant: Instant) async throws -> (
        token: APIToken, role: PersonRole
    )? {
        let found = try lookup { db -> (APIToken, PersonRole)? in
            let sql = "SELECT t.*, p.role FROM api_tokens t JOIN people p ON p.id = t.person_id WHERE t.token_hash = ?"
            guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [tokenHash]) else { return nil }
            return (try APIToken(row: row), try Self.role(row, table: "people"))
        }
        guard let found else { return nil }
        var token = found.0
        let role = found.1
        // Last use is kept to the minute: a busy script does not turn every read into a write.
        if token.revokedAt == nil, (token.lastUsedAt?.seconds(until: instant) ?? .max) >= 60 {
            let id = token.id
            try await write { db in
                try db.run(
                    "UPDATE api_tokens SET last_used_at = ? WHERE id = ?",
                    arguments: [instant.secondsSinceEpoch, id]
                )
            }
            token.lastUsedAt = instant
        }
        return (token, role)
    }

    private static func role(_ row: Row, table: String) throws -> PersonRole {
        try row.parsed("role", table: table) { try PersonRole.parse($0, what: "role") }
    }

    public func apiTokens(of person: ID<Person>, in workspace: ID<Workspace>) async throws -> [APIToken] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM api_tokens WHERE person_id = ? AND workspace_id = ? ORDER BY created_at DESC, id",
                arguments: [person, workspace]
            ).map(APIToken.init(row:))
        }
    }

    public func revokeAPIToken(
        _ id: ID<APIToken>,
        of person: ID<Person>,
        in workspace: ID<Workspace>,
        at instant: Instant
    ) async throws -> APIToken {
        try await write { db in
            try db.run(
                """
                UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?)
                WHERE id = ? AND person_id = ? AND workspace_id = ?
                """,
                arguments: [instant.secondsSinceEpoch, id, person, workspace]
            )
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM api_tokens WHERE id = ?", arguments: [id]),
                db.changesCount == 1
            else { throw StoreError.notFound("The API token") }
            return try APIToken(row: row)
        }
    }
}
