import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Retainers on a real store: the terms, the periods walked from the first, the forecast.
@Suite struct RetainerServiceTests {
    @Test("Status walks every period since the first: rollover in, usage rounded by the client's rule, pace")
    func status() async throws {
        // The clock reads 2026-11-11 12:00 UTC; Bloom is in London (UTC in November).
        try await withFixture(zone: "Europe/London", now: "2026-11-11T12:00:00Z") { fixture in
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rounding: .up(minutes: 15))
            let retainers = fixture.services.retainers
            _ = try await retainers.set(
                .init(
                    monthly: "900",
                    hours: "20",
                    rollover: "5h",
                    overageRate: "50",
                    currency: "GBP",
                    from: "2026-10-05"
                ),
                forClient: "bloom",
                as: fixture.owner
            )
            // October: 12 h used → 8 h unused, 5 h roll over.
            try await fixture.entry("bloom", from: "2026-10-06 09:00", to: "2026-10-06 21:00")
            // November: 9 h 50 min → rounded up per entry to 10 h; one non-billable hour does not count.
            try await fixture.entry("bloom", from: "2026-11-02 09:00", to: "2026-11-02 13:55")
            try await fixture.entry("bloom", from: "2026-11-03 09:00", to: "2026-11-03 13:55")
            try await fixture.entry("bloom", from: "2026-11-04 09:00", to: "2026-11-04 10:00", billable: false)
            let status = try await retainers.status(forClient: "bloom", as: fixture.owner)
            #expect(status.periods.map(\.dates.lowerBound.description) == ["2026-10-01", "2026-11-01"])
            let october = status.periods[0].balance
            #expect(october.usedSeconds == 12 * 3600)
            #expect(october.rolledOutSeconds == 5 * 3600)
            let november = status.current.balance
            #expect(november.rolledInSeconds == 5 * 3600)
            #expect(november.usedSeconds == 10 * 3600)
            #expect(november.leftSeconds == 15 * 3600)
            // 10 h in 10.5 days of 25 h available: they run out after 26.25 days, on 27 November.
            #expect(status.runsOut.map { ZoneID.utc.localDate(at: $0).description } == "2026-11-27")
            #expect(status.alerts.isEmpty)
        }
    }

    @Test("Bad terms are refused naming the field, and nothing is stored")
    func refused() async throws {
        try await withFixture { fixture in
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            let retainers = fixture.services.retainers
            let cases: [(RetainerService.Input, String)] = [
                (.init(monthly: "900", hours: "20", currency: "USD"), "currency"),
                (.init(monthly: "abc", hours: "20"), "monthly"),
                (.init(monthly: "900", hours: "-5"), "hours"),
                (.init(monthly: "900", hours: "20", rollover: "5h", rolloverPeriods: 2), "rollover"),
                (.init(monthly: "900", hours: "20", rolloverPeriods: 30), "rollover"),
                (.init(monthly: "900", hours: "20", startDay: 32), "start-day"),
                (.init(monthly: "900", hours: "20", from: "2026-13-01"), "from"),
            ]
            for (input, field) in cases {
                await #expect {
                    try await retainers.set(input, forClient: "bloom", as: fixture.owner)
                } throws: { error in
                    (error as? any UserFacingError)?.field == field
                }
            }
            await #expect(throws: StoreError.self) { try await retainers.status(forClient: "bloom", as: fixture.owner) }
        }
    }
}
