import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// The server's entry writes commit in groups: many at once all land, each refused one alone is
/// undone, and the audit chain and totals stay whole.
@Suite struct GroupCommitTests {
    @Test("Concurrent entry writes: the good ones commit, the refused ones alone are undone")
    func concurrentWrites() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty", rounding: .up(minutes: 15))
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00", memo: "base")
            let entries = fixture.services.entries
            let owner = fixture.owner
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        // Even ones on days of their own; odd ones overlap the base entry, and are refused.
                        let day = index % 2 == 0 ? 3 + index / 2 : 2
                        let date = "2026-11-\(day < 10 ? "0" : "")\(day)"
                        let input = EntryInput(
                            target: "acme",
                            from: "\(date) 09:30",
                            to: "\(date) 10:30",
                            memo: "w\(index)"
                        )
                        do {
                            _ = try await entries.add(input, as: owner)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                var outcomes: [Bool] = []
                for await outcome in group { outcomes.append(outcome) }
                return outcomes
            }
            #expect(outcomes.filter { $0 }.count == 20)
            let stored = try await fixture.store.entries(in: owner.workspaceID, matching: EntryQuery())
            #expect(stored.count == 21)
            #expect(Set(stored.map(\.number)).count == 21)
            #expect(stored.allSatisfy { $0.memo == "base" || Int($0.memo.dropFirst())! % 2 == 0 })
            #expect(try await fixture.auditProblem() == nil)
            let everything = Instant(secondsSinceEpoch: 0)..<Instant(secondsSinceEpoch: 4_000_000_000)
            let cached = try await fixture.store.entryTotals(in: owner.workspaceID, .allTime)
            let scanned = try await fixture.store.entryTotals(in: owner.workspaceID, .startingIn(everything))
            #expect(cached.map(\.entryCount).reduce(0, +) == 21)
            #expect(cached.map(\.roundedSeconds).reduce(0, +) == scanned.map(\.roundedSeconds).reduce(0, +))
        }
    }
}
