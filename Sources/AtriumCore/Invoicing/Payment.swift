/// Money received against an issued invoice. Never edited: a mistake is corrected by a reversing
/// payment (the same amount, negative, pointing at the one it reverses).
public struct Payment: Sendable, Equatable {
    public var id: ID<Payment>
    public var workspaceID: ID<Workspace>
    public var invoiceID: ID<Invoice>
    /// Positive when received; negative for a reversal.
    public var amount: Money
    public var paidOn: LocalDate
    /// How it came: `bank transfer`, `card`, `PayPal`.
    public var method: String
    /// The payer's or bank's reference.
    public var reference: String
    /// The payment this one reverses.
    public var reverses: ID<Payment>?
    public var createdAt: Instant

    public init(
        id: ID<Payment> = ID(),
        workspaceID: ID<Workspace>,
        invoiceID: ID<Invoice>,
        amount: Money,
        paidOn: LocalDate,
        method: String = "",
        reference: String = "",
        reverses: ID<Payment>? = nil,
        createdAt: Instant
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.invoiceID = invoiceID
        self.amount = amount
        self.paidOn = paidOn
        self.method = method
        self.reference = reference
        self.reverses = reverses
        self.createdAt = createdAt
    }
}

/// Where an issued invoice stands with its payments.
public struct InvoiceBalance: Sendable, Equatable {
    /// The invoice's total.
    public var gross: Int64
    /// The sum of its payments (reversals counted negative).
    public var paid: Int64

    public init(gross: Int64, paid: Int64) {
        self.gross = gross
        self.paid = paid
    }

    /// What is still owed; zero once paid in full.
    public var due: Int64 { max(0, gross - paid) }
    /// What was paid beyond the total: kept as the client's credit.
    public var overpaid: Int64 { max(0, paid - gross) }

    /// `unpaid`, `partially paid` or `paid` (an invoice that totals nothing is paid: money paid in
    /// advance covered it).
    public var state: String {
        if gross <= 0 && paid >= 0 { return "paid" }
        if paid <= 0 { return "unpaid" }
        return paid < gross ? "partially paid" : "paid"
    }
}
