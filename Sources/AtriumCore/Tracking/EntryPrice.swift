/// What one entry bills at when it does not follow the rate chain: the price another tool recorded
/// for it, kept on import so that history bills as it did.
public enum EntryPrice: Sendable, Equatable {
    /// An hourly rate for this entry alone.
    case hourly(Money)
    /// A fixed amount for this entry, whatever its duration.
    case fixed(Money)

    /// The rate or the amount.
    public var money: Money {
        switch self {
        case .hourly(let money), .fixed(let money): return money
        }
    }

    /// How the price is stored: `hourly` or `fixed`.
    public var kind: String {
        switch self {
        case .hourly: return "hourly"
        case .fixed: return "fixed"
        }
    }

    /// The price from its stored parts; nil when `kind` is not one Atrium writes.
    public init?(kind: String, minorUnits: Int64, currency: Currency) {
        let money = Money(minorUnits: minorUnits, currency: currency)
        switch kind {
        case "hourly": self = .hourly(money)
        case "fixed": self = .fixed(money)
        default: return nil
        }
    }

    /// `hourly EUR 45.00` or `fixed EUR 111.11`: the text the audit trail and exports carry.
    public var text: String { "\(kind) \(money.currency.code) \(money.decimalString)" }
}
