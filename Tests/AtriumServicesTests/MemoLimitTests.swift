import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// A memo holds at most ``TimeEntry/longestMemo`` characters, however it arrives: added, edited,
/// at a start or a stop. Nothing is written when one is refused.
@Suite struct MemoLimitTests {
    let longest = String(repeating: "é", count: TimeEntry.longestMemo)
    var tooLong: String { longest + "x" }

    func isMemoRefusal(_ error: any Error) -> Bool {
        guard let refusal = error as? InvalidInput else { return false }
        return refusal.field == "memo" && refusal.message.contains("this one has \(TimeEntry.longestMemo + 1)")
    }

    @Test("A memo with a NUL character is refused: SQLite would cut it there")
    func nulIsRefused() {
        #expect(throws: InvalidInput("a memo cannot hold the NUL character (U+0000)", field: "memo")) {
            try TimeEntry.memo("ab\u{0}cd")
        }
        #expect((try? TimeEntry.memo("  tabs\tand\nlines  ")) == "tabs\tand\nlines")
    }

    @Test("Add, edit, start and stop refuse a memo over the limit and keep one at it")
    func limitEverywhere() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let entries = fixture.services.entries
            var input = EntryInput(target: "acme", from: "2026-11-23 08:00", to: "2026-11-23 09:00", memo: tooLong)
            await #expect(performing: { _ = try await entries.add(input, as: fixture.owner) }, throws: isMemoRefusal)
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).isEmpty)

            input.memo = longest
            let added = try await entries.add(input, as: fixture.owner)
            #expect(added.entry.entry.memo.count == TimeEntry.longestMemo)
            var edit = EntryInput()
            edit.memo = tooLong
            await #expect(
                performing: { _ = try await entries.edit(1, with: edit, as: fixture.owner) },
                throws: isMemoRefusal
            )

            let timer = fixture.services.timer
            await #expect(
                performing: { _ = try await timer.start(.init(target: "acme", memo: tooLong), as: fixture.owner) },
                throws: isMemoRefusal
            )
            _ = try await timer.start(.init(target: "acme", memo: "short"), as: fixture.owner)
            await #expect(
                performing: { _ = try await timer.stop(at: nil, memo: tooLong, force: false, as: fixture.owner) },
                throws: isMemoRefusal
            )
            let running = try await fixture.store.runningEntry(
                of: fixture.owner.personID,
                in: fixture.owner.workspaceID
            )
            #expect(running?.memo == "short", "the refused stop changed nothing")
        }
    }
}
