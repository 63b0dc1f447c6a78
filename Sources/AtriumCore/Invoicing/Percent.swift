/// Percentages in basis points (1 % = 100), as people write them: `25%`, `12.5 %`, `8.25`.
public enum Percent {
    /// `25%`, `12.5%`, `8.25%`.
    public static func text(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        let number =
            fraction == 0
            ? "\(whole)" : fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction.twoDigits)"
        return number + "%"
    }

    /// Reads `25%`, `12.5 %` or `8.25` as basis points, up to `maximum`.
    ///
    /// - Throws: ``InvalidInput`` on `field` for anything else.
    public static func parse(_ text: String, field: String, maximum: Int = 100_000) throws(InvalidInput) -> Int {
        var body = text.trimmingWhitespace()
        if body.hasSuffix("%") { body = String(body.dropLast()).trimmingWhitespace() }
        guard let scaled = DecimalText.scaled(body, decimals: 2), let basisPoints = Int(exactly: scaled) else {
            throw InvalidInput("\"\(text)\" is not a percentage: use a number such as 25% or 12.5%", field: field)
        }
        guard basisPoints <= maximum else {
            throw InvalidInput("\"\(text)\" is more than \(Percent.text(maximum))", field: field)
        }
        return basisPoints
    }
}
