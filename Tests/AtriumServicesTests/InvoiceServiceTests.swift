import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Invoices on a real store: draft from unbilled time, lines, issue with gapless numbers, locking.
@Suite struct InvoiceServiceTests {
    static let november = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!

    /// Bloom & Co (UTC, GBP 38 an hour) on a retainer from November 2026: GBP 900 for 20 h a
    /// month, overage at GBP 50.
    static func bloomWithRetainer(_ fixture: Fixture) async throws {
        try await fixture.client("Bloom & Co", zone: "UTC", currency: "GBP", rate: "38")
        _ = try await fixture.services.retainers.set(
            .init(monthly: "900", hours: "20", overageRate: "50", currency: "GBP", from: "2026-11-01"),
            forClient: "bloom",
            as: fixture.owner
        )
    }

    @Test("Draft, add a line, issue: the next number, due date from the terms, entries locked and not billed twice")
    func draftAndIssue() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC", rounding: .up(minutes: 15))
            let first = try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 09:07")
            try await fixture.entry("acme", from: "2026-11-03 09:00", to: "2026-11-03 09:07")
            try await fixture.entry("acme", from: "2026-11-04 09:00", to: "2026-11-04 10:00", billable: false)
            let invoices = fixture.services.invoices
            let draft = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(draft.invoice.reference == "INV-DRAFT-1")
            #expect(draft.invoice.lines.map(\.quantity) == [1800])
            #expect(draft.totals.gross == 2250)
            let aud = try Currency(code: "AUD")
            let tax = try TaxRate.parse("10%")
            _ = try await invoices.addLine(
                .fixed("Closing commission", Money(minorUnits: 25_000, currency: aud), tax: tax),
                to: "INV-DRAFT-1",
                as: fixture.owner
            )
            let issued = try await invoices.issue("INV-DRAFT-1", terms: .net(days: 15), as: fixture.owner)
            #expect(issued.invoice.number == "2026-0001")
            #expect(issued.invoice.status == .issued)
            #expect(issued.invoice.dueOn == LocalDate(year: 2026, month: 12, day: 8))
            #expect(issued.totals.net == 27_250)
            #expect(issued.totals.tax == 2_500)
            #expect(issued.totals.gross == 29_750)
            var edit = EntryInput()
            edit.memo = "changed"
            await #expect(throws: StoreError.self) {
                try await fixture.services.entries.edit(first.number, with: edit, as: fixture.owner)
            }
            await #expect(throws: InvoiceDraftBuilder.Problem.self) {
                try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            }
            await #expect(throws: StoreError.self) {
                try await invoices.issue("2026-0001", terms: .dueOnReceipt, as: fixture.owner)
            }
            await #expect(throws: StoreError.self) {
                try await invoices.addLine(
                    .fixed("Late", Money(minorUnits: 100, currency: aud)),
                    to: "2026-0001",
                    as: fixture.owner
                )
            }
            let listed = try await invoices.list(overdueOnly: false, as: fixture.owner)
            #expect(listed.map(\.invoice.reference) == ["2026-0001"])
            fixture.clock.set(try TestClock("2026-12-20T12:00:00Z").now)
            #expect(try await invoices.list(overdueOnly: true, as: fixture.owner).count == 1)
            #expect(try await fixture.auditProblem() == nil)
        }
    }

    @Test("Two drafts issued at once get two distinct, consecutive numbers")
    func concurrentIssues() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.client("Bloom & Co", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            try await fixture.entry("bloom", from: "2026-11-02 11:00", to: "2026-11-02 12:00")
            let invoices = fixture.services.invoices
            let a = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            let b = try await invoices.draft(client: "bloom", period: Self.november, as: fixture.owner)
            async let first = invoices.issue(a.invoice.reference, terms: .net(days: 30), as: fixture.owner)
            async let second = invoices.issue(b.invoice.reference, terms: .net(days: 30), as: fixture.owner)
            let numbers = try await [first.invoice.number, second.invoice.number].compactMap { $0 }.sorted()
            #expect(numbers == ["2026-0001", "2026-0002"])
        }
    }

    @Test("A line with a negative amount or a tax over 100 % is refused; so is an unknown invoice")
    func badInput() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            let invoices = fixture.services.invoices
            _ = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            let aud = try Currency(code: "AUD")
            await #expect(throws: InvalidInput.self) {
                try await invoices.addLine(
                    .fixed("Refund", Money(minorUnits: -100, currency: aud)),
                    to: "INV-DRAFT-1",
                    as: fixture.owner
                )
            }
            await #expect(throws: InvalidInput.self) {
                try await invoices.addLine(
                    .fixed("Other money", Money(minorUnits: 100, currency: .usd)),
                    to: "INV-DRAFT-1",
                    as: fixture.owner
                )
            }
            #expect(throws: InvalidInput.self) { try TaxRate.parse("120%") }
            await #expect(throws: StoreError.self) { try await invoices.show("2026-9999", as: fixture.owner) }
        }
    }

    @Test("Payments: partial, full, over (the client's credit), a reversal; void by credit note frees the entries")
    func paymentsAndVoid() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 11:00")
            let invoices = fixture.services.invoices
            _ = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            await #expect(throws: StoreError.self) {
                try await invoices.pay(
                    "INV-DRAFT-1",
                    amount: "10",
                    on: nil,
                    method: "",
                    paymentReference: "",
                    as: fixture.owner
                )
            }
            _ = try await invoices.issue("INV-DRAFT-1", terms: .net(days: 15), as: fixture.owner)
            let day = LocalDate(year: 2026, month: 11, day: 30)
            let partial = try await invoices.pay(
                "2026-0001",
                amount: "50",
                on: day,
                method: "bank transfer",
                paymentReference: "ACME-11",
                as: fixture.owner
            )
            #expect(partial.state == "partially paid")
            #expect(partial.balance.due == 4_000)
            let over = try await invoices.pay(
                "2026-0001",
                amount: "60",
                on: day,
                method: "",
                paymentReference: "",
                as: fixture.owner
            )
            #expect(over.state == "paid")
            #expect(over.balance.overpaid == 2_000)
            let mistaken = try #require(over.payments.last)
            let reversed = try await invoices.reversePayment(
                String(mistaken.id.description.prefix(8)),
                of: "2026-0001",
                as: fixture.owner
            )
            #expect(reversed.payments.count == 3)
            #expect(reversed.balance.paid == 5_000)
            await #expect(throws: StoreError.self) {
                try await invoices.reversePayment(mistaken.id.description, of: "2026-0001", as: fixture.owner)
            }
            await #expect(throws: InvalidInput.self) {
                try await invoices.pay(
                    "2026-0001",
                    amount: "0",
                    on: day,
                    method: "",
                    paymentReference: "",
                    as: fixture.owner
                )
            }
            let voided = try await invoices.void("2026-0001", as: fixture.owner)
            let credit = voided.creditNote
            #expect(credit.invoice.kind == .creditNote)
            #expect(credit.invoice.number == "2026-0002")
            // The AUD 50 paid stays the client's: the void invoice owes nothing and holds it as credit.
            #expect(voided.keptAsCredit?.labeled == "AUD 50.00")
            let void = try await invoices.show("2026-0001", as: fixture.owner)
            #expect(void.invoice.status == .void)
            #expect(void.balance.due == 0)
            #expect(void.balance.overpaid == 5_000)
            await #expect(throws: StoreError.self) {
                try await invoices.pay(
                    "2026-0001",
                    amount: "5",
                    on: day,
                    method: "",
                    paymentReference: "",
                    as: fixture.owner
                )
            }
            await #expect(throws: StoreError.self) { try await invoices.void("2026-0001", as: fixture.owner) }
            let again = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(again.invoice.lines.map(\.quantity) == [7200])
            #expect(again.prepayments.map(\.available.labeled) == ["AUD 50.00"])
            let deducted = try await invoices.deduct(from: "2026-0001", to: again.invoice.reference, as: fixture.owner)
            #expect(deducted.invoice.lines.last?.description == "Credit from the payments on voided invoice 2026-0001")
            #expect(deducted.totals.gross == 9_000 - 5_000)
        }
    }

    @Test("What was paid on a voided invoice can be refunded by a reversal, and then is no credit")
    func refundAfterVoid() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 11:00")
            let invoices = fixture.services.invoices
            _ = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            _ = try await invoices.issue("INV-DRAFT-1", terms: .net(days: 15), as: fixture.owner)
            let paid = try await invoices.pay(
                "2026-0001",
                amount: "40",
                on: nil,
                method: "",
                paymentReference: "",
                as: fixture.owner
            )
            _ = try await invoices.void("2026-0001", as: fixture.owner)
            let payment = try #require(paid.payments.first)
            let refunded = try await invoices.reversePayment(payment.id.description, of: "2026-0001", as: fixture.owner)
            #expect(refunded.balance.paid == 0)
            let next = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(next.prepayments.isEmpty)
        }
    }

    @Test("Time before a retainer began bills at the client's rate; a period reaching into the retainer is refused")
    func beforeTheRetainer() async throws {
        try await withFixture(zone: "UTC", now: "2026-12-02T12:00:00Z") { fixture in
            try await Self.bloomWithRetainer(fixture)
            try await fixture.entry("bloom", from: "2026-10-05 09:00", to: "2026-10-05 15:00")
            let october = LocalDate(year: 2026, month: 10, day: 1)!...LocalDate(year: 2026, month: 10, day: 31)!
            let draft = try await fixture.services.invoices.draft(client: "bloom", period: october, as: fixture.owner)
            #expect(draft.totals.gross == 6 * 3_800, "six hours at GBP 38, no fee")
            let straddling = LocalDate(year: 2026, month: 10, day: 15)!...LocalDate(year: 2026, month: 11, day: 15)!
            let error = await #expect(throws: InvalidInput.self) {
                try await fixture.services.invoices.draft(client: "bloom", period: straddling, as: fixture.owner)
            }
            #expect(
                error?.message
                    == "Bloom & Co's retainer begins on 2026-11-01, inside this period: draft up to 2026-10-31 at the client's rates, and the retainer's periods from 2026-11-01"
            )
        }
    }

    @Test("A retainer client is billed its period: the fee, and the time beyond the included hours at the overage rate")
    func retainerInvoice() async throws {
        try await withFixture(zone: "UTC", now: "2026-12-02T12:00:00Z") { fixture in
            try await Self.bloomWithRetainer(fixture)
            try await fixture.entry("bloom", from: "2026-11-02 08:00", to: "2026-11-02 20:00")
            try await fixture.entry("bloom", from: "2026-11-03 08:00", to: "2026-11-03 18:00")
            let invoices = fixture.services.invoices
            let draft = try await invoices.draft(client: "bloom", period: Self.november, as: fixture.owner)
            #expect(
                draft.invoice.lines.map(\.description) == [
                    "Retainer 2026-11-01 – 2026-11-30 (20:00 h included)", "Time beyond the included hours",
                ]
            )
            #expect(draft.invoice.lines.map(\.amount.minorUnits) == [90_000, 10_000])
            #expect(draft.totals.gross == 100_000)
            await #expect(throws: StoreError.self) {
                try await invoices.draft(client: "bloom", period: Self.november, as: fixture.owner)
            }
        }
    }

    @Test("Reminders of unpaid invoices: the standard schedule, a client's own, none once paid")
    func reminders() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            let invoices = fixture.services.invoices
            _ = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            _ = try await invoices.issue("INV-DRAFT-1", terms: .net(days: 15), as: fixture.owner)
            let standard = try await invoices.reminders(days: 30, as: fixture.owner)
            #expect(standard.map(\.date.description) == ["2026-12-05", "2026-12-08", "2026-12-15", "2026-12-22"])
            _ = try await invoices.setReminders("on due", client: "acme", as: fixture.owner)
            #expect(try await invoices.reminders(days: 30, as: fixture.owner).map(\.daysFromDue) == [0])
            await #expect(throws: InvalidInput.self) {
                try await invoices.setReminders("whenever", client: nil, as: fixture.owner)
            }
            _ = try await invoices.pay(
                "2026-0001",
                amount: "45",
                on: nil,
                method: "",
                paymentReference: "",
                as: fixture.owner
            )
            #expect(try await invoices.reminders(days: 30, as: fixture.owner).isEmpty)
        }
    }
}
