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
}
