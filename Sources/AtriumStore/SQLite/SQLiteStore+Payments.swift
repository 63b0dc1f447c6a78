import AtriumCore
import GRDB

extension SQLiteStore {
    public func addPayment(_ payment: Payment, to reference: String, in workspace: ID<Workspace>, stamp: AuditStamp)
        async throws -> Invoice
    {
        try await write { db in
            let invoice = try Self.invoice(db, reference, in: workspace)
            guard invoice.kind == .invoice else {
                throw StoreError.conflict("\(invoice.reference) is a credit note: payments go on invoices.")
            }
            switch invoice.status {
            case .draft:
                throw StoreError.conflict("\(invoice.reference) is a draft: issue it before recording payments.")
            case .void:
                // What was paid on it is the client's credit: it may be refunded (reversed), not added to.
                guard payment.reverses != nil else {
                    throw StoreError.conflict(
                        "\(invoice.reference) is void: it takes no payments (a reversal refunds what was paid on it)."
                    )
                }
            case .issued: break
            }
            guard payment.amount.currency == invoice.currency else {
                throw StoreError.conflict(
                    "\(invoice.reference) is in \(invoice.currency.code), not \(payment.amount.currency.code)."
                )
            }
            if let reversed = payment.reverses {
                guard
                    let original = try Row.fetchOne(
                        db,
                        sql: "SELECT \(Payment.columns) FROM payments WHERE id = ? AND invoice_id = ?",
                        arguments: [reversed, invoice.id]
                    ).map(Payment.init(row:)),
                    original.reverses == nil, original.amount.minorUnits == -payment.amount.minorUnits
                else { throw StoreError.conflict("That payment is not one of \(invoice.reference)'s to reverse.") }
            }
            do {
                try db.run(
                    "INSERT INTO payments (\(Payment.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        payment.id, workspace, invoice.id, payment.amount.minorUnits, payment.amount.currency.code,
                        payment.paidOn.description, payment.method, payment.reference, payment.reverses,
                        payment.createdAt.secondsSinceEpoch,
                    ]
                )
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError.conflict("That payment was already reversed.")
            }
            // A reversal may not take back money a later invoice deducts already (the transaction
            // then rolls back, the payment unrecorded).
            if payment.amount.minorUnits < 0, try Self.deductedBeyondPaid(db, invoice) {
                throw StoreError.conflict(
                    "A later invoice deducts money paid on \(invoice.reference): void or discard that one before reversing."
                )
            }
            try Self.auditInvoice(
                db,
                invoice.id,
                in: workspace,
                stamp: stamp,
                action: .created,
                summary: payment.reverses == nil
                    ? "payment of \(payment.amount.labeled) on invoice \(invoice.reference)"
                    : "payment reversed (\(payment.amount.labeled)) on invoice \(invoice.reference)",
                state: [
                    "payment": .string(payment.id.description), "amount": .integer(payment.amount.minorUnits),
                    "currency": .string(payment.amount.currency.code), "paidOn": .string(payment.paidOn.description),
                ]
            )
            return invoice
        }
    }

    public func payments(of invoice: ID<Invoice>, in workspace: ID<Workspace>) async throws -> [Payment] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Payment.columns) FROM payments WHERE invoice_id = ? AND workspace_id = ?
                    ORDER BY paid_on, created_at
                    """,
                arguments: [invoice, workspace]
            ).map(Payment.init(row:))
        }
    }

    public func voidInvoice(_ reference: String, in workspace: ID<Workspace>, on date: LocalDate, stamp: AuditStamp)
        async throws -> Invoice
    {
        try await write { db in
            let original = try Self.invoice(db, reference, in: workspace)
            guard original.isOpen else {
                let what = original.kind == .creditNote ? "a credit note" : original.status.rawValue
                throw StoreError.conflict("\(original.reference) is \(what): only an issued invoice can be voided.")
            }
            if let deducting = try Self.deductions(db, from: original.id).first?.reference {
                throw StoreError.conflict(
                    "\(deducting) deducts money paid on \(original.reference): void that one first (or discard it, if a draft)."
                )
            }
            var credit = Invoice(
                workspaceID: workspace,
                clientID: original.clientID,
                draftNumber: original.draftNumber,
                currency: original.currency,
                period: original.period,
                createdAt: stamp.at,
                lines: original.lines
            )
            credit.kind = .creditNote
            credit.creditsInvoiceID = original.id
            credit.status = .issued
            credit.number = try Self.nextNumber(db, workspace: workspace, on: date)
            credit.issuedOn = date
            credit.dueOn = date
            try db.run(
                """
                INSERT INTO invoices (id, workspace_id, client_id, draft_number, number, status, currency, period_from,
                    period_to, issued_on, due_on, terms, created_at, kind, credits_invoice_id)
                VALUES (?, ?, ?, 0, ?, 'issued', ?, ?, ?, ?, ?, NULL, ?, 'credit_note', ?)
                """,
                arguments: [
                    credit.id, workspace, credit.clientID, credit.number, credit.currency.code,
                    credit.period.lowerBound.description, credit.period.upperBound.description, date.description,
                    date.description, stamp.at.secondsSinceEpoch, original.id,
                ]
            )
            for (position, line) in credit.lines.enumerated() {
                try Self.insertLine(db, line, position, invoice: credit)
            }
            try db.run("UPDATE invoices SET status = 'void' WHERE id = ?", arguments: [original.id])
            try Self.releaseEntries(db, of: original)
            try Self.auditInvoice(
                db,
                original.id,
                in: workspace,
                stamp: stamp,
                action: .edited,
                summary: "invoice \(original.reference) voided by credit note \(credit.number ?? "")",
                state: ["creditNote": .string(credit.number ?? ""), "status": .string("void")]
            )
            return credit
        }
    }
}
