extension Money {
    /// Reads a decimal amount such as `45`, `45.5` or `-1234.50` exactly, without floating point.
    ///
    /// - Throws: ``InvalidInput`` when the text is not a plain decimal number or has more decimals
    ///   than `currency` allows (`12.345` in EUR).
    public static func parse(_ text: String, currency: Currency) throws(InvalidInput) -> Money {
        let trimmed = text.trimmingWhitespace()
        var digits = Substring(trimmed)
        let isNegative = digits.first == "-"
        if isNegative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let allDigits = whole.allSatisfy(\.isASCIIDigit) && fraction.allSatisfy(\.isASCIIDigit)
        guard allDigits, !whole.isEmpty || !fraction.isEmpty, parts.count == 1 || !fraction.isEmpty else {
            throw InvalidInput("\"\(text)\" is not an amount: use digits with \".\" for decimals, e.g. 45.50")
        }
        guard fraction.count <= currency.minorUnitDigits else {
            let allowed = currency.minorUnitDigits == 0 ? "no decimals" : "at most \(currency.minorUnitDigits) decimals"
            throw InvalidInput("\"\(text)\" has too many decimals: \(currency.code) amounts have \(allowed)")
        }
        let padded = String(fraction) + String(repeating: "0", count: currency.minorUnitDigits - fraction.count)
        guard let value = Int64((whole.isEmpty ? "0" : String(whole)) + padded), value <= largestMinorUnits else {
            let largest = Money(minorUnits: largestMinorUnits, currency: currency)
            throw InvalidInput("\"\(text)\" is too large an amount: the largest is \(largest.decimalString)")
        }
        return Money(minorUnits: isNegative ? -value : value, currency: currency)
    }

    /// The amount as a plain decimal with exactly the currency's minor digits: `45.00`, `1200`
    /// (JPY), `-0.125` (BHD). For CSV, JSON and any place a machine reads the number.
    public var decimalString: String {
        let digits = currency.minorUnitDigits
        let magnitude = minorUnits.magnitude
        let sign = minorUnits < 0 ? "-" : ""
        guard digits > 0 else { return sign + String(magnitude) }
        let perMajor = UInt64(currency.minorUnitsPerMajor)
        let fraction = String(magnitude % perMajor)
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return "\(sign)\(magnitude / perMajor).\(padded)"
    }

    /// The amount with its code for people who bill in several currencies: `AUD 45.00`.
    public var labeled: String { "\(currency.code) \(decimalString)" }
}
