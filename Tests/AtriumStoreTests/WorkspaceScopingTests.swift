import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Two workspaces in one file: each sees only its own rows.
@Suite struct WorkspaceScopingTests {
    private struct Pair {
        let fixture: Fixture
        let other: Caller
        let otherClient: Client
        let otherEntry: TimeEntry
    }

    private func makeOtherWorkspace(in fixture: Fixture) async throws -> Pair {
        let instant = fixture.clock.now
        let workspace = Workspace(name: "Other VA", baseCurrency: .usd, zone: .utc, createdAt: instant)
        let person = Person(
            workspaceID: workspace.id,
            name: "Other",
            role: .owner,
            zone: .utc,
            language: .english,
            createdAt: instant
        )
        let stamp = AuditStamp(actorID: person.id, at: instant)
        try await fixture.store.createWorkspace(workspace, owner: person, stamp: stamp)
        let client = Client(
            workspaceID: workspace.id,
            name: "Secret Client",
            zone: .utc,
            language: .english,
            currency: .usd,
            createdAt: instant
        )
        try await fixture.store.insertClient(client, contacts: [], stamp: stamp)
        let entry = try await fixture.store.insertEntry(
            TimeEntry(
                workspaceID: workspace.id,
                personID: person.id,
                clientID: client.id,
                start: instant.adding(seconds: -3600),
                end: instant,
                memo: "confidential",
                source: .manual,
                createdAt: instant
            ),
            stamp: stamp,
            readsNeighbours: true
        ) { _, _ in }
        return Pair(
            fixture: fixture,
            other: Caller(workspaceID: workspace.id, personID: person.id, role: .owner),
            otherClient: client,
            otherEntry: entry
        )
    }

    @Test("Lists of one workspace never contain another's clients, projects or entries")
    func listsAreScoped() async throws {
        try await withFixture { fixture in
            let pair = try await makeOtherWorkspace(in: fixture)
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            let mine = fixture.owner.workspaceID
            #expect(try await fixture.store.clients(in: mine).map(\.name) == ["Acme Realty"])
            let entries = try await fixture.store.entries(in: mine, matching: EntryQuery())
            #expect(entries.count == 1)
            #expect(!entries.contains { $0.id == pair.otherEntry.id })
            let totals = try await fixture.store.entryTotals(in: mine, .allTime)
            #expect(!totals.contains { $0.clientID == pair.otherClient.id })
        }
    }

    @Test("Another workspace's client cannot be read or changed through this workspace")
    func clientIsNotFound() async throws {
        try await withFixture { fixture in
            let pair = try await makeOtherWorkspace(in: fixture)
            let stamp = AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
            await #expect(throws: StoreError.notFound("The client")) {
                _ = try await fixture.store.updateClient(
                    pair.otherClient.id,
                    in: fixture.owner.workspaceID,
                    stamp: stamp,
                    addingContacts: [ClientContact(clientID: pair.otherClient.id, name: "Mallory")]
                ) {
                    $0.name = "Stolen"
                }
            }
            #expect(try await fixture.store.clients(in: pair.other.workspaceID).map(\.name) == ["Secret Client"])
            #expect(try await fixture.store.contacts(of: pair.otherClient.id, in: pair.other.workspaceID).isEmpty)
        }
    }

    @Test("Another workspace's entry number is not found, and it cannot be edited or deleted")
    func entryIsNotFound() async throws {
        try await withFixture { fixture in
            let pair = try await makeOtherWorkspace(in: fixture)
            let mine = fixture.owner.workspaceID
            let stamp = AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
            await #expect(throws: EntryError.notFound(number: pair.otherEntry.number)) {
                _ = try await fixture.store.entry(number: pair.otherEntry.number, in: mine)
            }
            await #expect(throws: EntryError.notFound(number: pair.otherEntry.number)) {
                _ = try await fixture.store.deleteEntry(.number(pair.otherEntry.number), in: mine, stamp: stamp)
            }
            await #expect(throws: EntryError.notFound(number: pair.otherEntry.number)) {
                _ = try await fixture.store.updateEntry(
                    .number(pair.otherEntry.number),
                    in: mine,
                    stamp: stamp,
                    change: { $0.memo = "x" },
                    check: { _, _ in }
                )
            }
            let untouched = try await fixture.store.entry(number: pair.otherEntry.number, in: pair.other.workspaceID)
            #expect(untouched == pair.otherEntry)
        }
    }

    @Test("Workspace ids come oldest first; a retainer is found only in its own workspace")
    func idsAndRetainersAreScoped() async throws {
        try await withFixture { fixture in
            fixture.clock.advance(seconds: 60)
            let pair = try await makeOtherWorkspace(in: fixture)
            #expect(try await fixture.store.workspaceIDs() == [fixture.owner.workspaceID, pair.other.workspaceID])
            let acme = try await fixture.client("Acme Realty")
            #expect(try await !fixture.store.hasRetainer(acme.id, in: fixture.owner.workspaceID))
            _ = try await fixture.services.retainers.set(
                .init(monthly: "900", hours: "20"),
                forClient: "acme",
                as: fixture.owner
            )
            #expect(try await fixture.store.hasRetainer(acme.id, in: fixture.owner.workspaceID))
            #expect(try await !fixture.store.hasRetainer(acme.id, in: pair.other.workspaceID))
            #expect(try await !fixture.store.hasRetainer(pair.otherClient.id, in: fixture.owner.workspaceID))
        }
    }

    @Test("Entry numbers count per workspace")
    func numbersArePerWorkspace() async throws {
        try await withFixture { fixture in
            let pair = try await makeOtherWorkspace(in: fixture)
            try await fixture.client("Acme Realty")
            let mine = try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            #expect(mine.number == 1)
            #expect(pair.otherEntry.number == 1)
        }
    }
}
