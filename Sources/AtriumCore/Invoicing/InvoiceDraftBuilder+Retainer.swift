extension InvoiceDraftBuilder {
    /// A retainer period's lines: the fee as a fixed line, and the overage — time beyond the included
    /// and rolled-over hours, as the ledger counted it — at the overage rate (else the rate chain's
    /// rate for the client). Covers the period's unbilled `entries`, so they are not billed again.
    ///
    /// - Throws: ``Problem/noRate(client:project:)`` for overage with no rate.
    public func retainerDraft(
        terms: RetainerTerms,
        period: ClosedRange<LocalDate>,
        balance: RetainerPeriodBalance,
        entries: [BillableEntry]
    ) throws(Problem) -> Draft {
        let hours = TimeSpan(seconds: balance.includedSeconds).clockText
        var lines = [
            InvoiceLine.fixed("Retainer \(period.lowerBound) – \(period.upperBound) (\(hours) h included)", terms.fee)
        ]
        if balance.overageSeconds > 0 {
            guard let rate = terms.overageRate ?? rates.hourlyRate(client: client, project: nil) else {
                throw .noRate(client: client.name, project: nil)
            }
            lines.append(.time("Time beyond the included hours", seconds: balance.overageSeconds, at: rate))
        }
        return Draft(lines: lines, entryNumbers: entries.map(\.number))
    }
}
