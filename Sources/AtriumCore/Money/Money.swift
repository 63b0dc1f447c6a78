/// An amount of money: an integer count of minor units of one currency. Never floating point.
///
/// Arithmetic is only defined within one currency; converting is a separate, recorded step.
public struct Money: Hashable, Sendable {
    /// The amount in minor units (cents for USD, yen for JPY, fils for BHD).
    public var minorUnits: Int64
    /// The currency the amount is in.
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in `currency`.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// The sum of two amounts of the same currency.
    ///
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` or ``MoneyError/overflow``.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// What `seconds` of work cost at `hourlyRate`: rate × seconds ÷ 3600, multiplied exactly and
    /// rounded once, to the currency's minor unit, by `rounding`.
    ///
    /// ```swift
    /// // 1 h 20 min at AUD 45.00/h = AUD 60.00
    /// Money.charge(forSeconds: 4800, at: rate, rounding: .halfUp)
    /// ```
    /// Charging two 15-minute pieces separately can differ by a minor unit from charging the
    /// 30 minutes together; callers charge each group's total once.
    public static func charge(forSeconds seconds: Int64, at hourlyRate: Money, rounding: DivisionRounding) -> Money {
        let exact = Int128(seconds) * Int128(hourlyRate.minorUnits)
        let rounded = rounding.divide(exact, by: 3600)
        let clamped = Int64(clamping: rounded)
        return Money(minorUnits: clamped, currency: hourlyRate.currency)
    }
}

/// Why a money operation was refused.
public enum MoneyError: UserFacingError, Equatable, Sendable {
    /// Two amounts in different currencies were combined.
    case currencyMismatch(Currency, Currency)
    /// The result does not fit in 64 bits of minor units.
    case overflow

    public var kind: UserFacingErrorKind { .invalidInput }

    public var userMessage: String {
        switch self {
        case .currencyMismatch(let left, let right):
            return "Amounts in \(left.code) and \(right.code) cannot be combined without an exchange rate."
        case .overflow:
            return "The amount is too large: the largest Atrium handles is \(Money.largestMinorUnits) minor units."
        }
    }
}
