import AtriumCore
import GRDB

extension Invoice {
    static let columns = """
        id, workspace_id, client_id, draft_number, number, status, currency, period_from, period_to, issued_on, due_on,
        terms, created_at, kind, credits_invoice_id
        """

    /// Reads a row of ``columns``; the lines come separately.
    init(row: Row) throws {
        let table = "invoices"
        let currency = try row.parsed("currency", table: table) { try Currency(code: $0) }
        let from = try row.parsed("period_from", table: table) { try TimeExpression.parseISODate($0) }
        let to = try row.parsed("period_to", table: table) { try TimeExpression.parseISODate($0) }
        self.init(
            id: try row.id("id", table: table),
            workspaceID: try row.id("workspace_id", table: table),
            clientID: try row.id("client_id", table: table),
            draftNumber: row["draft_number"],
            currency: currency,
            period: from...max(from, to),
            createdAt: Instant(secondsSinceEpoch: row["created_at"])
        )
        number = row["number"]
        status = try row.parsed("status", table: table) { text in
            guard let status = Status(rawValue: text) else { throw InvalidInput(text) }
            return status
        }
        issuedOn = try (row["issued_on"] as String?).map { text in
            try (try? TimeExpression.parseISODate(text)).orCorrupt(table: table, column: "issued_on", value: text)
        }
        dueOn = try (row["due_on"] as String?).map { text in
            try (try? TimeExpression.parseISODate(text)).orCorrupt(table: table, column: "due_on", value: text)
        }
        terms = row["terms"]
        kind = try row.parsed("kind", table: table) { text in
            guard let kind = Kind(rawValue: text) else { throw InvalidInput(text) }
            return kind
        }
        creditsInvoiceID = try row.optionalID("credits_invoice_id", table: table)
    }
}

extension InvoiceLine {
    /// Reads a line's row: kind, description, quantity, unit price, tax rate and mode.
    init(row: Row, currency: Currency) throws {
        let table = "invoice_lines"
        let kind = try (Kind(rawValue: row[0] as String)).orCorrupt(
            table: table,
            column: "kind",
            value: row[0] as String
        )
        let mode = try (TaxRate.Mode(rawValue: row[5] as String)).orCorrupt(
            table: table,
            column: "tax_mode",
            value: row[5] as String
        )
        let tax = try (try? TaxRate(basisPoints: row[4], mode: mode)).orCorrupt(
            table: table,
            column: "tax_basis_points",
            value: row[4] as Int
        )
        self.init(
            kind: kind,
            description: row[1],
            quantity: row[2],
            unitPrice: Money(minorUnits: row[3], currency: currency),
            tax: tax
        )
    }
}

extension Payment {
    static let columns = """
        id, workspace_id, invoice_id, amount_minor, currency, paid_on, method, reference, reverses_payment_id,
        created_at
        """

    init(row: Row) throws {
        let table = "payments"
        let currency = try row.parsed("currency", table: table) { try Currency(code: $0) }
        self.init(
            id: try row.id("id", table: table),
            workspaceID: try row.id("workspace_id", table: table),
            invoiceID: try row.id("invoice_id", table: table),
            amount: Money(minorUnits: row["amount_minor"], currency: currency),
            paidOn: try row.parsed("paid_on", table: table) { try TimeExpression.parseISODate($0) },
            method: row["method"],
            reference: row["reference"],
            reverses: try row.optionalID("reverses_payment_id", table: table),
            createdAt: row.instant("created_at")
        )
    }
}
