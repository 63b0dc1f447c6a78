/// What one unit of a currency was worth in the workspace's base currency on a date: `AUD 1 = USD
/// 0.6512 on 2026-11-30`. Entered by hand or imported from a CSV; never fetched or guessed.
///
/// The rate is kept exactly, as hundred-millionths (up to 8 decimals), and written back as typed
/// without trailing zeros.
public struct ExchangeRate: Sendable, Equatable, CustomStringConvertible {
    /// The currency converted from.
    public var currency: Currency
    /// The currency converted into: the workspace's base currency when the rate was entered.
    public var base: Currency
    public var date: LocalDate
    /// Base-currency units per unit of ``currency``, × 10^8.
    public var scaledRate: Int64
    /// Where the rate came from: empty when typed, the file name when imported.
    public var source: String

    /// Decimals a rate may have.
    public static let decimals = 8
    /// The largest rate: 100,000,000 base units for one unit (far above any real pair, e.g. about
    /// 42,000 Iranian rials to the dollar).
    public static let largest: Int64 = 100_000_000
    private static let scale: Int128 = 100_000_000

    public init(currency: Currency, base: Currency, date: LocalDate, scaledRate: Int64, source: String = "") {
        self.currency = currency
        self.base = base
        self.date = date
        self.scaledRate = scaledRate
        self.source = source
    }

    /// Reads a rate as typed (`0.6512`, `1.27`, `150`).
    ///
    /// - Throws: ``InvalidInput`` unless it is a positive decimal up to ``largest`` with at most 8
    ///   decimals, or when both currencies are the same.
    public init(currency: Currency, base: Currency, date: LocalDate, rate text: String, source: String = "")
        throws(InvalidInput)
    {
        guard currency != base else {
            throw InvalidInput("\(currency.code) is the base currency itself: its rate is always 1")
        }
        let scaled = DecimalText.scaled(text.trimmingWhitespace(), decimals: Self.decimals)
        guard let scaled, scaled > 0, scaled <= Self.largest * Int64(Self.scale) else {
            throw InvalidInput(
                "\"\(text)\" is not an exchange rate: give how many \(base.code) one \(currency.code) is worth, "
                    + "e.g. 0.6512 (a positive number up to 100000000, at most 8 decimals)"
            )
        }
        self.init(currency: currency, base: base, date: date, scaledRate: scaled, source: source)
    }

    /// The rate as a plain decimal, without trailing zeros: `0.6512`, `150`.
    public var rateText: String {
        let whole = scaledRate / Int64(Self.scale)
        var fraction = String(scaledRate % Int64(Self.scale))
        fraction = String(repeating: "0", count: Self.decimals - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }

    /// `AUD 1 = USD 0.6512 (2026-11-30)`: the rate as summaries state it.
    public var description: String { "\(currency.code) 1 = \(base.code) \(rateText) (\(date))" }

    /// `amount` in the base currency, rounded half up to the base currency's minor unit — the one
    /// rounding of a conversion; nil when the result is beyond ``Money/largestMinorUnits``.
    ///
    /// - Precondition: `amount` is in ``currency``.
    public func convert(_ amount: Money) -> Money? {
        precondition(amount.currency == currency, "convert an amount in the rate's currency")
        let numerator =
            Int128(amount.minorUnits) * Int128(scaledRate) * Int128(base.minorUnitsPerMajor)
        let denominator = Self.scale * Int128(currency.minorUnitsPerMajor)
        let converted = DivisionRounding.halfUp.divide(numerator, by: denominator)
        guard converted.magnitude <= UInt128(Money.largestMinorUnits) else { return nil }
        return Money(minorUnits: Int64(converted), currency: base)
    }
}

/// The exchange rates known, answering "which rate converts this currency on that day": the
/// latest one on or before the day. None is an explicit gap, never a guess.
public struct ExchangeRateTable: Sendable {
    private var byCurrency: [Currency: [ExchangeRate]]

    /// - Parameter rates: Rates into one base currency, in any order.
    public init(_ rates: [ExchangeRate]) {
        byCurrency = Dictionary(grouping: rates, by: \.currency).mapValues { $0.sorted { $0.date < $1.date } }
    }

    /// The rate for `currency` on `date`: the latest dated on or before it; nil when there is none.
    public func rate(for currency: Currency, on date: LocalDate) -> ExchangeRate? {
        byCurrency[currency]?.last { $0.date <= date }
    }
}
