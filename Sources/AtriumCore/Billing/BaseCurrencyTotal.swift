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
    public var unconverted: [Money]
    /// The day whose rates were used.
    public var date: LocalDate

    /// - Parameters:
    ///   - amounts: One amount per currency (several of one currency are added first).
    ///   - base: The workspace's base currency.
    ///   - date: The day the rates are for: usually the last day of the period, or today.
    public init(_ amounts: [Money], base: Currency, on date: LocalDate, rates: ExchangeRateTable) {
        var byCurrency: [Currency: Int64] = [:]
        for amount in amounts { byCurrency[amount.currency, default: 0] += amount.minorUnits }
        var total: Int64 = 0
        var used: [ExchangeRate] = []
        var unconverted: [Money] = []
        for (currency, minor) in byCurrency.sorted(by: { $0.key.code < $1.key.code }) {
            let amount = Money(minorUnits: minor, currency: currency)
            if currency == base {
                total += minor
            } else if let rate = rates.rate(for: currency, on: date), rate.base == base {
                total += rate.convert(amount).minorUnits
                used.append(rate)
            } else {
                unconverted.append(amount)
            }
        }
        self.amount = Money(minorUnits: total, currency: base)
        self.ratesUsed = used
        self.unconverted = unconverted
        self.date = date
    }

    /// Whether every amount was converted.
    public var isComplete: Bool { unconverted.isEmpty }

    /// The rates used, as stated under a total: `AUD 1 = USD 0.6512 (2026-11-30); GBP 1 = …`.
    public var ratesText: String { ratesUsed.map(\.description).joined(separator: "; ") }

    /// The gap, when amounts had no rate: `No rate on or before 2026-11-30 for EUR 300.00: not in
    /// this total.`; nil when complete.
    public var gapText: String? {
        guard !unconverted.isEmpty else { return nil }
        let amounts = unconverted.map(\.labeled).joined(separator: ", ")
        return "No rate on or before \(date) for \(amounts): not in this total."
    }
}
