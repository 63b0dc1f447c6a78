/// Amounts in several currencies added up in the base currency, stating the rate used for each
/// currency and which amounts had no rate (an explicit gap: they are left out, never guessed).
///
/// Rule: each currency's amount is converted once, at the rate of ``ExchangeRateTable/rate(for:on:)``
/// for the day, rounded half up (see ``ExchangeRate/convert(_:)``); the converted amounts are summed.
public struct BaseCurrencyTotal: Sendable, Equatable {
    /// The sum of what could be converted.
    public var amount: Money
    /// The rates used, one per currency converted.
    public var ratesUsed: [ExchangeRate]
    /// Amounts in currencies with no rate on or before ``date``.
    public var withoutRate: [Money]
    /// Amounts whose conversion or sum would pass ``Money/largestMinorUnits``: left out like those
    /// without a rate, and named as such.
    public var tooLarge: [Money]
    /// Everything left out of ``amount``: the amounts without a rate, then those too large.
    public var unconverted: [Money] { withoutRate + tooLarge }
    /// The day whose rates were used.
    public var date: LocalDate

    /// - Parameters:
    ///   - amounts: One amount per currency (several of one currency are added first).
    ///   - base: The workspace's base currency.
    ///   - date: The day the rates are for: usually the last day of the period, or today.
    public init(_ amounts: [Money], base: Currency, on date: LocalDate, rates: ExchangeRateTable) {
        // Sums in 128 bits: amounts near the limit in several currencies never overflow.
        var byCurrency: [Currency: Int128] = [:]
        for amount in amounts { byCurrency[amount.currency, default: 0] += Int128(amount.minorUnits) }
        var total: Int128 = 0
        var used: [ExchangeRate] = []
        var withoutRate: [Money] = []
        var tooLarge: [Money] = []
        let largest = Int128(Money.largestMinorUnits)
        for (currency, sum) in byCurrency.sorted(by: { $0.key.code < $1.key.code }) {
            guard sum.magnitude <= largest.magnitude else {
                tooLarge.append(
                    Money(minorUnits: sum > 0 ? Money.largestMinorUnits : -Money.largestMinorUnits, currency: currency)
                )
                continue
            }
            let amount = Money(minorUnits: Int64(sum), currency: currency)
            let rate =
                currency == base ? nil : rates.rate(for: currency, on: date).flatMap { $0.base == base ? $0 : nil }
            guard currency == base || rate != nil else {
                withoutRate.append(amount)
                continue
            }
            let converted: Money? = if let rate { rate.convert(amount) } else { amount }
            guard let converted, (total + Int128(converted.minorUnits)).magnitude <= largest.magnitude else {
                tooLarge.append(amount)
                continue
            }
            total += Int128(converted.minorUnits)
            if let rate { used.append(rate) }
        }
        self.amount = Money(minorUnits: Int64(total), currency: base)
        self.ratesUsed = used
        self.withoutRate = withoutRate
        self.tooLarge = tooLarge
        self.date = date
    }

    /// Whether every amount was converted.
    public var isComplete: Bool { unconverted.isEmpty }

    /// The rates used, as stated under a total: `AUD 1 = USD 0.6512 (2026-11-30); GBP 1 = …`.
    public var ratesText: String { ratesUsed.map(\.description).joined(separator: "; ") }

    /// The gap, when amounts had no rate: `No rate on or before 2026-11-30 for EUR 300.00: not in
    /// this total.`; nil when complete.
    public var gapText: String? {
        var parts: [String] = []
        if !withoutRate.isEmpty {
            parts.append(
                "No rate on or before \(date) for \(withoutRate.map(\.labeled).joined(separator: ", ")): not in this total."
            )
        }
        if !tooLarge.isEmpty {
            parts.append(
                "\(tooLarge.map(\.labeled).joined(separator: ", ")) too large to add up here: not in this total."
            )
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
