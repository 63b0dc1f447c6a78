import AtriumCore
import Testing

/// Exchange rates: read exactly, converted with one half-up rounding, looked up on or before a day.
@Suite struct ExchangeRateTests {
    static let day = LocalDate(year: 2026, month: 11, day: 30)!

    static func rate(_ from: String, _ text: String, into base: String = "USD", on date: LocalDate = day) throws
        -> ExchangeRate
    {
        try ExchangeRate(currency: currency(from), base: currency(base), date: date, rate: text)
    }

    @Test(
        "Conversions round once, half up, to the base currency's minor unit",
        arguments: [
            (from: "AUD", rate: "0.6512", base: "USD", amount: Int64(10_000), expected: Int64(6_512)),
            (from: "AUD", rate: "0.65125", base: "USD", amount: 100, expected: 65),  // 0.65125 → 0.65
            (from: "AUD", rate: "0.655", base: "USD", amount: 100, expected: 66),  // 0.655 → 0.66 (half up)
            (from: "JPY", rate: "0.0067", base: "USD", amount: 150_000, expected: 100_500),  // ¥150,000 → $1,005.00
            (from: "USD", rate: "150.25", base: "JPY", amount: 1_001, expected: 1_504),  // $10.01 → ¥1,504.0025
            (from: "USD", rate: "0.377", base: "BHD", amount: 12_345, expected: 46_541),  // $123.45 → 46.54065
            (from: "BHD", rate: "2.6525", base: "USD", amount: 1, expected: 0),  // 0.001 BHD → 0.0026525 USD
            (from: "GBP", rate: "1.27", base: "USD", amount: -1_000, expected: -1_270),
        ]
    )
    func convert(from: String, rate text: String, base: String, amount: Int64, expected: Int64) throws {
        let rate = try Self.rate(from, text, into: base)
        #expect(rate.convert(money(amount, from)) == money(expected, base))
    }

    @Test("A rate is written back as typed, without trailing zeros")
    func text() throws {
        #expect(try Self.rate("AUD", "0.65120").rateText == "0.6512")
        #expect(try Self.rate("JPY", "150").rateText == "150")
        #expect(try Self.rate("EUR", "1.00000001").rateText == "1.00000001")
        #expect(try Self.rate("AUD", "0.6512").description == "AUD 1 = USD 0.6512 (2026-11-30)")
    }

    @Test(
        "Zero, negative, too precise, too large or non-numeric rates, and a currency against itself, are refused",
        arguments: ["0", "-1.2", "1.000000001", "abc", "", "1,27", "100000000.00000001", "99999999999999999999"]
    )
    func badRates(text: String) {
        #expect(throws: InvalidInput.self) { try Self.rate("AUD", text) }
    }

    @Test("The base currency has no rate of its own")
    func sameCurrency() {
        #expect(throws: InvalidInput.self) { try Self.rate("USD", "1") }
    }

    @Test("The rate for a day is the latest on or before it; before the first there is none")
    func lookup() throws {
        let table = ExchangeRateTable([
            try Self.rate("AUD", "0.66", on: LocalDate(year: 2026, month: 11, day: 15)!),
            try Self.rate("AUD", "0.65", on: LocalDate(year: 2026, month: 11, day: 1)!),
            try Self.rate("GBP", "1.27", on: LocalDate(year: 2026, month: 11, day: 20)!),
        ])
        let aud = currency("AUD")
        #expect(table.rate(for: aud, on: LocalDate(year: 2026, month: 11, day: 14)!)?.rateText == "0.65")
        #expect(table.rate(for: aud, on: LocalDate(year: 2026, month: 11, day: 15)!)?.rateText == "0.66")
        #expect(table.rate(for: aud, on: LocalDate(year: 2026, month: 12, day: 31)!)?.rateText == "0.66")
        #expect(table.rate(for: aud, on: LocalDate(year: 2026, month: 10, day: 31)!) == nil)
        #expect(table.rate(for: currency("EUR"), on: Self.day) == nil)
        #expect(table.rate(for: currency("GBP"), on: LocalDate(year: 2026, month: 11, day: 19)!) == nil)
    }

    @Test("Sums and conversions past the largest amount are left out and named, never a crash")
    func tooLarge() throws {
        let table = ExchangeRateTable([
            try Self.rate("JPY", "100000000", on: LocalDate(year: 2026, month: 11, day: 1)!),
            try Self.rate("AUD", "0.65", on: LocalDate(year: 2026, month: 11, day: 1)!),
        ])
        let huge = money(Money.largestMinorUnits, "JPY")
        #expect(try Self.rate("JPY", "100000000").convert(huge) == nil)
        let total = BaseCurrencyTotal(
            [huge, money(10_000, "AUD"), money(Money.largestMinorUnits, "USD"), money(Money.largestMinorUnits, "USD")],
            base: currency("USD"),
            on: Self.day,
            rates: table
        )
        #expect(total.amount == money(6_500, "USD"))
        #expect(total.tooLarge.map(\.currency.code) == ["JPY", "USD"])
        #expect(total.ratesUsed.map(\.currency.code) == ["AUD"])
        #expect(total.gapText?.contains("too large to add up here") == true)
        #expect(total.gapText?.contains("No rate") == false)
    }
}
