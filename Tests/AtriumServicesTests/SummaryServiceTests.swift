import AtriumCore
import AtriumStore
import AtriumTestSupport
import Testing

@testable import AtriumServices

@Suite struct SummaryServiceTests {
    @Test("Summary rounds per entry by each client's rule, charges per project and totals per currency")
    func summaryByClient() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rounding: .up(minutes: 15))
            try await fixture.client(
                "Bloom & Co",
                zone: "Europe/London",
                currency: "GBP",
                rate: "38",
                rounding: .nearest(minutes: 6)
            )
            try await fixture.client("Northwind Legal", zone: "America/New_York", currency: "USD", rate: nil)
            _ = try await fixture.services.projects.add("acme/Listings", .init(rate: "55"), as: fixture.owner)
            try await fixture.entry("acme", from: "2026-11-16 09:00", to: "2026-11-16 09:07")  // 7 min → 15
            try await fixture.entry("acme/listings", from: "2026-11-16 10:00", to: "2026-11-16 11:01")  // 61 → 75
            try await fixture.entry("bloom", from: "2026-11-17 09:00", to: "2026-11-17 09:10")  // 10 → 12
            try await fixture.entry("bloom", from: "2026-11-17 10:00", to: "2026-11-17 10:20", billable: false)
            // Northwind has no rate of its own: the workspace default (USD 40) applies.
            try await fixture.entry("northwind", from: "2026-11-18 09:00", to: "2026-11-18 10:30")
            let report = try await fixture.services.summaries.summary(.week, by: .client, as: fixture.owner)
            #expect(
                report.period.days == LocalDate(year: 2026, month: 11, day: 23)!...LocalDate(
                    year: 2026,
                    month: 11,
                    day: 29
                )!
            )
            #expect(report.summary.lines.isEmpty)

            let lastWeek = try await fixture.services.summaries.summary(
                .range(
                    from: LocalDate(year: 2026, month: 11, day: 16)!,
                    to: LocalDate(year: 2026, month: 11, day: 22)!
                ),
                by: .client,
                as: fixture.owner
            )
            let lines = Dictionary(uniqueKeysWithValues: lastWeek.summary.lines.map { ($0.clientName, $0) })
            let acme = try #require(lines["Acme Realty"])
            #expect(acme.rawSeconds == 68 * 60)
            #expect(acme.billableSeconds == 90 * 60)
            // 15 min at AUD 45 = 11.25; 75 min at AUD 55 = 68.75
            #expect(acme.amount == Money(minorUnits: 8000, currency: try Currency(code: "AUD")))
            let bloom = try #require(lines["Bloom & Co"])
            #expect(bloom.rawSeconds == 30 * 60)
            #expect(bloom.billableSeconds == 12 * 60)
            #expect(bloom.amount == Money(minorUnits: 760, currency: try Currency(code: "GBP")))
            let northwind = try #require(lines["Northwind Legal"])
            #expect(northwind.amount == Money(minorUnits: 6000, currency: .usd))
            #expect(lastWeek.summary.totals.map(\.currency.code) == ["AUD", "GBP", "USD"])

            let byProject = try await fixture.services.summaries.summary(
                .range(
                    from: LocalDate(year: 2026, month: 11, day: 16)!,
                    to: LocalDate(year: 2026, month: 11, day: 22)!
                ),
                by: .project,
                as: fixture.owner
            )
            let acmeProjects = byProject.summary.lines.filter { $0.clientName == "Acme Realty" }.map(\.projectName)
            #expect(acmeProjects == ["", "Listings"])
        }
    }

    @Test("All time comes from the cached totals and equals the bounded summary over everything")
    func allTimeMatchesRange() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rounding: .up(minutes: 15))
            try await fixture.entry("acme", from: "2026-10-01 09:00", to: "2026-10-01 09:07")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:01")
            let all = try await fixture.services.summaries.summary(.all, by: .client, as: fixture.owner)
            let range = try await fixture.services.summaries.summary(
                .range(from: LocalDate(year: 2020, month: 1, day: 1)!, to: LocalDate(year: 2026, month: 12, day: 31)!),
                by: .client,
                as: fixture.owner
            )
            #expect(all.summary == range.summary)
            #expect(all.summary.lines.first?.billableSeconds == Int64(90 * 60))
        }
    }

    @Test("Periods come from the kept day totals only when every person shares the period's zone")
    func scopeChoice() throws {
        let mexico = try ZoneID("America/Mexico_City")
        let days = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!
        let period = Period(label: "November", days: days, zone: mexico)
        let workspace = ID<Workspace>()
        let owner = Person(
            workspaceID: workspace,
            name: "A",
            role: .owner,
            zone: mexico,
            language: .english,
            createdAt: Instant(secondsSinceEpoch: 0)
        )
        var member = owner
        member.zone = .utc
        #expect(SummaryService.scope(of: period, people: [owner]) == .personDays(days))
        #expect(
            SummaryService.scope(of: period, people: [owner, member]) == .startingIn(try #require(period.interval))
        )
        #expect(SummaryService.scope(of: Period(label: "all", days: nil, zone: mexico), people: [owner]) == .allTime)
    }
}
