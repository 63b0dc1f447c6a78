extension Money {
    /// Reads an hourly rate as typed (`45`, `45.50`) in `currency`.
    ///
    /// - Throws: ``InvalidInput`` for the `rate` field: not an amount, too many decimals, or negative.
    public static func parseRate(_ text: String, currency: Currency) throws(InvalidInput) -> Money {
        let rate: Money
        do { rate = try Money.parse(text, currency: currency) } catch { throw error.named("rate") }
        try rate.validateAsRate(billedIn: currency, by: "the client")
        return rate
    }

    /// Checks that this amount can be an hourly rate for work billed in `currency`: the same
    /// currency, not negative, and not above ``largestRateMinorUnits``.
    ///
    /// - Parameter payer: Who is billed, for the message (`Acme Realty`).
    /// - Throws: ``InvalidInput`` for the `rate` field.
    public func validateAsRate(billedIn currency: Currency, by payer: String) throws(InvalidInput) {
        guard self.currency == currency else {
            throw InvalidInput("the rate is in \(self.currency) but \(payer) bills in \(currency)", field: "rate")
        }
        guard minorUnits >= 0 else { throw InvalidInput("a rate cannot be negative", field: "rate") }
        guard minorUnits <= Self.largestRateMinorUnits else {
            let largest = Money(minorUnits: Self.largestRateMinorUnits, currency: currency)
            throw InvalidInput("a rate above \(largest.labeled) an hour is not accepted", field: "rate")
        }
    }
}
