import AtriumCore
import AtriumDocuments
import AtriumStore

extension InvoiceService {
    /// Records a payment of `amount` (in the invoice's currency) received on `date` (today on the
    /// caller's calendar when nil). Paying more than is owed is kept: the excess is the client's credit.
    ///
    /// - Throws: ``InvalidInput`` on `amount` for a bad or non-positive amount;
    ///   ``StoreError/conflict(_:)`` for a draft, a void invoice or a credit note.
    public func pay(
        _ reference: String,
        amount text: String,
        on date: LocalDate?,
        method: String,
        paymentReference: String,
        as caller: Caller
    ) async throws -> Shown {
        try caller.requireOwner(to: "record payments")
        let invoice = try await store.invoice(reference, in: caller.workspaceID)
        let amount = try attributing(to: "amount") { try Money.parse(text, currency: invoice.currency) }
        guard amount.minorUnits > 0 else {
            throw InvalidInput(
                "a payment is more than zero; to correct one, reverse it with atrium payment reverse",
                field: "amount",
                neutral: "a payment is more than zero; to correct one, reverse it"
            )
        }
        let instant = now()
        let day: LocalDate
        if let date { day = date } else { day = try await today(for: caller) }
        let payment = Payment(
            workspaceID: caller.workspaceID,
            invoiceID: invoice.id,
            amount: amount,
            paidOn: day,
            method: method.trimmingWhitespace(),
            reference: paymentReference.trimmingWhitespace(),
            createdAt: instant
        )
        let updated = try await store.addPayment(
            payment,
            to: reference,
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant)
        )
        return try await shown(updated, caller: caller)
    }

    /// Reverses a payment of `reference` (a mistake is never edited away): the same amount, negative.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a payment the invoice does not have.
    public func reversePayment(_ paymentID: String, of reference: String, as caller: Caller) async throws -> Shown {
        try caller.requireOwner(to: "record payments")
        let invoice = try await store.invoice(reference, in: caller.workspaceID)
        let payments = try await store.payments(of: invoice.id, in: caller.workspaceID)
        let key = paymentID.trimmingWhitespace().lowercased()
        let matches = payments.filter { !key.isEmpty && $0.id.description.hasPrefix(key) && $0.reverses == nil }
        guard matches.count == 1, let original = matches.first else {
            throw StoreError.notFound("Payment \(paymentID) of \(invoice.reference)")
        }
        let instant = now()
        let reversal = Payment(
            workspaceID: caller.workspaceID,
            invoiceID: invoice.id,
            amount: Money(minorUnits: -original.amount.minorUnits, currency: original.amount.currency),
            paidOn: try await today(for: caller),
            method: original.method,
            reference: "reverses \(original.id.description.prefix(8))",
            reverses: original.id,
            createdAt: instant
        )
        let updated = try await store.addPayment(
            reversal,
            to: reference,
            in: caller.workspaceID,
            stamp: caller.stamp(at: instant)
        )
        return try await shown(updated, caller: caller)
    }

    /// Voids an issued invoice with a credit note (numbered next in the series, dated today); its
    /// entries can be billed again. Returns the credit note.
    public func void(_ reference: String, as caller: Caller) async throws -> Voided {
        try caller.requireOwner(to: "void invoices")
        let instant = now()
        let credit = try await store.voidInvoice(
            reference,
            in: caller.workspaceID,
            on: try await today(for: caller),
            stamp: caller.stamp(at: instant)
        )
        let voided = try await store.invoice(reference, in: caller.workspaceID)
        let paid = try await store.payments(of: voided.id, in: caller.workspaceID).reduce(0) {
            $0 + $1.amount.minorUnits
        }
        return Voided(
            creditNote: try await shown(credit, caller: caller),
            keptAsCredit: paid > 0 ? Money(minorUnits: paid, currency: voided.currency) : nil
        )
    }

    /// What voiding an invoice did.
    public struct Voided: Sendable {
        /// The credit note that cancels it.
        public var creditNote: Shown
        /// What was paid on the voided invoice: the client's credit, which a later draft can deduct
        /// (or a reversal refund); nil when nothing was paid.
        public var keptAsCredit: Money?

        /// A sentence on the credit, for people: empty when nothing was paid.
        public func creditNotice(of reference: String) -> String {
            guard let keptAsCredit else { return "" }
            return
                "\(keptAsCredit.labeled) paid on \(reference) stays the client's credit: a later draft can deduct it."
        }
    }

    /// The invoice as a standalone HTML document in its client's language (see ``InvoiceHTML``).
    public func html(_ reference: String, as caller: Caller) async throws -> String {
        let shown = try await show(reference, as: caller)
        let directory = try await Directory.load(store, for: caller)
        return try InvoiceHTML(
            invoice: shown.invoice,
            workspaceName: directory.workspace.name,
            workspaceDetails: directory.workspace.invoiceDetails,
            client: shown.client,
            paid: shown.balance.paid
        ).render()
    }

    private func today(for caller: Caller) async throws -> LocalDate {
        let directory = try await Directory.load(store, for: caller)
        return directory.person.zone.localDate(at: now())
    }
}
