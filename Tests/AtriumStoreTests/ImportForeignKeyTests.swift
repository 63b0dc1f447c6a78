import AtriumCore
import AtriumTestSupport
import GRDB
import Testing

@testable import AtriumStore

/// An import writes with foreign keys unchecked; every other write still checks them.
@Suite struct ImportForeignKeyTests {
    struct Refused: Error {}

    @Test("Foreign keys are checked again after an import, kept, rolled back or failed, on a pool or one connection")
    func checkedAgain() async throws {
        try await withFixture { fixture in
            let single = try SQLiteStore.open(at: fixture.directory.file("atrium.sqlite"), connections: .single)
            for store in [fixture.store, single] {
                let stamp = AuditStamp(actorID: nil, at: Instant(secondsSinceEpoch: 0))
                let workspace = fixture.owner.workspaceID
                let kept: Int = try await store.importEntries(into: workspace, stamp: stamp) { _ in .commit(1) }
                let undone: Int = try await store.importEntries(into: workspace, stamp: stamp) { _ in .rollback(2) }
                #expect([kept, undone] == [1, 2])
                await #expect(throws: Refused.self) {
                    let _: Int = try await store.importEntries(into: workspace, stamp: stamp) { _ in throw Refused() }
                }
                let enabled = try await store.write { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
                #expect(enabled == 1)
                await #expect(throws: DatabaseError.self) {
                    try await store.write { db in
                        try db.execute(
                            sql: """
                                INSERT INTO people (id, workspace_id, name, role, zone, language, created_at)
                                VALUES ('p', 'no such workspace', 'Maria', 'owner', 'UTC', 'en', 0)
                                """
                        )
                    }
                }
            }
        }
    }
}
