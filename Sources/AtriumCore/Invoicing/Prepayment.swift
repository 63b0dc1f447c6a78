/// Money a client paid on an issued invoice beyond what that invoice itself settles, which a later
/// invoice of theirs deducts:
///
/// - **a deposit invoice** (one with a ``InvoiceLine/Kind/deposit`` line): everything paid on it;
/// - **an overpaid invoice**: what was paid beyond its total (the client's credit).
///
/// **Deduction rule**: the later invoice gets a ``InvoiceLine/Kind/prepayment`` line of the amount
/// deducted, counted negative, with the deposit's tax rate *inside* it — so deducting a deposit of
/// AUD 1,650.00 (1,500.00 + 10 %) removes 1,500.00 net and 150.00 tax, and the tax charged in advance
/// is not charged twice. An overpayment carries no tax. At most what is still available, and at
/// most the later invoice's total, is deducted: its total never goes below zero.
public struct Prepayment: Sendable, Equatable {
    /// The invoice the money was paid on.
    public var invoiceID: ID<Invoice>
    public var reference: String
    public var isDeposit: Bool
    /// What the payments there leave for later invoices.
    public var prepaid: Money
    /// What later invoices (drafts and issued ones, not void) deduct already.
    public var deducted: Money
    /// The deposit line's tax rate; none for an overpayment.
    public var tax: TaxRate
    /// The invoices (drafts and issued ones, not void) that deduct from it.
    public var deductedOn: Set<ID<Invoice>> = []
    /// Paid on an invoice that was voided afterwards: all of it is the client's credit.
    public var isFromVoid: Bool

    public init(
        invoiceID: ID<Invoice>,
        reference: String,
        isDeposit: Bool,
        prepaid: Money,
        deducted: Money,
        tax: TaxRate,
        isFromVoid: Bool = false
    ) {
        self.invoiceID = invoiceID
        self.reference = reference
        self.isDeposit = isDeposit
        self.prepaid = prepaid
        self.deducted = deducted
        self.tax = tax
        self.isFromVoid = isFromVoid
    }

    /// What the invoice and its payments leave to deduct: all that was paid on a deposit invoice or
    /// on a voided one (it bills nothing any more), the overpayment on any other; nil when there is
    /// nothing.
    ///
    /// - Throws: ``MoneyError`` for an invoice with lines in another currency (a stored one has none).
    public static func of(_ invoice: Invoice, paid: Int64, deducted: Int64) throws(MoneyError) -> Prepayment? {
        guard invoice.kind == .invoice, invoice.status != .draft else { return nil }
        let deposit = invoice.lines.first { $0.kind == .deposit }
        let gross = try invoice.totals.gross
        let prepaid = deposit == nil && invoice.status != .void ? paid - gross : paid
        guard prepaid > 0 else { return nil }
        return Prepayment(
            invoiceID: invoice.id,
            reference: invoice.reference,
            isDeposit: deposit != nil,
            prepaid: Money(minorUnits: prepaid, currency: invoice.currency),
            deducted: Money(minorUnits: deducted, currency: invoice.currency),
            tax: deposit.flatMap { try? TaxRate(basisPoints: $0.tax.basisPoints, mode: .inclusive) } ?? .none,
            isFromVoid: invoice.status == .void
        )
    }

    /// What is left to deduct.
    public var available: Money {
        Money(minorUnits: prepaid.minorUnits - deducted.minorUnits, currency: prepaid.currency)
    }

    /// The line deducting up to ``available`` from an invoice whose lines total `gross` so far;
    /// nil when nothing can be deducted (nothing left, or nothing to deduct from).
    public func deduction(fromGross gross: Int64) -> InvoiceLine? {
        let amount = min(available.minorUnits, gross)
        guard amount > 0 else { return nil }
        let what =
            isDeposit
            ? "Deposit paid on invoice \(reference)"
            : isFromVoid
                ? "Credit from the payments on voided invoice \(reference)"
                : "Credit from the overpayment of invoice \(reference)"
        return InvoiceLine(
            kind: .prepayment,
            description: what,
            quantity: 1000,
            unitPrice: Money(minorUnits: amount, currency: prepaid.currency),
            tax: tax
        )
    }
}
