import AtriumCore
import GRDB

extension TimeEntry {
    /// The columns ``init(row:)`` reads, tags gathered into one space-separated column.
    static let selection = """
        e.id, e.workspace_id, e.number, e.person_id, e.client_id, e.project_id, e.started_at, e.ended_at, e.memo,
        e.is_billable, e.source, e.created_at, e.deleted_at,
        (SELECT group_concat(t.name, ' ') FROM time_entry_tags et JOIN tags t ON t.id = et.tag_id
         WHERE et.entry_id = e.id) AS tag_names
        """

    init(row: Row) throws {
        let table = "time_entries"
        let tagText: String = row["tag_names"] ?? ""
        self.init(
            id: try row.id("id", table: table),
            workspaceID: try row.id("workspace_id", table: table),
            number: row["number"],
            personID: try row.id("person_id", table: table),
            clientID: try row.id("client_id", table: table),
            projectID: try row.optionalID("project_id", table: table),
            start: row.instant("started_at"),
            end: row.optionalInstant("ended_at"),
            memo: row["memo"],
            tags: try tagText.split(separator: " ").map { name in
                try row.parsed("tag_names", table: table) { _ in try TagName(String(name)) }
            },
            isBillable: row["is_billable"],
            source: try row.parsed("source", table: table) { try EntrySource.parse($0, what: "source") },
            createdAt: row.instant("created_at"),
            deletedAt: row.optionalInstant("deleted_at")
        )
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "number": number, "person_id": personID, "client_id": clientID,
            "project_id": projectID, "started_at": start.secondsSinceEpoch, "ended_at": end?.secondsSinceEpoch,
            "memo": memo, "is_billable": isBillable, "source": source.rawValue,
            "created_at": createdAt.secondsSinceEpoch, "deleted_at": deletedAt?.secondsSinceEpoch,
        ]
    }
}

extension AuditRecord {
    init(row: Row) throws {
        let table = "audit_events"
        self.init(
            workspaceID: try row.id("workspace_id", table: table),
            sequence: row["sequence"],
            at: row.instant("at"),
            actorID: try row.optionalID("actor_id", table: table),
            action: try row.parsed("action", table: table) { text in
                guard let action = AuditAction(rawValue: text) else { throw InvalidInput(text) }
                return action
            },
            entity: AuditEntity(
                kind: try row.parsed("entity_kind", table: table) { text in
                    guard let kind = AuditEntity.Kind(rawValue: text) else { throw InvalidInput(text) }
                    return kind
                },
                id: row["entity_id"]
            ),
            summary: row["summary"],
            before: row["before_state"],
            after: row["after_state"],
            previousHash: row["previous_hash"],
            hash: row["hash"]
        )
    }
}
