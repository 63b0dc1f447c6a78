import AtriumCore
import GRDB

extension SQLiteStore: InvoiceStore {
    public func unbilledEntries(
        of client: ID<Client>,
        in workspace: ID<Workspace>,
        startingIn interval: Range<Instant>
    ) async throws -> [BillableEntry] {
        try await read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT e.id, e.number, e.project_id, e.started_at, e.ended_at - e.started_at, e.price_kind,
                        e.price_minor, e.price_currency, ' ' || e.tag_names || ' ' LIKE '% rush %', e.person_id, e.memo
                    FROM time_entries e
                    WHERE e.client_id = ? AND e.started_at >= ? AND e.started_at < ? AND e.workspace_id = ?
                        AND e.ended_at IS NOT NULL AND e.deleted_at IS NULL AND e.is_billable = 1
                        AND NOT EXISTS (
                            SELECT 1 FROM invoice_entries ie JOIN invoices i ON i.id = ie.invoice_id
                            WHERE ie.entry_id = e.id AND i.status != 'void')
                    """,
                arguments: [
                    client, interval.lowerBound.secondsSinceEpoch, interval.upperBound.secondsSinceEpoch, workspace,
                ]
            )
            var entries: [BillableEntry] = []
            let table = "time_entries"
            while let row = try rows.next() {
                var price: EntryPrice?
                if let kind = row[5] as String?, let minor = row[6] as Int64?, let code = row[7] as String? {
                    let currency = try (try? Currency(code: code)).orCorrupt(
                        table: table,
                        column: "price_currency",
                        value: code
                    )
                    price = try EntryPrice(kind: kind, minorUnits: minor, currency: currency)
                        .orCorrupt(table: table, column: "price_kind", value: kind)
                }
                entries.append(
                    BillableEntry(
                        id: try row.id(0, table: table, column: "id"),
                        number: row[1],
                        projectID: try (row[2] as String?).map { text in
                            try ID<Project>(text).orCorrupt(table: table, column: "project_id", value: text)
                        },
                        start: Instant(secondsSinceEpoch: row[3]),
                        seconds: row[4],
                        price: price,
                        isRush: row[8],
                        personID: try row.id(9, table: table, column: "person_id"),
                        memo: row[10]
                    )
                )
            }
            return entries
        }
    }

    public func createDraft(_ invoice: Invoice, entries: [ID<TimeEntry>], stamp: AuditStamp) async throws -> Invoice {
        try await write { db in
            var draft = invoice
            try db.run(
                "UPDATE workspaces SET draft_sequence = draft_sequence + 1 WHERE id = ?",
                arguments: [invoice.workspaceID]
            )
            draft.draftNumber =
                try Int.fetchOne(
                    db,
                    sql: "SELECT draft_sequence FROM workspaces WHERE id = ?",
                    arguments: [invoice.workspaceID]
                )
                ?? 1
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
            for (position, line) in draft.lines.enumerated() { try Self.insertLine(db, line, position, invoice: draft) }
            // The entries as one JSON array: two statements for all of them, not two per entry.
            let ids = "[" + entries.map { "\"\($0.description)\"" }.joined(separator: ",") + "]"
            let taken = try String.fetchOne(
                db,
                sql: """
                    SELECT coalesce(i.number, 'INV-DRAFT-' || i.draft_number) FROM json_each(?) j
                    JOIN invoice_entries ie ON ie.entry_id = j.value JOIN invoices i ON i.id = ie.invoice_id
                    WHERE i.status != 'void' LIMIT 1
                    """,
                arguments: [ids]
            )
            if let taken { throw StoreError.conflict("An entry of this draft is already on \(taken).") }
            try db.run(
                "INSERT INTO invoice_entries (entry_id, invoice_id, workspace_id) SELECT value, ?, ? FROM json_each(?)",
                arguments: [draft.id, draft.workspaceID, ids]
            )
            return draft
        }
    }

    public func invoice(_ reference: String, in workspace: ID<Workspace>) async throws -> Invoice {
        try await read { db in try Self.invoice(db, reference, in: workspace) }
    }

    public func invoices(in workspace: ID<Workspace>) async throws -> [Invoice] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(Invoice.columns) FROM invoices WHERE workspace_id = ? ORDER BY draft_number DESC",
                arguments: [workspace]
            ).map { row in try Self.withLines(db, try Invoice(row: row)) }
        }
    }

    public func addLine(_ line: InvoiceLine, to reference: String, in workspace: ID<Workspace>) async throws -> Invoice
    {
        try await write { db in
            var invoice = try Self.invoice(db, reference, in: workspace)
            guard invoice.status == .draft else {
                throw StoreError.conflict(
                    "\(invoice.reference) is \(invoice.status.rawValue): only a draft takes new lines."
                )
            }
            try Self.insertLine(db, line, invoice.lines.count, invoice: invoice)
            invoice.lines.append(line)
            return invoice
        }
    }

    public func issue(
        _ reference: String,
        in workspace: ID<Workspace>,
        on date: LocalDate,
        terms: PaymentTerms,
        stamp: AuditStamp,
        check: @Sendable (Invoice) throws -> Void
    ) async throws -> Invoice {
        try await write { db in
            var invoice = try Self.invoice(db, reference, in: workspace)
            guard invoice.status == .draft else {
                throw StoreError.conflict("\(invoice.reference) is already \(invoice.status.rawValue).")
            }
            try check(invoice)
            invoice.number = try Self.nextNumber(db, workspace: workspace, on: date)
            invoice.status = .issued
            invoice.issuedOn = date
            invoice.dueOn = try terms.dueDate(issuedOn: date)
            invoice.terms = terms.description
            try db.run(
                "UPDATE invoices SET number = ?, status = 'issued', issued_on = ?, due_on = ?, terms = ? WHERE id = ?",
                arguments: [
                    invoice.number, date.description, invoice.dueOn?.description, invoice.terms, invoice.id,
                ]
            )
            let totals = try invoice.totals
            try Self.auditInvoice(
                db,
                invoice.id,
                in: workspace,
                stamp: stamp,
                action: .created,
                summary: "invoice \(invoice.number ?? "") issued",
                state: [
                    "number": .string(invoice.number ?? ""), "client": .string(invoice.clientID.description),
                    "currency": .string(invoice.currency.code), "net": .integer(totals.net),
                    "tax": .integer(totals.tax), "gross": .integer(totals.gross),
                    "issuedOn": .string(date.description),
                ]
            )
            return invoice
        }
    }

    /// The next number of the workspace's series, taken: the counter moves in the caller's
    /// transaction, so numbers are never shared or skipped.
    static func nextNumber(_ db: Database, workspace: ID<Workspace>, on date: LocalDate) throws -> String {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT invoice_pattern, invoice_sequence + 1 FROM workspaces WHERE id = ?",
                arguments: [workspace]
            )
        else { throw StoreError.notFound("The workspace") }
        let pattern = try InvoiceNumberPattern(row[0] as String)
        let sequence: Int = row[1]
        try db.run("UPDATE workspaces SET invoice_sequence = ? WHERE id = ?", arguments: [sequence, workspace])
        return pattern.number(sequence: sequence, issuedOn: date)
    }

    /// Appends the audit record of a change to an invoice (issued, paid, voided): `state` is what
    /// the change recorded.
    static func auditInvoice(
        _ db: Database,
        _ invoice: ID<Invoice>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        action: AuditAction,
        summary: String,
        state: [String: CanonicalJSON]
    ) throws {
        try appendAudit(
            db,
            workspace: workspace,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: action,
                entity: AuditEntity(kind: .invoice, id: invoice.description),
                summary: summary,
                before: nil,
                after: CanonicalJSON.object(state).text
            )
        )
    }

    static func invoice(_ db: Database, _ reference: String, in workspace: ID<Workspace>) throws -> Invoice {
        let text = reference.trimmingWhitespace()
        let draft = Int(text.uppercased().replacingOccurrences(of: "INV-DRAFT-", with: ""))
        let row =
            try Row.fetchOne(
                db,
                sql: "SELECT \(Invoice.columns) FROM invoices WHERE workspace_id = ? AND number = ?",
                arguments: [workspace, text]
            )
            ?? draft.flatMap { number in
                try? Row.fetchOne(
                    db,
                    sql:
                        "SELECT \(Invoice.columns) FROM invoices WHERE workspace_id = ? AND draft_number = ? AND kind = 'invoice'",
                    arguments: [workspace, number]
                )
            }
        guard let row else { throw StoreError.notFound("Invoice \(text)") }
        return try withLines(db, try Invoice(row: row))
    }

    static func withLines(_ db: Database, _ invoice: Invoice) throws -> Invoice {
        var invoice = invoice
        invoice.lines = try Row.fetchAll(
            db,
            sql: """
                SELECT kind, description, quantity, unit_price_minor, tax_basis_points, tax_mode FROM invoice_lines
                WHERE invoice_id = ? ORDER BY position
                """,
            arguments: [invoice.id]
        ).map { row in try InvoiceLine(row: row, currency: invoice.currency) }
        return invoice
    }

    static func insertLine(_ db: Database, _ line: InvoiceLine, _ position: Int, invoice: Invoice) throws {
        try db.run(
            """
            INSERT INTO invoice_lines (invoice_id, position, workspace_id, kind, description, quantity, unit_price_minor,
                tax_basis_points, tax_mode)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                invoice.id, position, invoice.workspaceID, line.kind.rawValue, line.description, line.quantity,
                line.unitPrice.minorUnits, line.tax.basisPoints, line.tax.mode.rawValue,
            ]
        )
    }
}
