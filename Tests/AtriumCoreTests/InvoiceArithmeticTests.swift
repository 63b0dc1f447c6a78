import AtriumCore
import PropertyBased
import Testing

@Suite struct InvoiceArithmeticTests {
    func money(_ minor: Int64, _ code: String = "AUD") -> Money { Money(minorUnits: minor, currency: currency(code)) }

    @Test(
        "Tax rates are read as people write them",
        arguments: [
            ("10%", 1000, TaxRate.Mode.exclusive, "10%"), ("8.25%", 825, .exclusive, "8.25%"),
            ("20% incl", 2000, .inclusive, "20% incl"), ("0", 0, .exclusive, "0%"), ("7.5 %", 750, .exclusive, "7.5%"),
            ("100%", 10_000, .exclusive, "100%"),
        ]
    )
    func taxParsing(text: String, basisPoints: Int, mode: TaxRate.Mode, shown: String) throws {
        let rate = try TaxRate.parse(text)
        #expect(rate.basisPoints == basisPoints)
        #expect(rate.mode == mode)
        #expect(rate.description == shown)
    }

    @Test("Impossible tax rates are refused", arguments: ["101%", "abc", "10.125%", "-5%", "", "%"])
    func taxRefused(text: String) {
        #expect(throws: InvalidInput.self) { try TaxRate.parse(text) }
    }

    @Test(
        "Tax per line, rounded half up to the minor unit",
        arguments: [
            (1000, TaxRate.Mode.exclusive, Int64(1005), Int64(101)),  // 100.5 → 101
            (1000, .exclusive, 1004, 100),
            (1000, .inclusive, 1100, 100),  // 1100 contains 100 of tax
            (2000, .inclusive, 1000, 167),  // 1000 × 20/120 = 166.67
            (825, .exclusive, 10_000, 825),
            (0, .exclusive, 12_345, 0),
        ] as [(Int, TaxRate.Mode, Int64, Int64)]
    )
    func tax(basisPoints: Int, mode: TaxRate.Mode, amount: Int64, tax: Int64) throws {
        #expect(try TaxRate(basisPoints: basisPoints, mode: mode).tax(on: amount) == tax)
    }

    @Test("The trap: two 15-minute entries are charged as 30 minutes on one line, not as two sums of cents")
    func timeLineChargedOnce() {
        let rate = money(3333)  // AUD 33.33/h
        let together = InvoiceLine.time("Listings", seconds: 1800, at: rate).amount.minorUnits
        let separately =
            InvoiceLine.time("a", seconds: 900, at: rate).amount.minorUnits
            + InvoiceLine.time("b", seconds: 900, at: rate).amount.minorUnits
        #expect(together == 1667)  // 16.665 → 16.67
        #expect(separately == 1666)  // 8.3325 → 8.33, twice
    }

    @Test(
        "Lines in currencies with 0, 2 and 3 minor digits",
        arguments: [
            (
                InvoiceLine.time("JPY", seconds: 5400, at: Money(minorUnits: 5000, currency: currency("JPY"))),
                Int64(7500)
            ),
            (InvoiceLine.time("JPY", seconds: 600, at: Money(minorUnits: 1000, currency: currency("JPY"))), 167),
            (InvoiceLine.time("BHD", seconds: 4800, at: Money(minorUnits: 12_345, currency: currency("BHD"))), 16_460),
            (
                InvoiceLine(
                    kind: .unit,
                    description: "2.5 closings",
                    quantity: 2500,
                    unitPrice: Money(minorUnits: 3333, currency: currency("USD"))
                ), 8333
            ),
            (
                InvoiceLine(
                    kind: .discount,
                    description: "Loyalty",
                    quantity: 1000,
                    unitPrice: Money(minorUnits: 5000, currency: currency("USD"))
                ), -5000
            ),
            (InvoiceLine.fixed("Commission", Money(minorUnits: 25_000, currency: currency("AUD"))), 25_000),
        ] as [(InvoiceLine, Int64)]
    )
    func lineAmounts(line: InvoiceLine, minor: Int64) {
        #expect(line.amount.minorUnits == minor)
    }

    @Test("A rush surcharge is a percentage of the chosen lines; totals are the sums of the lines")
    func surchargeAndTotals() throws {
        let gst = try TaxRate.parse("10%")
        let work = InvoiceLine.time("Listings", seconds: 7200, at: money(5000), tax: gst)  // 100.00
        let fee = InvoiceLine.fixed("Commission", money(5000), tax: gst)  // 50.00
        let rush = try InvoiceLine.surcharge("Rush +25%", basisPoints: 2500, on: [work, fee], tax: gst)
        #expect(rush.amount.minorUnits == 3750)
        let discount = InvoiceLine(kind: .discount, description: "Loyalty", quantity: 1000, unitPrice: money(1000))
        let totals = try InvoiceTotals(lines: [work, fee, rush, discount], currency: currency("AUD"))
        #expect(totals.net == 10_000 + 5000 + 3750 - 1000)
        #expect(totals.tax == 1000 + 500 + 375)
        #expect(totals.gross == totals.net + totals.tax)
        #expect(totals.taxByRate == [gst: 1875])
        #expect(throws: MoneyError.self) {
            try InvoiceTotals(
                lines: [work, InvoiceLine.fixed("x", Money(minorUnits: 1, currency: currency("USD")))],
                currency: currency("AUD")
            )
        }
        #expect(throws: InvalidInput.self) { try InvoiceLine.surcharge("Rush", basisPoints: 2500, on: []) }
    }

    @Test("Bad lines are refused naming the field")
    func badLines() {
        let negative = InvoiceLine(kind: .unit, description: "x", quantity: -1000, unitPrice: money(100))
        #expect(throws: InvalidInput.self) { try negative.validate() }
        let blank = InvoiceLine.fixed("  ", money(100))
        #expect(throws: InvalidInput.self) { try blank.validate() }
        let negativePrice = InvoiceLine.fixed("x", money(-100))
        #expect(throws: InvalidInput.self) { try negativePrice.validate() }
        #expect(throws: InvalidInput.self) { try TaxRate(basisPoints: 10_001) }
    }

    @Test("Money laws: lines add up to the totals; every line's gross is net plus tax")
    func linesAddUp() async {
        await propertyCheck(
            count: 300,
            input: Gen.int64(in: 0...5_000_000),
            Gen.int64(in: 0...200_000),
            Gen.int(in: 0...3000),
            Gen.bool
        ) { seconds, rate, basisPoints, inclusive in
            guard let tax = try? TaxRate(basisPoints: basisPoints, mode: inclusive ? .inclusive : .exclusive) else {
                Issue.record("a rate of \(basisPoints) bp was refused")
                return
            }
            let lines = [
                InvoiceLine.time("t", seconds: seconds, at: money(rate), tax: tax),
                InvoiceLine.fixed("f", money(rate), tax: tax),
                InvoiceLine(kind: .discount, description: "d", quantity: 500, unitPrice: money(rate / 3), tax: tax),
            ]
            guard let totals = try? InvoiceTotals(lines: lines, currency: currency("AUD")) else {
                Issue.record("totals failed")
                return
            }
            #expect(totals.net == lines.map(\.amounts.net).reduce(0, +))
            #expect(totals.tax == lines.map(\.amounts.tax).reduce(0, +))
            #expect(totals.gross == lines.map(\.amounts.gross).reduce(0, +))
            #expect(lines.allSatisfy { $0.amounts.gross == $0.amounts.net + $0.amounts.tax })
        }
    }

    @Test("Splitting a time line changes its amount by at most one minor unit (each part is rounded once)")
    func splittingTimeLines() async {
        await propertyCheck(
            count: 300,
            input: Gen.int64(in: 0...1_000_000),
            Gen.int64(in: 0...1_000_000),
            Gen.int64(in: 1...500_000)
        ) { first, second, rate in
            let whole = InvoiceLine.time("w", seconds: first + second, at: money(rate)).amount.minorUnits
            let parts =
                InvoiceLine.time("a", seconds: first, at: money(rate)).amount.minorUnits
                + InvoiceLine.time("b", seconds: second, at: money(rate)).amount.minorUnits
            #expect(abs(whole - parts) <= 1)
        }
    }

    @Test("Tax exclusive then inclusive comes back to the net amount within one minor unit")
    func taxRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0...100_000_000), Gen.int(in: 0...10_000)) { net, bp in
            guard let exclusive = try? TaxRate(basisPoints: bp),
                let inclusive = try? TaxRate(basisPoints: bp, mode: .inclusive)
            else {
                Issue.record("a rate of \(bp) bp was refused")
                return
            }
            let gross = net + exclusive.tax(on: net)
            let back = gross - inclusive.tax(on: gross)
            #expect(abs(back - net) <= 1)
        }
    }

    @Test("A line beyond the largest amount is refused; totals beyond it are an error, never a trap")
    func limits() throws {
        let huge = InvoiceLine(
            kind: .unit,
            description: "ovf",
            quantity: 100_000_000_000,
            unitPrice: money(100_000_000_000_000)
        )
        let error = #expect(throws: InvalidInput.self) { try huge.validate() }
        #expect(error?.field == "quantity")
        let largest = InvoiceLine(
            kind: .fixed,
            description: "big",
            quantity: 1000,
            unitPrice: money(Money.largestMinorUnits)
        )
        try largest.validate()
        #expect(throws: MoneyError.overflow) {
            try InvoiceTotals(lines: [largest, largest], currency: currency("AUD"))
        }
        // 10 % tax on the largest line: gross beyond the limit, refused as a total.
        var taxed = largest
        taxed.tax = try TaxRate.parse("10%")
        #expect(throws: MoneyError.overflow) { try InvoiceTotals(lines: [taxed], currency: currency("AUD")) }
    }

    @Test("A draft refuses a line that takes its total beyond the largest amount, or a discount below zero")
    func addingChecks() throws {
        var draft = Invoice(
            workspaceID: ID(),
            clientID: ID(),
            currency: currency("AUD"),
            period: LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!,
            createdAt: Instant(secondsSinceEpoch: 0),
            lines: [InvoiceLine(kind: .fixed, description: "Work", quantity: 1000, unitPrice: money(10_000))]
        )
        let discount = InvoiceLine(kind: .discount, description: "Too kind", quantity: 1000, unitPrice: money(10_001))
        let error = #expect(throws: InvalidInput.self) { try draft.checkAdding(discount) }
        #expect(error?.field == "price")
        #expect(error?.message == "the discount of AUD 100.01 is more than INV-DRAFT-0's total, AUD 100.00")
        try draft.checkAdding(
            InvoiceLine(kind: .discount, description: "Fair", quantity: 1000, unitPrice: money(10_000))
        )
        draft.lines.append(
            InvoiceLine(
                kind: .fixed,
                description: "big",
                quantity: 1000,
                unitPrice: money(Money.largestMinorUnits - 10_000)
            )
        )
        let over = #expect(throws: InvalidInput.self) {
            try draft.checkAdding(
                InvoiceLine(kind: .fixed, description: "one more", quantity: 1000, unitPrice: money(1))
            )
        }
        #expect(over?.field == "quantity")
    }
}
