import AtriumCore
import AtriumStore
import AtriumTestSupport
import Synchronization
import Testing

/// What an insert's check is shown: the person's entries near the new one, or none when overlaps
/// are allowed and nothing is compared.
@Suite struct NeighbourReadTests {
    @Test("A second entry over the first: the check sees it as a neighbour, unless neighbours are not read")
    func neighboursOnlyWhenRead() async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let stamp = AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
            var entry = TimeEntry(
                workspaceID: fixture.owner.workspaceID,
                personID: fixture.owner.personID,
                clientID: client.id,
                start: fixture.clock.now.adding(seconds: -5400),
                end: fixture.clock.now.adding(seconds: -1800),
                source: .manual,
                createdAt: fixture.clock.now
            )
            let seen = Mutex<[Int]>([])
            for reads in [true, true, false] {
                entry.id = ID()
                _ = try await fixture.store.insertEntry(entry, stamp: stamp, readsNeighbours: reads) { _, neighbours in
                    seen.withLock { $0.append(neighbours.count) }
                }
            }
            #expect(seen.withLock { $0 } == [0, 1, 0])
        }
    }
}
