import AtriumTestSupport
import GRDB

@testable import AtriumStore

/// A new database with the whole schema, in a temporary folder, handed to `body` as a plain
/// connection: what schema tests read.
func withFreshSchema(_ body: (_ queue: DatabaseQueue, _ path: String) async throws -> Void) async throws {
    try await withTemporaryDirectory { directory in
        let path = directory.file("atrium.sqlite")
        _ = try SQLiteStore.open(at: path)
        try await body(try DatabaseQueue(path: path), path)
    }
}

/// A database migrated up to `shipped` and given `seed` (SQL in that schema), then opened by the
/// store, which runs the migrations after it; `body` reads the result through a plain connection.
/// What a migration test checks: that a migration keeps the data an earlier Atrium wrote.
func withMigratedDatabase(
    from shipped: String,
    seed: String,
    _ body: (DatabaseQueue) async throws -> Void
) async throws {
    try await withTemporaryDirectory { directory in
        let path = directory.file("atrium.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: shipped)
        try await queue.write { db in try db.execute(sql: seed) }
        try queue.close()
        _ = try SQLiteStore.open(at: path)
        try await body(try DatabaseQueue(path: path))
    }
}
