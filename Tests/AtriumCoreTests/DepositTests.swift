import AtriumCore
import Testing

/// Deposits and prepayments: the deposit line, what an invoice leaves to deduct, the deduction line.
@Suite struct DepositTests {
    static let workspace = ID<Workspace>()

    static func issued(_ lines: [InvoiceLine], currency code: String = "AUD") -> Invoice {
        var invoice = Invoice(
            workspaceID: workspace,
            clientID: ID(),
            currency: currency(code),
            period: LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 1)!,
            createdAt: utc(2026, 11, 1),
            lines: lines
        )
        invoice.status = .issued
        invoice.number = "2026-0003"
        return invoice
    }

    @Test(
        "A deposit is its share of the estimate, rounded half up once",
        arguments: [
            (percent: 3000, estimate: Int64(500_000), code: "AUD", expected: Int64(150_000)),
            (percent: 3333, estimate: 10_001, code: "AUD", expected: 3_333),  // 33.336… → 33.33
            (percent: 5000, estimate: 1_001, code: "JPY", expected: 501),  // ¥500.5 → ¥501
            (percent: 2500, estimate: 10_002, code: "BHD", expected: 2_501),  // 2.5005 → 2.501
            (percent: 10_000, estimate: 99, code: "USD", expected: 99),
        ]
    )
    func depositLine(percent: Int, estimate: Int64, code: String, expected: Int64) throws {
        let line = try InvoiceLine.deposit(basisPoints: percent, of: money(estimate, code), for: nil)
        #expect(line.amount == money(expected, code))
        #expect(line.kind == .deposit)
    }

    @Test("The deposit line names its share, the estimate and the purpose")
    func depositText() throws {
        let line = try InvoiceLine.deposit(basisPoints: 3000, of: money(500_000, "AUD"), for: " Website ")
        #expect(line.description == "Deposit 30% of the estimate of AUD 5000.00: Website")
    }

    @Test("Deposits of 0 % or over 100 %, or of nothing, are refused", arguments: [0, 10_001])
    func badShare(percent: Int) {
        #expect(throws: InvalidInput.self) {
            try InvoiceLine.deposit(basisPoints: percent, of: money(100, "AUD"), for: nil)
        }
        #expect(throws: InvalidInput.self) { try InvoiceLine.deposit(basisPoints: 3000, of: money(0, "AUD"), for: nil) }
    }

    @Test("A deposit invoice leaves all that was paid on it; the deduction takes its tax back out")
    func depositPrepayment() throws {
        let tax = try TaxRate.parse("10%")
        let deposit = Self.issued([
            try InvoiceLine.deposit(basisPoints: 3000, of: money(500_000, "AUD"), for: nil, tax: tax)
        ])
        #expect(try deposit.totals.gross == 165_000)
        #expect(try Prepayment.of(deposit, paid: 0, deducted: 0) == nil, "nothing paid, nothing to deduct")
        let prepayment = try #require(try Prepayment.of(deposit, paid: 165_000, deducted: 0))
        #expect(prepayment.isDeposit)
        let line = try #require(prepayment.deduction(fromGross: 1_000_000))
        #expect(line.description == "Deposit paid on invoice 2026-0003")
        #expect([line.amounts.net, line.amounts.tax, line.amounts.gross] == [-150_000, -15_000, -165_000])
        let partly = try #require(try Prepayment.of(deposit, paid: 82_500, deducted: 0))
        #expect(partly.deduction(fromGross: 1_000_000)?.amounts.net == -75_000)
    }

    @Test("An overpaid invoice leaves its overpayment, untaxed; what is deducted is at most what is left and the total")
    func overpayment() throws {
        let invoice = Self.issued([.fixed("Work", money(28_750, "AUD"))])
        #expect(try Prepayment.of(invoice, paid: 28_750, deducted: 0) == nil)
        let credit = try #require(try Prepayment.of(invoice, paid: 30_000, deducted: 0))
        #expect(!credit.isDeposit)
        #expect(credit.available == money(1_250, "AUD"))
        let line = try #require(credit.deduction(fromGross: 50_000))
        #expect([line.amounts.net, line.amounts.tax, line.amounts.gross] == [-1_250, 0, -1_250])
        #expect(credit.deduction(fromGross: 1_000)?.amount == money(-1_000, "AUD"), "capped at the total")
        #expect(credit.deduction(fromGross: 0) == nil)
        let used = try #require(try Prepayment.of(invoice, paid: 30_000, deducted: 1_250))
        #expect(used.deduction(fromGross: 50_000) == nil, "all deducted already")
    }

    @Test("A draft, void invoice or credit note leaves nothing")
    func notIssued() throws {
        var draft = Self.issued([.fixed("Work", money(100, "AUD"))])
        draft.status = .draft
        #expect(try Prepayment.of(draft, paid: 500, deducted: 0) == nil)
        var credit = Self.issued([.fixed("Work", money(100, "AUD"))])
        credit.kind = .creditNote
        #expect(try Prepayment.of(credit, paid: 500, deducted: 0) == nil)
    }
}
