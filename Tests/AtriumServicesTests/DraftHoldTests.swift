import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// A draft's lines are made from its entries as they were: while it holds them, they cannot be
/// edited or deleted, or the invoice would bill time that is no longer there.
@Suite struct DraftHoldTests {
    static let november = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!

    @Test("Entries on a draft refuse edits and deletes until the draft is discarded; other entries do not")
    func heldUntilDiscarded() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.client("Bloom & Co", zone: "UTC")
            let first = try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            let second = try await fixture.entry("acme", from: "2026-11-03 09:00", to: "2026-11-03 10:00")
            let other = try await fixture.entry("bloom", from: "2026-11-03 11:00", to: "2026-11-03 12:00")
            let invoices = fixture.services.invoices
            let entries = fixture.services.entries
            let draft = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(draft.totals.gross == 9_000)

            var longer = EntryInput()
            longer.to = "2026-11-02 15:00"
            let held = StoreError.conflict(
                "Entry #\(first.number) is on draft INV-DRAFT-1, which was made from it as it is. "
                    + "Discard the draft to change it, then draft again."
            )
            await #expect(throws: held) { try await entries.edit(first.number, with: longer, as: fixture.owner) }
            var moved = EntryInput()
            moved.target = "bloom"
            await #expect(throws: StoreError.self) {
                try await entries.edit(second.number, with: moved, as: fixture.owner)
            }
            await #expect(throws: StoreError.self) { try await entries.delete(second.number, as: fixture.owner) }
            #expect(try await entries.view(first.number, as: fixture.owner).entry == first, "nothing changed")
            #expect(try await entries.view(second.number, as: fixture.owner).entry.isDeleted == false)

            var memo = EntryInput()
            memo.memo = "Not on any invoice"
            _ = try await entries.edit(other.number, with: memo, as: fixture.owner)

            _ = try await invoices.discard("INV-DRAFT-1", as: fixture.owner)
            _ = try await entries.edit(first.number, with: longer, as: fixture.owner)
            let again = try await invoices.draft(client: "acme", period: Self.november, as: fixture.owner)
            #expect(again.totals.gross == 31_500, "7 hours at AUD 45 after the edit")
        }
    }
}
