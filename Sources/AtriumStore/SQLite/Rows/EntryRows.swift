import AtriumCore
import GRDB

extension TimeEntry {
    /// The columns ``init(row:)`` reads; the tags come from the entry's kept `tag_names`.
    static let selection = """
        e.id, e.workspace_id, e.number, e.person_id, e.client_id, e.project_id, e.started_at, e.ended_at, e.memo,
        e.is_billable, e.source, e.created_at, e.deleted_at, e.tag_names, e.price_kind, e.price_minor,
        e.price_currency, e.import_key
        """

    /// Reads a row of ``selection`` by column position (names cost a lookup each, and a month of
    /// entries is thousands of rows).
    init(row: Row) throws {
        let table = "time_entries"
        let tagText: String = row[13] ?? ""
        self.init(
            id: try row.id(0, table: table, column: "id"),
            workspaceID: try row.id(1, table: table, column: "workspace_id"),
            number: row[2],
            personID: try row.id(3, table: table, column: "person_id"),
            clientID: try row.id(4, table: table, column: "client_id"),
            projectID: try (row[5] as String?).map { text in
                try ID<Project>(text).orCorrupt(table: table, column: "project_id", value: text)
            },
            start: Instant(secondsSinceEpoch: row[6]),
            end: (row[7] as Int64?).map(Instant.init(secondsSinceEpoch:)),
            memo: row[8],
            tags: tagText.split(separator: " ").map { TagName(stored: String($0)) },
            isBillable: row[9],
            source: try row.stored(EntrySource.self, at: 10, table: table, column: "source"),
            createdAt: Instant(secondsSinceEpoch: row[11]),
            deletedAt: (row[12] as Int64?).map(Instant.init(secondsSinceEpoch:)),
            price: try Self.price(row, table: table),
            importKey: row[17]
        )
    }

    /// The entry's own price from its kind, minor units and currency in columns `index` to `index + 2`
    /// (14–16 of ``selection``); nil when it has none.
    static func price(_ row: Row, at index: Int = 14, table: String) throws -> EntryPrice? {
        guard let kind = row[index] as String?, let minor = row[index + 1] as Int64?,
            let code = row[index + 2] as String?
        else {
            return nil
        }
        guard let currency = try? Currency(code: code),
            let price = EntryPrice(kind: kind, minorUnits: minor, currency: currency)
        else { throw StoreError.corruptValue(table: table, column: "price_kind", value: "\(kind) \(code)") }
        return price
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "number": number, "person_id": personID, "client_id": clientID,
            "project_id": projectID, "started_at": start.secondsSinceEpoch, "ended_at": end?.secondsSinceEpoch,
            "memo": memo, "is_billable": isBillable, "source": source.rawValue,
            "created_at": createdAt.secondsSinceEpoch, "deleted_at": deletedAt?.secondsSinceEpoch,
            "price_kind": price?.kind, "price_minor": price?.money.minorUnits,
            "price_currency": price?.money.currency.code,
            "import_key": importKey,
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
