import AtriumCore
import AtriumStore
import AtriumTestSupport
import Testing

/// Entries are read straight from SQLite's columns; a value Atrium never writes is reported by
/// table, column and value, not crashed on or read as something else.
@Suite struct EntryRowTests {
    @Test(
        "A damaged entry column is named when the entry is read",
        arguments: [
            ("source = 'telepathy'", "source", "telepathy"),
            ("client_id = 'not-an-id'", "client_id", "not-an-id"),
            ("project_id = 'nope'", "project_id", "nope"),
            ("price_kind = 'hourly', price_minor = 5, price_currency = 'ZZ9'", "price_kind", "hourly ZZ9"),
        ]
    )
    func damagedColumn(change: String, column: String, value: String) async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let entry = try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00", memo: "Calls")
            let workspace = fixture.owner.workspaceID
            let read = try await fixture.store.entries(in: workspace, matching: EntryQuery())
            #expect(read.map(\.memo) == ["Calls"])
            #expect(read.first == entry)

            try fixture.damage("UPDATE time_entries SET \(change)")
            await #expect(throws: StoreError.corruptValue(table: "time_entries", column: column, value: value)) {
                _ = try await fixture.store.entries(in: workspace, matching: EntryQuery())
            }
            await #expect(throws: StoreError.corruptValue(table: "time_entries", column: column, value: value)) {
                _ = try await fixture.store.entry(number: entry.number, in: workspace)
            }
        }
    }
}
