import AtriumCore
import GRDB

extension SQLiteStore {
    public func unbilledEntries(
        of client: ID<Client>,
        in workspace: ID<Workspace>,
        startingIn interval: Range<Instant>
    ) async throws -> [BillableEntry] {
        try await read { db in try Self.unbilled(db, of: client, in: workspace, startingIn: interval) }
    }

    public func draftInvoice(
        _ invoice: Invoice,
        billingEntriesStartingIn interval: Range<Instant>,
        stamp: AuditStamp,
        lines build: @Sendable ([BillableEntry]) throws -> InvoiceDraftBuilder.Draft
    ) async throws -> Invoice {
        try await write { db in
            let unbilled = try Self.unbilled(db, of: invoice.clientID, in: invoice.workspaceID, startingIn: interval)
            let made = try build(unbilled)
            var draft = invoice
            draft.lines = made.lines
            try Self.insertDraft(db, &draft)
            // Reserved by number, given in the order entries are made: a month's reservations are
            // written side by side. Only entries just read as unbilled can be reserved.
            let numbers = made.entryNumbers
            if numbers != unbilled.map(\.number) {
                let known = Set(unbilled.map(\.number))
                guard numbers.allSatisfy(known.contains) else {
                    throw StoreError.conflict("An entry of this draft is not unbilled.")
                }
            }
            do {
                try db.run(
                    """
                    INSERT INTO entry_reservations (workspace_id, entry_number, invoice_draft_number)
                    SELECT ?, value, ? FROM json_each(?)
                    """,
                    arguments: [
                        draft.workspaceID, draft.draftNumber,
                        "[" + numbers.map(String.init).joined(separator: ",") + "]",
                    ]
                )
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.conflict("An entry of this draft went on another invoice meanwhile.")
            }
            return draft
        }
    }

    public func createDraft(_ invoice: Invoice, stamp: AuditStamp) async throws -> Invoice {
        try await write { db in
            var draft = invoice
            try Self.insertDraft(db, &draft)
            return draft
        }
    }

    /// Frees the entries `invoice` holds (it is discarded or voided): they can be billed again.
    static func releaseEntries(_ db: Database, of invoice: Invoice) throws {
        try db.run(
            "DELETE FROM entry_reservations WHERE invoice_draft_number = ? AND workspace_id = ?",
            arguments: [invoice.draftNumber, invoice.workspaceID]
        )
    }

    /// Saves `draft` with its lines and the workspace's next draft number.
    private static func insertDraft(_ db: Database, _ draft: inout Invoice) throws {
        try db.run(
            "UPDATE workspaces SET draft_sequence = draft_sequence + 1 WHERE id = ?",
            arguments: [draft.workspaceID]
        )
        draft.draftNumber =
            try Int.fetchOne(
                db,
                sql: "SELECT draft_sequence FROM workspaces WHERE id = ?",
                arguments: [draft.workspaceID]
            ) ?? 1
        try db.run(
            """
            INSERT INTO invoices (id, workspace_id, client_id, draft_number, number, status, currency, period_from,
                period_to, issued_on, due_on, terms, created_at)
            VALUES (?, ?, ?, ?, NULL, 'draft', ?, ?, ?, NULL, NULL, NULL, ?)
            """,
            arguments: [
                draft.id, draft.workspaceID, draft.clientID, draft.draftNumber, draft.currency.code,
                draft.period.lowerBound.description, draft.period.upperBound.description,
                draft.createdAt.secondsSinceEpoch,
            ]
        )
        for (position, line) in draft.lines.enumerated() { try insertLine(db, line, position, invoice: draft) }
    }

    /// The client's billable, finished, undeleted entries starting in `interval` that no invoice holds.
    private static func unbilled(
        _ db: Database,
        of client: ID<Client>,
        in workspace: ID<Workspace>,
        startingIn interval: Range<Instant>
    ) throws -> [BillableEntry] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT e.number, e.project_id, e.started_at, e.ended_at - e.started_at, e.price_kind,
                    e.price_minor, e.price_currency, e.tag_names, e.person_id, e.memo, e.task_id
                FROM time_entries e
                WHERE e.client_id = ? AND e.started_at >= ? AND e.started_at < ? AND e.workspace_id = ?
                    AND e.ended_at IS NOT NULL AND e.deleted_at IS NULL AND e.is_billable = 1
                """
        )
        statement.arguments = [
            client, interval.lowerBound.secondsSinceEpoch, interval.upperBound.secondsSinceEpoch, workspace,
        ]
        // At most this many, counted from the client index alone: the array never grows by copying.
        let most =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM time_entries INDEXED BY time_entries_by_client
                    WHERE client_id = ? AND started_at >= ? AND started_at < ?
                    """,
                arguments: [client, interval.lowerBound.secondsSinceEpoch, interval.upperBound.secondsSinceEpoch]
            ) ?? 0
        let rows = try Row.fetchCursor(statement)
        let row = RawRow(statement)
        var entries: [BillableEntry] = []
        entries.reserveCapacity(most)
        let table = "time_entries"
        func corrupt(_ column: Int32, _ name: String) -> StoreError {
            StoreError.corruptValue(table: table, column: name, value: row.text(column) ?? "NULL")
        }
        while try rows.next() != nil {
            var price: EntryPrice?
            if !row.isNull(4) {
                guard let code = row.text(6), let currency = try? Currency(code: code) else {
                    throw corrupt(6, "price_currency")
                }
                guard let kind = row.text(4),
                    let parsed = EntryPrice(kind: kind, minorUnits: row.int64(5), currency: currency)
                else { throw corrupt(4, "price_kind") }
                price = parsed
            }
            guard let person: ID<Person> = row.id(8) else { throw corrupt(8, "person_id") }
            var project: ID<Project>?
            if !row.isNull(1) {
                guard let parsed: ID<Project> = row.id(1) else { throw corrupt(1, "project_id") }
                project = parsed
            }
            var task: ID<WorkTask>?
            if !row.isNull(10) {
                guard let parsed: ID<WorkTask> = row.id(10) else { throw corrupt(10, "task_id") }
                task = parsed
            }
            entries.append(
                BillableEntry(
                    number: Int(row.int64(0)),
                    projectID: project,
                    taskID: task,
                    start: Instant(secondsSinceEpoch: row.int64(2)),
                    seconds: row.int64(3),
                    price: price,
                    isRush: row.hasWord(7, "rush"),
                    personID: person,
                    memo: row.text(9) ?? ""
                )
            )
        }
        return try withoutReserved(db, entries, in: workspace)
    }

    /// `entries` less those an invoice holds. Their numbers are usually close together (made in
    /// the same weeks): the reservations among them are read as one range. When a few numbers lie far
    /// apart (an entry added long after), each is looked up instead, so the range never spans years.
    private static func withoutReserved(_ db: Database, _ entries: [BillableEntry], in workspace: ID<Workspace>)
        throws -> [BillableEntry]
    {
        guard let lowest = entries.min(by: { $0.number < $1.number })?.number,
            let highest = entries.max(by: { $0.number < $1.number })?.number
        else { return entries }
        var reserved: Set<Int> = []
        if highest - lowest <= 8 * entries.count + 1_000 {
            reserved = try Set(
                Int.fetchAll(
                    db,
                    sql: """
                        SELECT entry_number FROM entry_reservations
                        WHERE workspace_id = ? AND entry_number BETWEEN ? AND ?
                        """,
                    arguments: [workspace, lowest, highest]
                )
            )
        } else {
            let probe = try db.cachedStatement(
                sql: "SELECT 1 FROM entry_reservations WHERE workspace_id = ? AND entry_number = ?"
            )
            for entry in entries where try Int.fetchOne(probe, arguments: [workspace, entry.number]) != nil {
                reserved.insert(entry.number)
            }
        }
        return reserved.isEmpty ? entries : entries.filter { !reserved.contains($0.number) }
    }
}
