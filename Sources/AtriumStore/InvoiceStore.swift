import AtriumCore

/// Invoices: drafts built from unbilled entries, lines, and issuing with a gapless number.
public protocol InvoiceStore: Sendable {
    /// The client's live, finished, billable entries starting in `interval` that are on no invoice
    /// (void ones aside).
    func unbilledEntries(of client: ID<Client>, in workspace: ID<Workspace>, startingIn interval: Range<Instant>)
        async throws -> [BillableEntry]

    /// Drafts an invoice in one transaction: reads the client's unbilled entries starting in
    /// `interval`, hands them to `build`, saves `invoice` with the lines it makes and the workspace's
    /// next draft number, and reserves the entries they bill (free again when the draft is discarded
    /// or the invoice voided). What `build` throws is thrown, with nothing written.
    func draftInvoice(
        _ invoice: Invoice,
        billingEntriesStartingIn interval: Range<Instant>,
        stamp: AuditStamp,
        lines build: @Sendable ([BillableEntry]) throws -> InvoiceDraftBuilder.Draft
    ) async throws -> Invoice

    /// Saves `invoice` (lines without entries, such as a deposit) as a new draft with the
    /// workspace's next draft number.
    func createDraft(_ invoice: Invoice, stamp: AuditStamp) async throws -> Invoice

    /// The invoice with this number, or this draft (`INV-DRAFT-3`, `3`).
    ///
    /// - Throws: ``StoreError/notFound(_:)``.
    func invoice(_ reference: String, in workspace: ID<Workspace>) async throws -> Invoice

    /// Every invoice of the workspace, newest draft number first.
    func invoices(in workspace: ID<Workspace>) async throws -> [Invoice]

    /// Adds `line` to a draft.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` for an invoice that is not a draft.
    func addLine(_ line: InvoiceLine, to reference: String, in workspace: ID<Workspace>) async throws -> Invoice

    /// Issues a draft: the next number from the workspace's pattern and counter, in the same
    /// transaction as the status change, so two issues never share or skip a number.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` for an invoice that is not a draft.
    func issue(
        _ reference: String,
        in workspace: ID<Workspace>,
        on date: LocalDate,
        terms: PaymentTerms,
        stamp: AuditStamp,
        check: @Sendable (Invoice) throws -> Void
    ) async throws -> Invoice

    /// Records `payment` against the issued invoice `reference`, checking in the same transaction
    /// that it is issued (not a draft, not void), in its currency, and that a reversal reverses a
    /// payment of this invoice not reversed before.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` naming what stands in the way.
    func addPayment(_ payment: Payment, to reference: String, in workspace: ID<Workspace>, stamp: AuditStamp)
        async throws -> Invoice

    /// The payments of an invoice, oldest first.
    func payments(of invoice: ID<Invoice>, in workspace: ID<Workspace>) async throws -> [Payment]

    /// Voids an issued invoice with a credit note numbered next in the same series and dated `date`;
    /// its entries are free to bill again. Returns the credit note.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` for a draft, a void invoice or a credit note.
    func voidInvoice(_ reference: String, in workspace: ID<Workspace>, on date: LocalDate, stamp: AuditStamp)
        async throws -> Invoice

    /// Sets the reminder schedule of the workspace (`client` nil) or of one client.
    /// The client's issued invoices that leave money for later ones (paid deposits, overpayments),
    /// with what later invoices deduct already, oldest first.
    func prepayments(of client: ID<Client>, in workspace: ID<Workspace>) async throws -> [Prepayment]
    /// Adds to the draft `draft` a line deducting what is left of the money paid on `source`, up to
    /// the draft's total, in one transaction (see ``Prepayment``).
    ///
    /// - Throws: ``StoreError/conflict(_:)`` unless `draft` is a draft and `source` an issued
    ///   invoice of the same client and currency with something left, or when the draft already
    ///   deducts it.
    func deductPrepayment(from source: String, to draft: String, in workspace: ID<Workspace>) async throws -> Invoice
    /// Deletes a draft with its lines, the entries it reserved (free to bill again) and its deductions.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` for an issued or void invoice, which is never deleted.
    func discardDraft(_ reference: String, in workspace: ID<Workspace>) async throws -> Invoice
    func setReminderSchedule(_ schedule: ReminderSchedule, client: ID<Client>?, in workspace: ID<Workspace>)
        async throws

    /// The workspace's reminder schedule (nil: the standard one) and clients' own.
    func reminderSchedules(in workspace: ID<Workspace>) async throws
        -> (workspace: ReminderSchedule?, clients: [ID<Client>: ReminderSchedule])
}
