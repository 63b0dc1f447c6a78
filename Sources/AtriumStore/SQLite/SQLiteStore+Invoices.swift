import AtriumCore
import GRDB

extension SQLiteStore: InvoiceStore {
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
            try invoice.checkAdding(line)
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
