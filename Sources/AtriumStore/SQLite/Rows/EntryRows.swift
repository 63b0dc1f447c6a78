import AtriumCore
import GRDB

extension TimeEntry {
    /// The columns ``init(raw:hasTask:)`` reads; the tags come from the entry's kept `tag_names`.
    static let selection = selectionBeforeTasks + ", e.task_id"

    /// The columns as they were before tasks (migration 0012), for the migrations before it, which
    /// run on that schema.
    static let selectionBeforeTasks = """
        e.id, e.workspace_id, e.number, e.person_id, e.client_id, e.project_id, e.started_at, e.ended_at, e.memo,
        e.is_billable, e.source, e.created_at, e.deleted_at, e.tag_names, e.price_kind, e.price_minor,
        e.price_currency, e.import_key
        """

    /// How many columns ``selection`` has.
    static let columnCount = selection.split(separator: ",").count

    /// Reads the current row of a statement whose first columns are ``selection``, straight from
    /// SQLite (a month of entries is thousands of rows: no boxed values, ids parsed from SQLite's
    /// own bytes). Without `hasTask`, the row is of ``selectionBeforeTasks``.
    init(raw row: RawRow, hasTask: Bool = true) throws {
        let table = "time_entries"
        func id<Entity>(_ column: Int32, _ name: String) throws -> ID<Entity> {
            try row.requiredID(column, table: table, name: name)
        }
        self.init(
            id: try id(0, "id"),
            workspaceID: try id(1, "workspace_id"),
            number: Int(row.int64(2)),
            personID: try id(3, "person_id"),
            clientID: try id(4, "client_id"),
            projectID: row.isNull(5) ? nil : try id(5, "project_id"),
            taskID: !hasTask || row.isNull(18) ? nil : try id(18, "task_id"),
            start: Instant(secondsSinceEpoch: row.int64(6)),
            end: row.optionalInt64(7).map(Instant.init(secondsSinceEpoch:)),
            memo: row.text(8) ?? "",
            tags: (row.text(13) ?? "").split(separator: " ").map { TagName(stored: String($0)) },
            isBillable: row.int64(9) != 0,
            source: try row.stored(10, table: table, name: "source"),
            createdAt: Instant(secondsSinceEpoch: row.int64(11)),
            deletedAt: row.optionalInt64(12).map(Instant.init(secondsSinceEpoch:)),
            price: try Self.price(row, table: table),
            importKey: row.text(17)
        )
    }

    /// The entries of every row of `statement` (its arguments set), whose first columns are ``selection``.
    static func fetchAll(_ statement: Statement) throws -> [TimeEntry] {
        try RawRow.fetchAll(statement) { try TimeEntry(raw: $0) }
    }

    /// Calls `body` with the entry of each row of `statement` (its arguments set), and the row for the
    /// columns after ``selection``, until `body` returns false.
    static func forEach(_ statement: Statement, _ body: (TimeEntry, RawRow) throws -> Bool) throws {
        try RawRow.forEach(statement) { row in try body(try TimeEntry(raw: row), row) }
    }

    /// The entry of the first row of `statement` (its arguments set); nil when there is none.
    static func fetchOne(_ statement: Statement) throws -> TimeEntry? {
        try RawRow.fetchOne(statement) { try TimeEntry(raw: $0) }
    }

    /// The entry's own price from its kind, minor units and currency in columns `index` to `index + 2`
    /// (14–16 of ``selection``); nil when it has none.
    static func price(_ row: RawRow, at index: Int32 = 14, table: String) throws -> EntryPrice? {
        guard !row.isNull(index), !row.isNull(index + 1), let kind = row.text(index), let code = row.text(index + 2)
        else { return nil }
        guard let currency = try? Currency(code: code),
            let price = EntryPrice(kind: kind, minorUnits: row.int64(index + 1), currency: currency)
        else { throw StoreError.corruptValue(table: table, column: "price_kind", value: "\(kind) \(code)") }
        return price
    }

    /// The tags as the `tag_names` column holds them: their names sorted, separated by spaces.
    var tagNames: String { tags.map(\.name).sorted().joined(separator: " ") }

    /// The columns of `time_entries` an edit may change that differ from `before`, as named in
    /// ``databaseArguments`` (the tags are written apart, to their own table and `tag_names`).
    func columnsChanged(since before: TimeEntry) -> [String] {
        var columns: [String] = []
        if personID != before.personID { columns.append("person_id") }
        if clientID != before.clientID { columns.append("client_id") }
        if projectID != before.projectID { columns.append("project_id") }
        if taskID != before.taskID { columns.append("task_id") }
        if start != before.start { columns.append("started_at") }
        if end != before.end { columns.append("ended_at") }
        if memo != before.memo { columns.append("memo") }
        if isBillable != before.isBillable { columns.append("is_billable") }
        if deletedAt != before.deletedAt { columns.append("deleted_at") }
        if price != before.price { columns += ["price_kind", "price_minor", "price_currency"] }
        return columns
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "number": number, "person_id": personID, "client_id": clientID,
            "project_id": projectID, "task_id": taskID, "started_at": start.secondsSinceEpoch,
            "ended_at": end?.secondsSinceEpoch,
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
