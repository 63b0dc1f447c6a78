import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// History imported with the amounts and rates it billed: summaries (from the kept totals and from
/// the entries) charge it as the invoice does.
@Suite struct PricedSummaryServiceTests {
    /// Acme: 1.5 h billed 67.50 in Toggl, and an hour with no amount (the rate card's 40.00).
    static let toggl = """
        User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)
        Maria Lopez,,Acme,,,Photos,Yes,2026-03-02,09:00:00,2026-03-02,10:30:00,01:30:00,,67.50
        Maria Lopez,,Acme,,,Inbox,Yes,2026-03-02,11:00:00,2026-03-02,12:00:00,01:00:00,,

        """
    /// 1.5 h at Clockify's own rate of 60.00 (no amount): 90.00.
    static let clockify = """
        "Start Date","Start Time","End Date","End Time","Activity","Project","Description","User","Email","Tags","Type","Billable","Invoiced","Invoice ID","Duration (h)","Duration (decimal)","Billable Rate (EUR)","Billable Amount (EUR)","Group","Date of creation","Extra"
        "03.03.2026","14:00","03.03.2026","15:30:00","Calls","","Weekly","Maria Lopez","","","Regular","Yes","No","","01:30:00","1.50","60.00","0.00","","03.03.2026",""
        """
    static let march = LocalDate(year: 2026, month: 3, day: 1)!...LocalDate(year: 2026, month: 3, day: 31)!
    static let everything = Instant(secondsSinceEpoch: 0)..<Instant(secondsSinceEpoch: 4_000_000_000)

    @Test("Summaries of every kind charge imported entries by their kept price, and agree with the invoice")
    func summariesAgreeWithInvoice() async throws {
        try await withFixture(zone: "Europe/Vienna") { fixture in
            try await fixture.client("Acme", zone: "Europe/Vienna", currency: "EUR", rate: "40")
            let toggl = try await fixture.services.imports.run(
                ImportService.Request(format: .toggl, bytes: Array(Self.toggl.utf8)),
                as: fixture.owner
            )
            var clockify = ImportService.Request(format: .clockify, bytes: Array(Self.clockify.utf8))
            clockify.options = ImportFormat.Options(dateOrder: .dayFirst, client: "Acme")
            let clockifyReport = try await fixture.services.imports.run(clockify, as: fixture.owner)
            #expect(toggl.priced == 1)
            #expect(clockifyReport.priced == 1)

            let expected = Money(minorUnits: 6_750 + 4_000 + 9_000, currency: try Currency(code: "EUR"))
            let summaries = fixture.services.summaries
            for (period, grouping) in [
                (PeriodChoice.range(from: Self.march.lowerBound, to: Self.march.upperBound), SummaryGrouping.client),
                (.all, .client), (.all, .project), (.all, .person),
                (.range(from: Self.march.lowerBound, to: Self.march.upperBound), .day), (.all, .tag),
            ] {
                let report = try await summaries.summary(period, by: grouping, as: fixture.owner)
                #expect(report.summary.totals.map(\.amount) == [expected], "\(period) by \(grouping)")
            }

            let draft = try await fixture.services.invoices.draft(client: "Acme", period: Self.march, as: fixture.owner)
            #expect(draft.totals.net == expected.minorUnits)

            let workspace = fixture.owner.workspaceID
            let cached = try await fixture.store.entryTotals(in: workspace, .allTime)
            let scanned = try await fixture.store.entryTotals(in: workspace, .startingIn(Self.everything))
            let days = try await fixture.store.entryTotals(in: workspace, .personDays(Self.march))
            #expect(Self.normalized(cached) == Self.normalized(scanned))
            #expect(Self.normalized(days) == Self.normalized(scanned))
            #expect(Set(cached.map(\.pricing)).count == 3)
        }
    }

    static func normalized(_ totals: [EntryTotal]) -> [String] {
        totals.map {
            "\($0.clientID) \($0.pricing) \($0.entryCount) \($0.rawSeconds) \($0.roundedSeconds) \($0.fixedMinorUnits)"
        }.sorted()
    }
}
