extension InvoiceLine {
    /// Reads a quantity such as `3`, `2.5` or `0.125` as thousandths of a unit (a line's quantity).
    ///
    /// - Throws: ``InvalidInput`` on `quantity` unless it is a plain number ≥ 0 with at most three decimals.
    public static func parseQuantity(_ text: String) throws(InvalidInput) -> Int64 {
        let parts = text.trimmingWhitespace().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            fraction.count <= 3,
            let units = Int64(whole),
            let thousandths = Int64(fraction + String(repeating: "0", count: 3 - fraction.count))
        else {
            throw InvalidInput("\"\(text)\" is not a quantity: use a number such as 3 or 2.5", field: "quantity")
        }
        let (total, overflow) = units.multipliedReportingOverflow(by: 1000)
        guard !overflow else { throw InvalidInput("\"\(text)\" is too large a quantity", field: "quantity") }
        return total + thousandths
    }
}
