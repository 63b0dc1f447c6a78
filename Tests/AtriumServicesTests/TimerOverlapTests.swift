import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// A punch in or out given in the past claims time: it may not overlap the person's other entries
/// (as `add` and `edit` may not) unless the caller allows it; and a time before the timer's start is
/// named as such. Monday 23 November 2026, 12:00 in Mexico City.
@Suite struct TimerOverlapTests {
    static func overlaps(_ numbers: [Int]) -> (any Error) -> Bool {
        { error in
            guard case EntryError.overlaps(let clashes) = error else { return false }
            return clashes.map(\.number) == numbers
        }
    }

    @Test("start --at into an existing entry is refused and starts nothing; allowed, it starts")
    func startIntoEntry() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let call = try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 11:00", memo: "call")
            let timer = fixture.services.timer
            await #expect(
                performing: {
                    try await timer.start(.init(target: "acme", memo: "overlap", at: "9:15"), as: fixture.owner)
                },
                throws: Self.overlaps([call.number])
            )
            #expect(try await timer.running(as: fixture.owner) == nil, "nothing started")

            let started = try await timer.start(
                .init(target: "acme", memo: "on purpose", at: "9:15", allowsOverlap: true),
                as: fixture.owner
            )
            #expect(started.started?.entry.memo == "on purpose")
        }
    }

    @Test("start --at after the last entry, then stop --at into another entry: refused until allowed")
    func stopIntoEntry() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let timer = fixture.services.timer
            _ = try await timer.start(.init(target: "acme", memo: "early", at: "7:00"), as: fixture.owner)
            let later = try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            // A timer that ran from 7:00 overlaps 9:00–10:00 if it stops at 9:30…
            await #expect(
                performing: {
                    try await timer.stop(at: "9:30", memo: nil, force: false, as: fixture.owner)
                },
                throws: Self.overlaps([later.number])
            )
            #expect(try await timer.running(as: fixture.owner)?.entry.memo == "early", "still running")
            // …but not at 9:00, where the other begins.
            let stopped = try await timer.stop(at: "9:00", memo: nil, force: false, as: fixture.owner)
            #expect(stopped.stopped?.duration.seconds == 7_200)
            // A new start in the past reaching into 9:00–10:00 is refused; from 10:00 it is not.
            await #expect(
                performing: {
                    try await timer.start(.init(target: "acme", at: "9:45"), as: fixture.owner)
                },
                throws: Self.overlaps([later.number])
            )
            _ = try await timer.start(.init(target: "acme", at: "10:00"), as: fixture.owner)
            _ = try await timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            let total = try await fixture.services.entries.list(.today, as: fixture.owner).total
            #expect(total.seconds == 7_200 + 3_600 + 7_200, "no minute counted twice")
        }
    }

    @Test("Times before the running timer's start are named as such, for start and for stop")
    func beforeTheStart() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let timer = fixture.services.timer
            _ = try await timer.start(.init(target: "acme", at: "9:00"), as: fixture.owner)
            let early = await #expect(throws: InvalidInput.self) {
                try await timer.start(.init(target: "acme", at: "8:30"), as: fixture.owner)
            }
            #expect(early?.field == "--at")
            #expect(
                early?.message
                    == "the running timer started at 2026-11-23 09:00; a new one cannot start before it (stop or cancel it first)"
            )
            // 12:30 has not come yet today: the latest 12:30 that passed is yesterday's.
            let late = await #expect(throws: InvalidInput.self) {
                try await timer.stop(at: "12:30", memo: nil, force: false, as: fixture.owner)
            }
            #expect(late?.message == "12:30 was read as 2026-11-22 12:30, before the timer's start at 2026-11-23 09:00")
            #expect(try await timer.running(as: fixture.owner) != nil)
        }
    }
}
