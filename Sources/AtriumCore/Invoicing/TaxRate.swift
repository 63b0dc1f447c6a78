/// A tax on an invoice line: a rate in basis points (1,000 = 10 %) that is either added to the
/// line's price (exclusive) or already contained in it (inclusive, as consumer prices are quoted
/// in much of Europe and Australia).
public struct TaxRate: Hashable, Sendable, CustomStringConvertible {
    public enum Mode: String, Sendable, CaseIterable {
        /// The price is net; the tax is added on top.
        case exclusive
        /// The price is gross; the tax is the part of it that is tax.
        case inclusive
    }

    /// Hundredths of a percent: 1,000 is 10 %, 2,000 is 20 %, 825 is 8.25 %.
    public var basisPoints: Int
    public var mode: Mode

    /// A rate of 0–100 %.
    ///
    /// - Throws: ``InvalidInput`` for the `tax` field outside 0–10,000 basis points.
    public init(basisPoints: Int, mode: Mode = .exclusive) throws(InvalidInput) {
        guard (0...10_000).contains(basisPoints) else {
            throw InvalidInput("a tax rate is between 0 % and 100 %", field: "tax")
        }
        self.basisPoints = basisPoints
        self.mode = mode
    }

    /// No tax.
    public static let none = TaxRate(checked: 0)

    private init(checked basisPoints: Int) {
        self.basisPoints = basisPoints
        mode = .exclusive
    }

    /// Reads `10%`, `8.25%`, `20 % incl`, `0`.
    ///
    /// - Throws: ``InvalidInput`` for the `tax` field.
    public static func parse(_ text: String) throws(InvalidInput) -> TaxRate {
        var rest = text.trimmingWhitespace().lowercased()
        var mode = Mode.exclusive
        for suffix in ["inclusive", "incl.", "incl"] where rest.hasSuffix(suffix) {
            mode = .inclusive
            rest = String(rest.dropLast(suffix.count)).trimmingWhitespace()
            break
        }
        if rest.hasSuffix("%") { rest = String(rest.dropLast()).trimmingWhitespace() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            parts.count == 1 || parts[1].count <= 2, let whole = Int(parts[0]), whole <= 100
        else {
            throw InvalidInput("\"\(text)\" is not a tax rate: use e.g. 10%, 8.25% or \"20% incl\"", field: "tax")
        }
        let fraction = parts.count == 2 ? Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        return try TaxRate(basisPoints: whole * 100 + fraction, mode: mode)
    }

    /// `10%`, `8.25% incl`.
    public var description: String { Percent.text(basisPoints) + (mode == .inclusive ? " incl" : "") }

    /// The tax in `amount` (minor units), rounded half up to the minor unit — Atrium's named rule:
    /// **tax is computed per line and rounded per line; the invoice's tax is the sum of its lines'**.
    /// Exclusive: amount × rate. Inclusive: amount × rate ÷ (1 + rate), the tax part of a gross amount.
    public func tax(on amount: Int64) -> Int64 {
        let exact = Int128(amount) * Int128(basisPoints)
        let rounded: Int128 =
            switch mode {
            case .exclusive: DivisionRounding.halfUp.divide(exact, by: 10_000)
            case .inclusive: DivisionRounding.halfUp.divide(exact, by: Int128(10_000 + basisPoints))
            }
        return Int64(clamping: rounded)
    }
}
