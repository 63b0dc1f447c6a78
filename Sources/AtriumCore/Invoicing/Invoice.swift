/// An invoice to one client: a draft while it is edited, then issued with its number, or void.
public struct Invoice: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// Being prepared: lines may change; numbered `INV-DRAFT-n`.
        case draft
        /// Sent: numbered from the workspace's pattern; it and its lines never change.
        case issued
        /// Cancelled by a credit note; its entries are free to bill again.
        case void
    }

    /// An invoice, or a credit note that cancels one.
    public enum Kind: String, Sendable, CaseIterable {
        case invoice
        case creditNote = "credit_note"
    }

    public var id: ID<Invoice>
    public var kind: Kind = .invoice
    /// For a credit note: the invoice it cancels.
    public var creditsInvoiceID: ID<Invoice>?
    public var workspaceID: ID<Workspace>
    public var clientID: ID<Client>
    /// The draft's own number (`INV-DRAFT-3`), kept after issue.
    public var draftNumber: Int
    /// The number given at issue (`2026-0007`); nil for a draft.
    public var number: String?
    public var status: Status
    public var currency: Currency
    /// The days whose work it bills, on the client's calendar.
    public var period: ClosedRange<LocalDate>
    public var issuedOn: LocalDate?
    public var dueOn: LocalDate?
    /// The payment terms as agreed (`net15`).
    public var terms: String?
    public var createdAt: Instant
    public var lines: [InvoiceLine]

    public init(
        id: ID<Invoice> = ID(),
        workspaceID: ID<Workspace>,
        clientID: ID<Client>,
        draftNumber: Int = 0,
        currency: Currency,
        period: ClosedRange<LocalDate>,
        createdAt: Instant,
        lines: [InvoiceLine] = []
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.clientID = clientID
        self.draftNumber = draftNumber
        number = nil
        status = .draft
        self.currency = currency
        self.period = period
        issuedOn = nil
        dueOn = nil
        terms = nil
        self.createdAt = createdAt
        self.lines = lines
    }

    /// How people name it: its number once issued, `INV-DRAFT-n` before.
    public var reference: String { number ?? Self.draftReference(draftNumber) }

    /// How a draft is named until it is issued: `INV-DRAFT-3`.
    public static func draftReference(_ draftNumber: Int) -> String { "INV-DRAFT-\(draftNumber)" }

    /// The sums of its lines.
    ///
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` for a line in another currency (lines are
    ///   checked when added, so a stored invoice has none).
    public var totals: InvoiceTotals {
        get throws(MoneyError) { try InvoiceTotals(lines: lines, currency: currency) }
    }

    /// Checks a draft with `line` added: its totals stay within ``Money/largestMinorUnits``, and a
    /// discount does not take the total below zero.
    ///
    /// - Throws: ``InvalidInput`` naming the line's field.
    public func checkAdding(_ line: InvoiceLine) throws(InvalidInput) {
        var changed = self
        changed.lines.append(line)
        let gross: Int64
        do {
            gross = try changed.totals.gross
        } catch .overflow {
            let largest = Money(minorUnits: Money.largestMinorUnits, currency: currency)
            throw InvalidInput(
                "with this line \(reference) would total more than \(largest.labeled)",
                field: "quantity"
            )
        } catch {
            throw InvalidInput(error.userMessage, field: "currency")
        }
        if line.kind == .discount, gross < 0 {
            // The total before the line: the total with it, less what the line adds (a negative amount).
            let before = Money(minorUnits: gross - line.amounts.gross, currency: currency)
            let discount = Money(minorUnits: -line.amount.minorUnits, currency: currency)
            throw InvalidInput(
                "the discount of \(discount.labeled) is more than \(reference)'s total, \(before.labeled)",
                field: "price"
            )
        }
    }

    /// Checks that a draft may be issued: it has lines and a positive total — or a total of zero when
    /// money paid in advance covers the work (the invoice then still records the work and the
    /// deduction).
    ///
    /// - Throws: ``InvalidInput`` on `invoice`.
    public func checkIssuable() throws {
        guard !lines.isEmpty else {
            throw InvalidInput("\(reference) has no lines: an empty draft cannot be issued", field: "invoice")
        }
        let gross = try totals.gross
        let covered = lines.contains { $0.kind == .prepayment }
        guard gross > 0 || (covered && gross == 0) else {
            throw InvalidInput("\(reference) totals nothing: it cannot be issued", field: "invoice")
        }
    }

    /// An issued invoice (not a credit note, not void): it takes payments and can be voided.
    public var isOpen: Bool { kind == .invoice && status == .issued }

    /// Whether it is past due on `today` with `owed` (minor units) still unpaid; a credit note never is.
    public func isOverdue(on today: LocalDate, owed: Int64) -> Bool {
        guard kind == .invoice, status == .issued, let dueOn, owed > 0 else { return false }
        return today > dueOn
    }

    /// How it stands on `today` with `balance`: `draft`, `void`, `credit note`, or the payment state
    /// (`unpaid`, `partially paid`, `paid`), `overdue, …` when past due and owed.
    public func standing(on today: LocalDate, balance: InvoiceBalance) -> String {
        if kind == .creditNote { return "credit note" }
        guard status == .issued else { return status.rawValue }
        return isOverdue(on: today, owed: balance.due) ? "overdue, \(balance.state)" : balance.state
    }
}
