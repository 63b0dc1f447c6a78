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

    /// The line of a deposit invoice: `basisPoints` of `estimate`, rounded half up once
    /// (`Deposit 30% of the estimate of AUD 5000.00: Website`).
    ///
    /// - Throws: ``InvalidInput`` on `percent` outside 1–100 %, on `estimate` unless positive.
    public static func deposit(basisPoints: Int, of estimate: Money, for purpose: String?, tax: TaxRate = .none)
        throws(InvalidInput) -> InvoiceLine
    {
        guard (1...10_000).contains(basisPoints) else {
            throw InvalidInput("a deposit is between 0.01 % and 100 % of the estimate", field: "percent")
        }
        guard estimate.minorUnits > 0 else {
            throw InvalidInput("the estimate must be more than zero", field: "estimate")
        }
        let amount = Int64(
            clamping: DivisionRounding.halfUp.divide(Int128(estimate.minorUnits) * Int128(basisPoints), by: 10_000)
        )
        let note = purpose.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : ": \($0)" } ?? ""
        return InvoiceLine(
            kind: .deposit,
            description: "Deposit \(Percent.text(basisPoints)) of the estimate of \(estimate.labeled)\(note)",
            quantity: 1000,
            unitPrice: Money(minorUnits: amount, currency: estimate.currency),
            tax: tax
        )
    }
}
