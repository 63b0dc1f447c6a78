import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Retainer alerts: recorded once per period and threshold, when added or stopped time reaches them.
@Suite struct RetainerAlertTests {
    @Test("Time reaching 75 %, then 90 and 100 % records each alert once, when the work reaches it")
    func recordedOnce() async throws {
        try await withFixture(zone: "UTC", now: "2026-11-20T12:00:00Z") { fixture in
            try await fixture.client("Bloom & Co", zone: "UTC", currency: "GBP")
            try await fixture.client("Acme Realty", zone: "UTC")
            let retainers = fixture.services.retainers
            _ = try await retainers.set(
                .init(monthly: "900", hours: "10", currency: "GBP", from: "2026-11-01"),
                forClient: "bloom",
                as: fixture.owner
            )
            try await fixture.entry("bloom", from: "2026-11-02 09:00", to: "2026-11-02 16:00")
            #expect(try await retainers.alerts(forClient: nil, as: fixture.owner).isEmpty, "70 % is below 75 %")
            fixture.clock.set(try TestClock("2026-11-20T13:00:00Z").now)
            try await fixture.entry("bloom", from: "2026-11-03 09:00", to: "2026-11-03 10:00")
            let first = try await retainers.alerts(forClient: "bloom", as: fixture.owner)
            #expect(first.map(\.1.thresholdBasisPoints) == [7500])
            #expect(first.first?.1.text == "75% of 10:00 h used (8:00 h), period 2026-11-01 – 2026-11-30")
            #expect(first.first?.1.reachedAt == fixture.clock.now)

            fixture.clock.set(try TestClock("2026-11-20T14:00:00Z").now)
            try await fixture.entry("bloom", from: "2026-11-04 09:00", to: "2026-11-04 12:00")
            _ = try await retainers.status(forClient: "bloom", as: fixture.owner)
            try await fixture.entry("acme", from: "2026-11-04 09:00", to: "2026-11-04 20:00")
            let all = try await retainers.alerts(forClient: nil, as: fixture.owner)
            #expect(all.map(\.1.thresholdBasisPoints) == [10_000, 9000, 7500], "newest first, none twice")
            #expect(all.allSatisfy { $0.0.name == "Bloom & Co" })
            #expect(all[0].1.usedSeconds == 11 * 3600)
            let status = try await retainers.status(forClient: "bloom", as: fixture.owner)
            #expect(status.recordedAlerts.map(\.thresholdBasisPoints) == [10_000, 9000, 7500])
        }
    }

    @Test("A running timer stopped past a threshold records it; members may not list alerts")
    func stoppedTimer() async throws {
        try await withFixture(zone: "UTC", now: "2026-11-20T09:00:00Z") { fixture in
            try await fixture.client("Bloom & Co", zone: "UTC", currency: "GBP")
            _ = try await fixture.services.retainers.set(
                .init(monthly: "900", hours: "2", currency: "GBP", from: "2026-11-01"),
                forClient: "bloom",
                as: fixture.owner
            )
            _ = try await fixture.services.timer.start(TimerService.Start(target: "bloom"), as: fixture.owner)
            fixture.clock.set(try TestClock("2026-11-20T10:48:00Z").now)
            _ = try await fixture.services.timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            let alerts = try await fixture.services.retainers.alerts(forClient: nil, as: fixture.owner)
            #expect(alerts.map(\.1.thresholdBasisPoints) == [9000, 7500])
            let member = Caller(workspaceID: fixture.owner.workspaceID, personID: ID(), role: .member)
            await #expect(throws: ServiceError.self) {
                try await fixture.services.retainers.alerts(forClient: nil, as: member)
            }
        }
    }

    @Test("A client rounding per line has each retainer period's time rounded once")
    func roundingPerLine() async throws {
        try await withFixture(zone: "UTC", now: "2026-11-20T12:00:00Z") { fixture in
            try await fixture.client("Bloom & Co", zone: "UTC", currency: "GBP", rounding: .up(minutes: 15))
            _ = try await fixture.services.retainers.set(
                .init(monthly: "900", hours: "10", currency: "GBP", from: "2026-11-01"),
                forClient: "bloom",
                as: fixture.owner
            )
            try await fixture.entry("bloom", from: "2026-11-02 09:00", to: "2026-11-02 09:07")
            try await fixture.entry("bloom", from: "2026-11-03 09:00", to: "2026-11-03 09:07")
            let perEntry = try await fixture.services.retainers.status(forClient: "bloom", as: fixture.owner)
            #expect(perEntry.current.balance.usedSeconds == 1800)
            var input = ClientInput()
            input.roundingScope = .line
            _ = try await fixture.services.clients.edit("bloom", with: input, as: fixture.owner)
            let perLine = try await fixture.services.retainers.status(forClient: "bloom", as: fixture.owner)
            #expect(perLine.current.balance.usedSeconds == 900)
        }
    }
}
