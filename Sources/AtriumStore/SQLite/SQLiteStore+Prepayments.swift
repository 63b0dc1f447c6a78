import AtriumCore
import GRDB

extension SQLiteStore {
    public func prepayments(of client: ID<Client>, in workspace: ID<Workspace>) async throws -> [Prepayment] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Invoice.columns) FROM invoices
                    WHERE workspace_id = ? AND client_id = ? AND kind = 'invoice' AND status IN ('issued', 'void')
                    ORDER BY issued_on, number
                    """,
                arguments: [workspace, client]
            ).compactMap { row in try Self.prepayment(db, Self.withLines(db, try Invoice(row: row))) }
        }
    }

    public func deductPrepayment(from sourceReference: String, to draftReference: String, in workspace: ID<Workspace>)
        async throws -> Invoice
    {
        try await write { db in
            var draft = try Self.invoice(db, draftReference, in: workspace)
            let source = try Self.invoice(db, sourceReference, in: workspace)
            guard draft.status == .draft else {
                throw StoreError.conflict(
                    "\(draft.reference) is \(draft.status.rawValue): only a draft takes deductions."
                )
            }
            guard source.clientID == draft.clientID, source.currency == draft.currency else {
                throw StoreError.conflict(
                    "\(source.reference) is another client's or in another currency than \(draft.reference)."
                )
            }
            let prepayment = try Self.prepayment(db, source)
            guard prepayment?.deductedOn.contains(draft.id) != true else {
                throw StoreError.conflict("\(draft.reference) deducts \(source.reference) already.")
            }
            guard let prepayment, prepayment.available.minorUnits > 0 else {
                throw StoreError.conflict(
                    "\(source.reference) leaves nothing to deduct: only what was paid on a deposit invoice or on a "
                        + "voided one, or paid beyond an invoice's total, can be deducted (and only once)."
                )
            }
            guard let line = prepayment.deduction(fromGross: try draft.totals.gross) else {
                throw StoreError.conflict("\(draft.reference) has nothing to deduct from yet: add its lines first.")
            }
            try Self.insertLine(db, line, draft.lines.count, invoice: draft)
            try db.run(
                """
                INSERT INTO prepayment_deductions (workspace_id, invoice_id, source_invoice_id, amount_minor)
                VALUES (?, ?, ?, ?)
                """,
                arguments: [workspace, draft.id, source.id, line.unitPrice.minorUnits]
            )
            draft.lines.append(line)
            return draft
        }
    }

    public func discardDraft(_ reference: String, in workspace: ID<Workspace>) async throws -> Invoice {
        try await write { db in
            let draft = try Self.invoice(db, reference, in: workspace)
            guard draft.status == .draft else {
                throw StoreError.conflict(
                    "\(draft.reference) is \(draft.status.rawValue): an issued invoice is never deleted; void it instead."
                )
            }
            try Self.releaseEntries(db, of: draft)
            try db.run("DELETE FROM invoices WHERE id = ?", arguments: [draft.id])
            return draft
        }
    }

    /// Whether later invoices deduct more from `invoice` than its payments leave for them.
    static func deductedBeyondPaid(_ db: Database, _ invoice: Invoice) throws -> Bool {
        let deducted = try deductions(db, from: invoice.id).reduce(0) { $0 + $1.amount }
        guard deducted > 0 else { return false }
        return try (prepayment(db, invoice)?.prepaid.minorUnits ?? 0) < deducted
    }

    /// The deductions from `source` of invoices that are not void: which invoice (and its
    /// reference), how much.
    static func deductions(_ db: Database, from source: ID<Invoice>) throws
        -> [(invoice: ID<Invoice>, reference: String, amount: Int64)]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.invoice_id, coalesce(i.number, 'INV-DRAFT-' || i.draft_number), d.amount_minor
                FROM prepayment_deductions d JOIN invoices i ON i.id = d.invoice_id
                WHERE d.source_invoice_id = ? AND i.status != 'void'
                """,
            arguments: [source]
        ).map { row in
            (try row.id(0, table: "prepayment_deductions", column: "invoice_id"), row[1], row[2])
        }
    }

    /// What `invoice` leaves for later invoices, read with its payments and the deductions of
    /// invoices that are not void.
    static func prepayment(_ db: Database, _ invoice: Invoice) throws -> Prepayment? {
        let paid =
            try Int64.fetchOne(
                db,
                sql: "SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE invoice_id = ?",
                arguments: [invoice.id]
            ) ?? 0
        let deductions = try deductions(db, from: invoice.id)
        var prepayment = try Prepayment.of(invoice, paid: paid, deducted: deductions.reduce(0) { $0 + $1.amount })
        prepayment?.deductedOn = Set(deductions.map(\.invoice))
        return prepayment
    }
}
