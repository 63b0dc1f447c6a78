import AtriumCore
import AtriumStore

/// Drafting invoices from unbilled time, adding lines, issuing with the next number, listing.
public struct InvoiceService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// An invoice with its client, for showing.
    public struct Shown: Sendable {
        public var invoice: Invoice
        public var client: Client
        public var totals: InvoiceTotals
        /// Today on the client's calendar.
        public var today: LocalDate
        /// Its payments, oldest first (reversals included).
        public var payments: [Payment] = []
        /// For a draft with something to deduct from: the client's money paid on earlier invoices that
        /// it could still deduct (see ``Prepayment``).
        public var prepayments: [Prepayment] = []

        /// Paid, owed and overpaid, from the payments. A void invoice bills nothing: what was paid on
        /// it is the client's credit.
        public var balance: InvoiceBalance {
            InvoiceBalance(
                gross: invoice.status == .void ? 0 : totals.gross,
                paid: payments.reduce(0) { $0 + $1.amount.minorUnits }
            )
        }

        /// Whether it is past due today with money still owed.
        public var isOverdue: Bool { invoice.isOverdue(on: today, owed: balance.due) }

        /// See ``Invoice/standing(on:balance:)``.
        public var state: String { invoice.standing(on: today, balance: balance) }
    }

    /// Drafts an invoice for `clientName`'s unbilled billable entries of `period` (days on the
    /// client's calendar): one time line per project and rate, rounded per entry by the client's
    /// rule (see ``InvoiceDraftBuilder``); with `rushBasisPoints`, work tagged `+rush` gets that
    /// surcharge. A client on a retainer is billed its period instead (the
    /// one holding the first day): the fee, and the time beyond the included hours at the overage
    /// rate. Owners only.
    ///
    /// - Throws: ``InvoiceDraftBuilder/Problem`` when nothing is billable or a rate is missing.
    public func draft(
        client clientName: String,
        period: ClosedRange<LocalDate>,
        rushBasisPoints: Int? = nil,
        as caller: Caller
    ) async throws -> Shown {
        try caller.requireOwner(to: "draft invoices")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: clientName) }
        let builder = InvoiceDraftBuilder(
            client: client,
            projects: directory.projects.byID(),
            tasks: directory.snapshot.tasksByID,
            rates: directory.rateCard,
            people: directory.people.byID().mapValues(\.name)
        )
        let retainers = RetainerService(store: store, now: now)
        var billed = period
        let build: @Sendable ([BillableEntry]) throws -> InvoiceDraftBuilder.Draft
        let retainer = try await store.retainer(of: client.id, in: caller.workspaceID)
        if let retainer, period.lowerBound < retainer.startsOn {
            // Days before the retainer began bill at the client's rates; a period reaching into it
            // would bill the retainer's days twice over, so it is cut by the person drafting.
            guard period.upperBound < retainer.startsOn else {
                throw InvalidInput(
                    "\(client.name)'s retainer begins on \(retainer.startsOn), inside this period: draft up to "
                        + "\(retainer.startsOn.adding(days: -1)) at the client's rates, and the retainer's periods from "
                        + "\(retainer.startsOn)",
                    field: "from"
                )
            }
            build = { entries in try builder.draft(entries, rushBasisPoints: rushBasisPoints) }
        } else if let retained = try await retainers.period(
            of: client,
            containing: period.lowerBound,
            directory: directory,
            as: caller
        ) {
            billed = retained.period.dates
            try await requireNoRetainerInvoice(for: client, period: billed, as: caller)
            let terms = retained.status.retainer.terms
            let dates = billed
            let balance = retained.period.balance
            build = { entries in
                try builder.retainerDraft(terms: terms, period: dates, balance: balance, entries: entries)
            }
        } else {
            build = { entries in try builder.draft(entries, rushBasisPoints: rushBasisPoints) }
        }
        let instant = now()
        let invoice = Invoice(
            workspaceID: caller.workspaceID,
            clientID: client.id,
            currency: client.currency,
            period: billed,
            createdAt: instant,
            lines: []
        )
        let saved = try await store.draftInvoice(
            invoice,
            billingEntriesStartingIn: Self.interval(billed, zone: client.zone),
            stamp: caller.stamp(at: instant),
            lines: build
        )
        return try await shown(saved, client: client, caller: caller)
    }

    /// The instants of `days` on `zone`'s calendar.
    public static func interval(_ days: ClosedRange<LocalDate>, zone: ZoneID) -> Range<Instant> {
        zone.startOfDay(days.lowerBound)..<zone.startOfDay(days.upperBound.adding(days: 1))
    }

    /// Refuses a second invoice (not void) for the same retainer period: its fee would be billed twice.
    private func requireNoRetainerInvoice(for client: Client, period: ClosedRange<LocalDate>, as caller: Caller)
        async throws
    {
        let existing = try await store.invoices(in: caller.workspaceID).first { invoice in
            invoice.clientID == client.id && invoice.kind == .invoice && invoice.status != .void
                && invoice.period == period
        }
        if let existing {
            throw StoreError.conflict(
                "\(existing.reference) already bills \(client.name)'s retainer period \(period.lowerBound) – \(period.upperBound)."
            )
        }
    }

    /// Adds a line to a draft; amounts are read in the invoice's currency.
    ///
    /// - Throws: ``InvalidInput`` for a bad line; ``StoreError/conflict(_:)`` for an issued invoice.
    public func addLine(_ line: InvoiceLine, to reference: String, as caller: Caller) async throws -> Shown {
        try caller.requireOwner(to: "change invoices")
        try line.validate()
        let invoice = try await store.invoice(reference, in: caller.workspaceID)
        guard line.unitPrice.currency == invoice.currency else {
            throw InvalidInput(
                "\(invoice.reference) is in \(invoice.currency.code), not \(line.unitPrice.currency.code)",
                field: "currency"
            )
        }
        let changed = try await store.addLine(line, to: reference, in: caller.workspaceID)
        return try await shown(changed, caller: caller)
    }

    /// Adds a line as typed to a draft, read in the invoice's currency.
    ///
    /// - Throws: ``InvalidInput`` naming the field; ``StoreError/conflict(_:)`` for an issued invoice.
    public func addLine(_ input: InvoiceLineInput, to reference: String, as caller: Caller) async throws -> Shown {
        try caller.requireOwner(to: "change invoices")
        let invoice = try await store.invoice(reference, in: caller.workspaceID)
        return try await addLine(try input.line(in: invoice.currency), to: reference, as: caller)
    }

    /// Issues a draft today (on the caller's calendar) with `terms`: it gets the next number and its
    /// entries are locked.
    ///
    /// - Throws: ``InvalidInput`` for an empty draft or one whose total is not positive (zero is
    ///   allowed when a deducted prepayment covers it).
    public func issue(_ reference: String, terms: PaymentTerms, as caller: Caller) async throws -> Shown {
        try caller.requireOwner(to: "issue invoices")
        let directory = try await Directory.load(store, for: caller)
        let instant = now()
        let today = directory.person.zone.localDate(at: instant)
        let issued = try await store.issue(
            reference,
            in: caller.workspaceID,
            on: today,
            terms: terms,
            stamp: caller.stamp(at: instant)
        ) { invoice in try invoice.checkIssuable() }
        return try await shown(issued, caller: caller)
    }

    /// One invoice by number or draft reference.
    public func show(_ reference: String, as caller: Caller) async throws -> Shown {
        try caller.requireOwner(to: "see invoices")
        return try await shown(try await store.invoice(reference, in: caller.workspaceID), caller: caller)
    }

    /// Every invoice, newest first; only the overdue ones when asked.
    public func list(overdueOnly: Bool, as caller: Caller) async throws -> [Shown] {
        try caller.requireOwner(to: "see invoices")
        let directory = try await Directory.load(store, for: caller)
        var result: [Shown] = []
        for invoice in try await store.invoices(in: caller.workspaceID) {
            guard let client = directory.client(invoice.clientID) else { continue }
            let shown = try await shown(invoice, client: client, caller: caller)
            if !overdueOnly || shown.isOverdue { result.append(shown) }
        }
        return result
    }

    func shown(_ invoice: Invoice, caller: Caller) async throws -> Shown {
        let directory = try await Directory.load(store, for: caller)
        guard let client = directory.client(invoice.clientID) else { throw StoreError.notFound("The client") }
        return try await shown(invoice, client: client, caller: caller)
    }

    func shown(_ invoice: Invoice, client: Client, caller: Caller) async throws -> Shown {
        var shown = try shown(invoice, client: client)
        shown.payments = try await store.payments(of: invoice.id, in: caller.workspaceID)
        if invoice.status == .draft, shown.totals.gross > 0 {
            shown.prepayments = try await store.prepayments(of: client.id, in: caller.workspaceID).filter {
                $0.available.minorUnits > 0 && !$0.deductedOn.contains(invoice.id)
            }
        }
        return shown
    }

    private func shown(_ invoice: Invoice, client: Client) throws -> Shown {
        Shown(
            invoice: invoice,
            client: client,
            totals: try invoice.totals,
            today: client.zone.localDate(at: now())
        )
    }
}
