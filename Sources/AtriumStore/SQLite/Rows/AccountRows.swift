import AtriumCore
import GRDB

extension Account {
    /// A `people` row with the `password_hash` of its credentials (NULL when none).
    init(row: Row) throws {
        self.init(person: try Person(row: row), passwordHash: row["password_hash"])
    }
}

extension Session {
    init(row: Row) throws {
        self.init(
            tokenHash: row["token_hash"],
            workspaceID: try row.id("workspace_id", table: "sessions"),
            personID: try row.id("person_id", table: "sessions"),
            csrfToken: row["csrf_token"],
            createdAt: row.instant("created_at"),
            expiresAt: row.instant("expires_at")
        )
    }
}

extension APIToken {
    init(row: Row) throws {
        self.init(
            id: try row.id("id", table: "api_tokens"),
            workspaceID: try row.id("workspace_id", table: "api_tokens"),
            personID: try row.id("person_id", table: "api_tokens"),
            name: row["name"],
            prefix: row["prefix"],
            tokenHash: row["token_hash"],
            createdAt: row.instant("created_at"),
            lastUsedAt: row.optionalInstant("last_used_at"),
            revokedAt: row.optionalInstant("revoked_at")
        )
    }
}
