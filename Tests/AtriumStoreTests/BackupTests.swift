import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import GRDB
import Testing

/// Backups with SQLite's online backup API, and restoring them, on real files.
@Suite struct BackupTests {
    @Test("A backup taken while entries are being written is a consistent, checked copy")
    func backupWhileWriting() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00")
            let writer = Task {
                for hour in 0..<40 {
                    let day = 1 + hour / 10
                    let start = 8 + hour % 10
                    try await fixture.entry(
                        "acme",
                        from: "2026-11-0\(day) \(start):00",
                        to: "2026-11-0\(day) \(start):30"
                    )
                }
            }
            let path = fixture.directory.file("copy.sqlite")
            let summary = try fixture.store.backup(to: path)
            try await writer.value
            #expect(summary.workspaces == ["Test VA"])
            #expect((1...41).contains(summary.entryCount))
            #expect(summary.migrations.count == 12)
            // The copy opens as a store and its audit chain verifies, whatever moment it caught.
            let copy = try SQLiteStore.open(at: path)
            let services = Services(store: copy, now: fixture.clock.reading, passwordCost: 4)
            let report = try await services.audit.verify(as: fixture.owner)
            guard case .intact = report.verification else {
                Issue.record("the copy's audit trail does not verify: \(report.verification)")
                return
            }
            #expect(report.entriesChecked == summary.entryCount)
            #expect(throws: StoreError.self) { try fixture.store.backup(to: path) }
        }
    }

    @Test("Restoring brings the backed-up data back, and a kept snapshot is not served stale")
    func restoreRoundTrip() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let path = fixture.directory.file("copy.sqlite")
            _ = try fixture.store.backup(to: path)
            try await fixture.client("Added Later", zone: "Europe/London", currency: "GBP")
            // Another process (a running server) keeps a snapshot of the workspace in memory.
            let server = try SQLiteStore.open(at: fixture.store.path)
            #expect(try await server.snapshot(of: fixture.owner.workspaceID).clients.count == 2)
            let restored = try fixture.store.restore(from: path)
            #expect(restored.workspaces == ["Test VA"])
            let clients = try await fixture.store.snapshot(of: fixture.owner.workspaceID).clients.map(\.name)
            #expect(clients == ["Acme Realty"])
            // The moved revision tells the server its snapshot is stale.
            #expect(try await server.snapshot(of: fixture.owner.workspaceID).clients.map(\.name) == ["Acme Realty"])
        }
    }

    @Test("Files that cannot be restored are refused before anything changes")
    func refusedBackups() async throws {
        try await withFixture { fixture in
            let garbage = fixture.directory.file("garbage.sqlite")
            try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: garbage))
            let foreign = fixture.directory.file("foreign.sqlite")
            try await DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
            let newer = fixture.directory.file("newer.sqlite")
            _ = try fixture.store.backup(to: newer)
            try await DatabaseQueue(path: newer).write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999 from the future')")
            }
            for (path, reason) in [
                (garbage, "not an SQLite file"), (foreign, "not an Atrium database"),
                (fixture.directory.file("missing.sqlite"), "no such file"),
            ] {
                #expect {
                    try fixture.store.restore(from: path)
                } throws: { error in
                    (error as? StoreError)?.userMessage.contains(reason) == true
                }
            }
            #expect(throws: StoreError.newerSchema(path: newer, unknownMigrations: ["9999 from the future"])) {
                try fixture.store.restore(from: newer)
            }
            #expect(try await fixture.store.workspaces().count == 1)
        }
    }
}
