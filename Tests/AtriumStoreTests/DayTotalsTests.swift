import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// The per-day totals answer all-time summaries; they must always equal a scan of the entries.
@Suite struct DayTotalsTests {
    private let everything = Instant(secondsSinceEpoch: 0)..<Instant(secondsSinceEpoch: 4_000_000_000)

    private func normalized(_ totals: [EntryTotal]) -> [String] {
        totals.filter { $0.entryCount != 0 }.map {
            "\($0.clientID) \($0.projectID?.description ?? "-") \($0.isBillable) \($0.entryCount) \($0.rawSeconds) \($0.roundedSeconds)"
        }.sorted()
    }

    private func expectCacheMatchesScan(_ fixture: Fixture) async throws {
        let workspace = fixture.owner.workspaceID
        let cached = try await fixture.store.entryTotals(in: workspace, .allTime)
        let scanned = try await fixture.store.entryTotals(in: workspace, .startingIn(everything))
        #expect(normalized(cached) == normalized(scanned))
    }

    @Test("An edit writes each column it changes, alone or with others, and leaves the rest")
    func editWritesWhatChanged() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rounding: .up(minutes: 15))
            let bloom = try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            let (_, newsletter) = try await fixture.services.projects.add(
                "bloom/Newsletter",
                .init(),
                as: fixture.owner
            )
            let task = try await fixture.services.tasks.add(
                "Issue",
                client: "bloom",
                project: "Newsletter",
                .init(),
                as: fixture.owner
            ).task
            let member = try await fixture.member()
            let entry = try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00", memo: "Calls")
            let workspace = fixture.owner.workspaceID
            let stamp = AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
            let pound = try Currency(code: "GBP")
            let changes: [@Sendable (inout TimeEntry) -> Void] = [
                { $0.memo = "Calls and notes" },
                { $0.end = $0.end?.adding(seconds: 900) },
                {
                    $0.start = $0.start.adding(seconds: -600)
                    $0.isBillable = false
                },
                {
                    $0.clientID = bloom.id
                    $0.projectID = newsletter.id
                },
                { $0.taskID = task.id },
                { $0.price = .hourly(Money(minorUnits: 4_000, currency: pound)) },
                { $0.price = nil },
                { $0.personID = member.personID },
                { $0.deletedAt = $0.end },
            ]
            var expected = entry
            for change in changes {
                change(&expected)
                let (_, after, _) = try await fixture.store.updateEntry(
                    .number(entry.number),
                    in: workspace,
                    stamp: stamp,
                    change: { change(&$0) },
                    check: nil
                )
                #expect(after == expected)
                #expect(try await fixture.store.entry(number: entry.number, in: workspace) == expected)
                try await expectCacheMatchesScan(fixture)
            }
            #expect(try await fixture.auditProblem() == nil)
        }
    }

    @Test("Totals follow inserts, edits, deletions, timers and rounding changes")
    func totalsStayCurrent() async throws {
        try await withFixture { fixture in
            let acme = try await fixture.client("Acme Realty", rounding: .up(minutes: 15))
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            _ = try await fixture.services.projects.add("acme/Listings", .init(rate: "55"), as: fixture.owner)
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 09:07")
            try await fixture.entry("acme/listings", from: "2026-11-20 10:00", to: "2026-11-20 11:31")
            try await fixture.entry("bloom", from: "2026-11-21 23:30", to: "2026-11-22 01:10", billable: false)
            try await expectCacheMatchesScan(fixture)

            var move = EntryInput(target: "bloom")
            move.allowsOverlap = true
            _ = try await fixture.services.entries.edit(1, with: move, as: fixture.owner)
            _ = try await fixture.services.entries.delete(2, as: fixture.owner)
            try await expectCacheMatchesScan(fixture)

            _ = try await fixture.services.timer.start(.init(target: "acme"), as: fixture.owner)
            fixture.clock.advance(seconds: 1000)
            _ = try await fixture.services.timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            try await expectCacheMatchesScan(fixture)

            var rounding = ClientInput()
            rounding.rounding = .nearest(minutes: 6)
            _ = try await fixture.services.clients.edit(acme.name, with: rounding, as: fixture.owner)
            try await expectCacheMatchesScan(fixture)
            let acmeTotals = try await fixture.store.entryTotals(in: fixture.owner.workspaceID, .allTime)
                .filter { $0.clientID == acme.id }
            // 16 min 40 s to the nearest 6 min: 18 min
            #expect(acmeTotals.reduce(0) { $0 + $1.roundedSeconds } == 1080)
        }
    }

    @Test("Per-day totals over some days equal reading the entries that start on them, in the person's zone")
    func personDaysMatchScan() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rounding: .up(minutes: 15))
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            try await fixture.entry("acme", from: "2026-11-20 23:50", to: "2026-11-21 00:20")
            try await fixture.entry("acme", from: "2026-11-21 09:00", to: "2026-11-21 09:07")
            try await fixture.entry("bloom", from: "2026-11-22 23:30", to: "2026-11-23 01:00")
            try await fixture.entry("bloom", from: "2026-11-23 08:00", to: "2026-11-23 09:00")
            let zone = try ZoneID("America/Mexico_City")
            let first = LocalDate(year: 2026, month: 11, day: 21)!
            let last = LocalDate(year: 2026, month: 11, day: 22)!
            let workspace = fixture.owner.workspaceID
            let fromDays = try await fixture.store.entryTotals(in: workspace, .personDays(first...last))
            let scanned = try await fixture.store.entryTotals(
                in: workspace,
                .startingIn(zone.startOfDay(first)..<zone.startOfDay(last.adding(days: 1)))
            )
            #expect(normalized(fromDays) == normalized(scanned))
            #expect(fromDays.reduce(0) { $0 + $1.entryCount } == 2)
        }
    }

    @Test("A running timer is not counted until it stops")
    func runningIsNotCounted() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.timer.start(.init(target: "acme"), as: fixture.owner)
            fixture.clock.advance(seconds: 600)
            #expect(try await fixture.store.entryTotals(in: fixture.owner.workspaceID, .allTime).isEmpty)
            #expect(try await fixture.store.entryTotals(in: fixture.owner.workspaceID, .startingIn(everything)).isEmpty)
            let days = LocalDate(year: 2026, month: 1, day: 1)!...LocalDate(year: 2026, month: 12, day: 31)!
            #expect(try await fixture.store.entryTotals(in: fixture.owner.workspaceID, .personDays(days)).isEmpty)
        }
    }
}
