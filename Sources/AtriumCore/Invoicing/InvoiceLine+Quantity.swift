extension InvoiceLine {
    /// Reads a quantity such as `3`, `2.5` or `0.125` as thousandths of a unit (a line's quantity).
    ///
    /// - Throws: ``InvalidInput`` on `quantity` unless it is a plain number ≥ 0 with at most three decimals.
    public static func parseQuantity(_ text: String) throws(InvalidInput) -> Int64 {
        guard let thousandths = DecimalText.scaled(text.trimmingWhitespace(), decimals: 3) else {
            throw InvalidInput("\"\(text)\" is not a quantity: use a number such as 3 or 2.5", field: "quantity")
        }
        return thousandths
    }

    /// The quantity as people read it: `1:30 h` for time, `3`, `2.5`, `0.125` for units.
    public var quantityText: String {
        guard kind != .time else { return TimeSpan(seconds: quantity).clockText + " h" }
        let whole = quantity / 1000
        guard quantity % 1000 != 0 else { return String(whole) }
        var fraction = String(quantity % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
