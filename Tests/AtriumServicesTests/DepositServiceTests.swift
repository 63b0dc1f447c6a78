import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Deposits on a real store: draft, issue, pay, deduct on the final invoice, once; discard; void.
@Suite struct DepositServiceTests {
    static let november = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!

    @Test("A paid deposit is deducted once from the final invoice, tax included; the deposit cannot be voided under it")
    func depositFlow() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            let invoices = fixture.services.invoices
            let deposit = try await invoices.deposit(
                client: "acme",
                percent: "30%",
                of: "5000",
                for: "Website",
                tax: "10%",
                as: fixture.owner
            )
            #expect(deposit.totals.gross == 165_000)
            let issued = try await invoices.issue(deposit.invoice.reference, terms: .dueOnReceipt, as: fixture.owner)
            let number = try #require(issued.invoice.number)
            _ = try await invoices.pay(
                number,
                amount: "1650",
                on: nil,
                method: "",
                paymentReference: "",
                as: fixture.owner
            )

            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 19:00")
            let final = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(final.prepayments.map(\.reference) == [number])
            #expect(final.prepayments.first?.available.minorUnits == 165_000)
            let deducted = try await invoices.deduct(from: number, to: final.invoice.reference, as: fixture.owner)
            // 10 h at AUD 45 = 450.00; the deposit is capped at that total.
            #expect(deducted.totals.gross == 0)
            #expect(deducted.invoice.lines.last?.description == "Deposit paid on invoice \(number)")
            #expect(deducted.prepayments.isEmpty, "nothing left to deduct from, and it deducts this one already")
            let left = try await fixture.store.prepayments(of: deducted.client.id, in: fixture.owner.workspaceID)
            #expect(left.map(\.available.minorUnits) == [120_000], "the rest stays")
            #expect(left.first?.deductedOn == [deducted.invoice.id])
            await #expect(throws: StoreError.self) {
                try await invoices.deduct(from: number, to: final.invoice.reference, as: fixture.owner)
            }
            let blocked = await #expect(throws: StoreError.self) { try await invoices.void(number, as: fixture.owner) }
            let payment = try #require(try await invoices.show(number, as: fixture.owner).payments.first)
            let reversal = await #expect(throws: StoreError.self) {
                try await invoices.reversePayment(payment.id.description, of: number, as: fixture.owner)
            }
            #expect(reversal?.userMessage.contains("A later invoice deducts money paid on \(number)") == true)
            #expect(try await invoices.show(number, as: fixture.owner).payments.count == 1, "nothing was recorded")
            let zero = try await invoices.issue(final.invoice.reference, terms: .dueOnReceipt, as: fixture.owner)
            #expect(zero.totals.gross == 0, "a final invoice the deposit covers is issued at zero")
            #expect(zero.state == "paid")
            #expect(blocked?.userMessage.contains("\(final.invoice.reference) deducts money paid on \(number)") == true)

            let finalNumber = try #require(zero.invoice.number)
            await #expect(throws: StoreError.self) { try await invoices.discard(finalNumber, as: fixture.owner) }
            _ = try await invoices.void(finalNumber, as: fixture.owner)
            let again = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(again.prepayments.first?.available.minorUnits == 165_000, "voiding released the deduction")
            #expect(again.totals.gross == 45_000, "and the entries")
            _ = try await invoices.deduct(from: number, to: again.invoice.reference, as: fixture.owner)
            try await invoices.discard(again.invoice.reference, as: fixture.owner)
            let third = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(third.prepayments.first?.available.minorUnits == 165_000, "discarding released it too")
            try await invoices.discard(third.invoice.reference, as: fixture.owner)
            _ = try await invoices.void(number, as: fixture.owner)
        }
    }

    @Test("An overpayment is the client's credit, deducted on the next invoice without tax")
    func overpaymentCredit() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            let invoices = fixture.services.invoices
            try await fixture.entry("acme", from: "2026-10-02 09:00", to: "2026-10-02 11:00")
            let october = LocalDate(year: 2026, month: 10, day: 1)!...LocalDate(year: 2026, month: 10, day: 31)!
            let first = try await invoices.draft(client: "acme", period: october, as: fixture.owner)
            let issued = try await invoices.issue(first.invoice.reference, terms: .net(days: 15), as: fixture.owner)
            let number = try #require(issued.invoice.number)
            _ = try await invoices.pay(
                number,
                amount: "100",
                on: nil,
                method: "",
                paymentReference: "",
                as: fixture.owner
            )
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            let next = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(next.prepayments.map(\.available.minorUnits) == [1_000])
            let deducted = try await invoices.deduct(from: number, to: next.invoice.reference, as: fixture.owner)
            #expect(deducted.invoice.lines.last?.description == "Credit from the overpayment of invoice \(number)")
            #expect(deducted.totals.gross == 3_500)
            #expect(deducted.totals.tax == 0)
            #expect(deducted.prepayments.isEmpty)
            let nothing = await #expect(throws: StoreError.self) {
                try await invoices.deduct(from: next.invoice.reference, to: next.invoice.reference, as: fixture.owner)
            }
            #expect(nothing?.userMessage.contains("leaves nothing to deduct") == true)
        }
    }
}
