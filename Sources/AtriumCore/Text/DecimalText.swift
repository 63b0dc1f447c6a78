/// Plain non-negative decimals as typed (`3`, `2.5`, `12.25`), read exactly as whole units of a
/// fixed scale: the one reader behind quantities and percentages.
enum DecimalText {
    /// `text` × 10^`decimals`; nil unless it is digits with at most `decimals` after one `.`.
    static func scaled(_ text: String, decimals: Int) -> Int64? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            fraction.count <= decimals, parts.count == 1 || !fraction.isEmpty, let whole = Int64(parts[0]),
            let rest = Int64(fraction + String(repeating: "0", count: decimals - fraction.count))
        else { return nil }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let (units, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        return units + rest
    }
}
