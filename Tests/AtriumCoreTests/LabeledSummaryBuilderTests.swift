import Testing

@testable import AtriumCore

/// Summaries by tag and by day: lines per label and client, totals counting each entry once.
@Suite struct LabeledSummaryBuilderTests {
    typealias Fixture = SummaryBuilderTests

    @Test func anEntryWithTwoTagsShowsUnderBothAndOnceInTheTotals() {
        var builder = LabeledSummaryBuilder(
            clients: [Fixture.acme, Fixture.beta],
            projects: [],
            rates: RateCard(workspaceDefault: money(3000, "USD")),
            grouping: .tag
        )
        builder.add(Fixture.total(Fixture.acme, raw: 3600), labels: ["+email", "+rush"])
        builder.add(Fixture.total(Fixture.beta, raw: 1800), labels: ["+email"])
        builder.add(Fixture.total(Fixture.acme, raw: 600), labels: ["(no tag)"])
        let summary = builder.build()
        #expect(summary.grouping == .tag)
        #expect(summary.lines.map(\.groupLabel) == ["(no tag)", "+email", "+email", "+rush"])
        #expect(summary.lines.map(\.clientName) == ["Acme Realty", "Acme Realty", "beta Books", "Acme Realty"])
        // Acme at USD 45.00, beta at the workspace's USD 30.00.
        #expect(summary.lines.map { $0.amount?.minorUnits } == [750, 4500, 1500, 4500])
        let total = summary.totals.first
        #expect(summary.totals.count == 1)
        #expect(total?.rawSeconds == 6000, "3600 + 1800 + 600: the entry with two tags counts once")
        #expect(total?.amount.minorUnits == Int64(750 + 4500 + 1500))
    }

    @Test func daysComeInOrder() {
        var builder = LabeledSummaryBuilder(
            clients: [Fixture.acme],
            projects: [],
            rates: RateCard(workspaceDefault: nil),
            grouping: .day
        )
        builder.add(Fixture.total(Fixture.acme, raw: 60), labels: ["2026-11-24"])
        builder.add(Fixture.total(Fixture.acme, raw: 120), labels: ["2026-11-23"])
        builder.add(Fixture.total(Fixture.acme, raw: 180), labels: ["2026-11-24"])
        let summary = builder.build()
        #expect(summary.lines.map(\.groupLabel) == ["2026-11-23", "2026-11-24"])
        #expect(summary.lines.map(\.rawSeconds) == [120, 240])
    }
}
