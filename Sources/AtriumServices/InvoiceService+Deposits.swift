import AtriumCore
import AtriumStore

extension InvoiceService {
    /// Drafts a deposit invoice: `percent` (`30%`) of `estimate` (in the client's currency), as one
    /// line, dated today on the client's calendar. Issued and paid, it leaves its payments for a
    /// later invoice to deduct (see ``deduct(from:to:as:)``). Owners only.
    ///
    /// - Throws: ``InvalidInput`` naming `percent`, `estimate` or `tax`.
    public func deposit(
        client clientName: String,
        percent: String,
        of estimate: String,
        for purpose: String?,
        tax: String?,
        as caller: Caller
    ) async throws -> Shown {
        try caller.requireOwner(to: "draft invoices")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: clientName) }
        let share = try Percent.parse(percent, field: "percent")
        let total = try attributing(to: "estimate") { try Money.parse(estimate, currency: client.currency) }
        var rate = TaxRate.none
        if let tax { rate = try attributing(to: "tax") { try TaxRate.parse(tax) } }
        let line = try InvoiceLine.deposit(basisPoints: share, of: total, for: purpose, tax: rate)
        let instant = now()
        let today = client.zone.localDate(at: instant)
        let invoice = Invoice(
            workspaceID: caller.workspaceID,
            clientID: client.id,
            currency: client.currency,
            period: today...today,
            createdAt: instant,
            lines: [line]
        )
        let saved = try await store.createDraft(invoice, stamp: caller.stamp(at: instant))
        return try await shown(saved, client: client, caller: caller)
    }

    /// Deducts from the draft `draft` what is left of the money paid on `source` — a paid deposit
    /// invoice or an overpaid one — up to the draft's total (see ``Prepayment``). Owners only.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when there is nothing to deduct or `draft` is issued.
    public func deduct(from source: String, to draft: String, as caller: Caller) async throws -> Shown {
        try caller.requireOwner(to: "change invoices")
        let changed = try await store.deductPrepayment(from: source, to: draft, in: caller.workspaceID)
        return try await shown(changed, caller: caller)
    }

    /// Deletes a draft: its entries are free to bill again and its deductions are released. Owners only.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` for an issued invoice (void it instead).
    @discardableResult
    public func discard(_ reference: String, as caller: Caller) async throws -> Invoice {
        try caller.requireOwner(to: "discard drafts")
        return try await store.discardDraft(reference, in: caller.workspaceID)
    }
}
