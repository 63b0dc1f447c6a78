import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// What a draft holds: its entries are on no other draft until it is discarded; a draft that cannot
/// be made writes nothing.
@Suite struct DraftReservationTests {
    @Test(
        "A draft holds its entries; a second draft finds nothing; discarding frees them; a refused draft takes no number"
    )
    func reservations() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 09:30")
            let invoices = fixture.services.invoices
            let november = InvoiceServiceTests.november
            let first = try await invoices.draft(client: "acme", period: november, as: fixture.owner)
            #expect(first.invoice.reference == "INV-DRAFT-1")
            #expect(first.invoice.lines.map(\.quantity) == [5400])
            await #expect(throws: InvoiceDraftBuilder.Problem.self) {
                try await invoices.draft(client: "acme", period: november, as: fixture.owner)
            }
            // An entry added after the draft, inside its month, is not on the first draft: the next one bills it alone.
            try await fixture.entry("acme", from: "2026-11-10 13:00", to: "2026-11-10 13:15")
            let late = try await invoices.draft(client: "acme", period: november, as: fixture.owner)
            #expect(late.invoice.reference == "INV-DRAFT-2", "the refused draft took no number")
            #expect(late.invoice.lines.map(\.quantity) == [900])
            try await invoices.discard("INV-DRAFT-1", as: fixture.owner)
            let again = try await invoices.draft(client: "acme", period: november, as: fixture.owner)
            #expect(again.invoice.reference == "INV-DRAFT-3")
            #expect(again.invoice.lines.map(\.quantity) == [5400])
        }
    }

    @Test("A client's entries whose numbers lie far apart (one added after a thousand others) are held and found held")
    func farApartNumbers() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            let bloom = try await fixture.client("Bloom & Co", zone: "UTC")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            let stamp = AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
            let others = (0..<1_100).map { index in
                let start = Instant(secondsSinceEpoch: 1_793_491_200 + Int64(index) * 600)
                return TimeEntry(
                    workspaceID: fixture.owner.workspaceID,
                    personID: fixture.owner.personID,
                    clientID: bloom.id,
                    start: start,
                    end: start.adding(seconds: 300),
                    source: .manual,
                    createdAt: fixture.clock.now
                )
            }
            _ = try await fixture.store.insertEntries(others, stamp: stamp)
            let late = try await fixture.entry("acme", from: "2026-11-03 09:00", to: "2026-11-03 09:30")
            #expect(late.number == 1_102)
            let invoices = fixture.services.invoices
            let november = InvoiceServiceTests.november
            let draft = try await invoices.draft(client: "acme", period: november, as: fixture.owner)
            #expect(draft.invoice.lines.map(\.quantity) == [5400])
            await #expect(throws: InvoiceDraftBuilder.Problem.self) {
                try await invoices.draft(client: "acme", period: november, as: fixture.owner)
            }
            let bloomDraft = try await invoices.draft(client: "bloom", period: november, as: fixture.owner)
            #expect(bloomDraft.invoice.lines.map(\.quantity).reduce(0, +) == 1_100 * 300)
        }
    }
}
