import AtriumCore
import AtriumStore
import AtriumTestSupport
import Testing

@testable import AtriumServices

/// The dashboard's numbers (today and this week by client, from the kept totals) and its newest-first
/// list of entries.
@Suite struct GlanceTests {
    /// Thursday 26 November 2026, 12:00 in Mexico City (the owner's zone); the week began on Monday.
    static let thursdayNoon = "2026-11-26T18:00:00Z"

    @Test("Today and this week by client, finished time only, with the caller's running timer beside them")
    func todayAndWeek() async throws {
        try await withFixture(now: Self.thursdayNoon) { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 17:00")  // last week
            try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:30")
            try await fixture.entry("acme", from: "2026-11-26 08:00", to: "2026-11-26 09:00")
            try await fixture.entry("bloom", from: "2026-11-26 09:00", to: "2026-11-26 09:30")
            _ = try await fixture.services.timer.start(
                .init(target: "bloom", memo: "Calls", at: "11:00"),
                as: fixture.owner
            )

            let glance = try await fixture.services.summaries.glance(as: fixture.owner)
            #expect(Self.seconds(glance.today.lines) == ["Acme Realty": 3_600, "Bloom & Co": 1_800])
            #expect(Self.seconds(glance.week.summary.lines) == ["Acme Realty": 9_000, "Bloom & Co": 1_800])
            #expect(glance.week.period.days?.lowerBound == LocalDate(year: 2026, month: 11, day: 23))
            #expect(glance.week.running?.entry.memo == "Calls")
            #expect(glance.week.running?.duration.seconds == 3_600)
            // 2.5 h at AUD 45 and 0.5 h at GBP 38; no exchange rates, so the base sum names both gaps.
            #expect(glance.week.summary.totals.map(\.amount.labeled) == ["AUD 112.50", "GBP 19.00"])
            #expect(glance.week.inBase?.unconverted.map(\.labeled) == ["AUD 112.50", "GBP 19.00"])
        }
    }

    @Test("A member's glance holds their assigned client's time and no base-currency sum")
    func member() async throws {
        try await withFixture(now: Self.thursdayNoon) { fixture in
            let acme = try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            try await fixture.entry("acme", from: "2026-11-26 08:00", to: "2026-11-26 09:00")
            try await fixture.entry("bloom", from: "2026-11-26 09:00", to: "2026-11-26 09:30")
            let member = try await fixture.member("Ana Silva", assignedTo: [acme.id])

            let glance = try await fixture.services.summaries.glance(as: member)
            #expect(Self.seconds(glance.week.summary.lines) == ["Acme Realty": 3_600])
            #expect(glance.week.inBase == nil)
            #expect(glance.week.running == nil)
        }
    }

    @Test("Newest-first pages run back through the period and go on from their cursor")
    func newestFirstPages() async throws {
        try await withFixture(now: Self.thursdayNoon) { fixture in
            try await fixture.client("Acme Realty")
            for day in 23...26 {
                try await fixture.entry(
                    "acme",
                    from: "2026-11-\(day) 09:00",
                    to: "2026-11-\(day) 10:00",
                    memo: "\(day)"
                )
            }
            // Two entries starting at the same minute: the later number is the newer.
            try await fixture.entry("acme", from: "2026-11-26 09:00", to: "2026-11-26 09:20", memo: "26b")
            let entries = fixture.services.entries
            let first = try await entries.page(.week, after: nil, limit: 2, newestFirst: true, as: fixture.owner)
            #expect(first.entries.map(\.entry.memo) == ["26b", "26"])
            let second = try await entries.page(
                .week,
                after: first.next,
                limit: 2,
                newestFirst: true,
                as: fixture.owner
            )
            #expect(second.entries.map(\.entry.memo) == ["25", "24"])
            let last = try await entries.page(.week, after: second.next, limit: 2, newestFirst: true, as: fixture.owner)
            #expect(last.entries.map(\.entry.memo) == ["23"])
            #expect(last.next == nil)
            let oldestFirst = try await entries.page(.week, after: nil, limit: 2, as: fixture.owner)
            #expect(oldestFirst.entries.map(\.entry.memo) == ["23", "24"])
        }
    }

    static func seconds(_ lines: [SummaryLine]) -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: lines.map { ($0.clientName, $0.rawSeconds) })
    }
}
