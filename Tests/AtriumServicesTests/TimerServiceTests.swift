import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

@Suite struct TimerServiceTests {
    @Test("Starting while a timer runs stops the running one at the new start")
    func startStopsRunning() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await fixture.services.timer.start(.init(target: "acme", memo: "Listings"), as: fixture.owner)
            fixture.clock.advance(seconds: 1500)
            let outcome = try await fixture.services.timer.start(.init(target: "bloom"), as: fixture.owner)
            let stopped = try #require(outcome.stopped)
            #expect(stopped.clientName == "Acme Realty")
            #expect(stopped.duration == TimeSpan(seconds: 1500))
            #expect(outcome.started?.entry.start == stopped.entry.end)
            let running = try await fixture.store.runningEntry(
                of: fixture.owner.personID,
                in: fixture.owner.workspaceID
            )
            #expect(running?.number == 2)
        }
    }

    @Test("A timer replaced or stopped within the second it started is kept with zero length")
    func sameSecond() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await fixture.services.timer.start(.init(target: "acme"), as: fixture.owner)
            let replaced = try await fixture.services.timer.start(.init(target: "bloom"), as: fixture.owner)
            #expect(replaced.stopped?.duration == TimeSpan(seconds: 0))
            let stopped = try await fixture.services.timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            #expect(stopped.stopped?.duration == TimeSpan(seconds: 0))
        }
    }

    @Test("A forgotten punch: --at reads the latest past occurrence of that wall time")
    func startAndStopAt() async throws {
        // 18:00 UTC is 12:00 in Mexico City.
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let started = try await fixture.services.timer.start(.init(target: "acme", at: "9:15"), as: fixture.owner)
            #expect(started.started?.start.time == LocalTime(hour: 9, minute: 15))
            #expect(started.started?.start.date == LocalDate(year: 2026, month: 11, day: 23))
            let stopped = try await fixture.services.timer.stop(
                at: "11:45",
                memo: "Done",
                force: false,
                as: fixture.owner
            )
            #expect(stopped.stopped?.duration == .minutes(150))
            #expect(stopped.stopped?.entry.memo == "Done")
        }
    }

    @Test("Stopping with no timer running is refused")
    func stopWithoutTimer() async throws {
        try await withFixture { fixture in
            await #expect(throws: EntryError.noRunningTimer) {
                _ = try await fixture.services.timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            }
        }
    }

    @Test("Stopping before the timer started is refused and changes nothing")
    func stopBeforeStart() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.timer.start(.init(target: "acme", at: "11:00"), as: fixture.owner)
            await #expect(throws: InvalidInput.self) {
                _ = try await fixture.services.timer.stop(at: "10:00", memo: nil, force: false, as: fixture.owner)
            }
            let running = try await fixture.store.runningEntry(
                of: fixture.owner.personID,
                in: fixture.owner.workspaceID
            )
            #expect(running != nil)
        }
    }

    @Test("A timer that ran over 24 hours stops only with force")
    func longTimerNeedsForce() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.timer.start(.init(target: "acme"), as: fixture.owner)
            fixture.clock.advance(seconds: 25 * 3600)
            await #expect(throws: EntryError.tooLong(TimeSpan(seconds: 25 * 3600))) {
                _ = try await fixture.services.timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            }
            let outcome = try await fixture.services.timer.stop(at: nil, memo: nil, force: true, as: fixture.owner)
            #expect(outcome.stopped?.duration == .hours(25))
        }
    }

    @Test("Starting in the future is refused")
    func futureStart() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            await #expect(throws: EntryError.self) {
                _ = try await fixture.services.timer.start(
                    .init(target: "acme", at: "tomorrow 9:00"),
                    as: fixture.owner
                )
            }
        }
    }

    @Test("Cancel discards the running timer; it stays in the trail as deleted")
    func cancel() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.timer.start(.init(target: "acme"), as: fixture.owner)
            let cancelled = try await fixture.services.timer.cancel(as: fixture.owner)
            #expect(cancelled.entry.isDeleted)
            #expect(
                try await fixture.store.runningEntry(of: fixture.owner.personID, in: fixture.owner.workspaceID) == nil
            )
            let records = try await fixture.services.audit.recent(limit: 1, as: fixture.owner)
            #expect(records.first?.action == .deleted)
            await #expect(throws: EntryError.noRunningTimer) {
                _ = try await fixture.services.timer.cancel(as: fixture.owner)
            }
        }
    }

    @Test("Status shows the running timer, today's total and the client's local time")
    func status() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-23 08:00", to: "2026-11-23 09:30")
            _ = try await fixture.services.timer.start(.init(target: "acme", at: "11:00"), as: fixture.owner)
            let status = try await fixture.services.timer.status(as: fixture.owner)
            #expect(status.running?.duration == .hours(1))
            #expect(status.today == .minutes(150))
            // 18:00 UTC on 23 November is 05:00 on the 24th in Sydney (UTC+11).
            #expect(
                status.clientLocalTime
                    == LocalDateTime(
                        date: LocalDate(year: 2026, month: 11, day: 24)!,
                        time: LocalTime(hour: 5, minute: 0)!
                    )
            )
        }
    }

    @Test("An unknown or ambiguous client is refused with the candidates")
    func unknownClient() async throws {
        try await withFixture { fixture in
            try await fixture.client("Bloom & Co")
            try await fixture.client("Bright Ideas")
            await #expect(
                throws: LookupError.ambiguous(kind: "client", query: "b", candidates: ["Bloom & Co", "Bright Ideas"])
            ) {
                _ = try await fixture.services.timer.start(.init(target: "b"), as: fixture.owner)
            }
            await #expect(
                throws: LookupError.unknown(kind: "client", query: "zeta", candidates: ["Bloom & Co", "Bright Ideas"])
            ) {
                _ = try await fixture.services.timer.start(.init(target: "zeta"), as: fixture.owner)
            }
        }
    }
}
