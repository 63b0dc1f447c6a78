import AtriumCore
import Foundation
import GRDB

/// What a backup file holds, read before it is trusted.
public struct BackupSummary: Sendable, Equatable {
    public var path: String
    /// The workspaces' names.
    public var workspaces: [String]
    /// Time entries, deleted ones included.
    public var entryCount: Int
    /// The schema changes applied to it; fewer than this Atrium knows means an older Atrium wrote it.
    public var migrations: [String]
    public var bytes: Int64
}

extension SQLiteStore {
    /// Copies the whole database to a new file at `path` with SQLite's online backup API: a
    /// consistent copy even while the server and other commands write. The copy is written beside
    /// `path`, checked, and only then moved into place.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when `path` exists, ``StoreError/notWritable(path:reason:)``.
    public func backup(to path: String) throws -> BackupSummary {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.conflict("\(path) already exists; choose another name, or remove it first.")
        }
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let copy = try DatabaseQueue(path: partial)
            try database.backup(to: copy)
            try copy.writeWithoutTransaction { db in
                // A standalone file: fold the copy's journal back so it is one self-contained file.
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try copy.close()
            _ = try Self.inspectBackup(at: partial)
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            if let storeError = error as? StoreError { throw storeError }
            if error is CocoaError { throw StoreError.notWritable(path: path, reason: "cannot create the file there") }
            throw Self.translate(error, path: path)
        }
        return try Self.inspectBackup(at: path)
    }

    /// Reads a backup file without changing it: it must be an SQLite file that passes SQLite's
    /// integrity check, written by this or an older Atrium, holding at least one workspace.
    ///
    /// - Throws: ``StoreError/badBackup(path:reason:)`` or ``StoreError/newerSchema(path:unknownMigrations:)``.
    public static func inspectBackup(at path: String) throws -> BackupSummary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError.badBackup(path: path, reason: "there is no such file")
        }
        guard !isFolder.boolValue else { throw StoreError.badBackup(path: path, reason: "it is a folder, not a file") }
        guard Self.startsAsSQLite(path) else {
            throw StoreError.badBackup(
                path: path,
                reason: Self.looksLikeJSON(path)
                    ? "it is a JSON export, not a backup: bring it in with atrium import atrium FILE"
                    : "not an SQLite file (a backup is what atrium backup writes)"
            )
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard check == ["ok"] else {
                    throw StoreError.badBackup(
                        path: path,
                        reason: "damaged: \(check.prefix(3).joined(separator: "; "))"
                    )
                }
                guard try db.tableExists("grdb_migrations"), try db.tableExists("workspaces") else {
                    throw StoreError.badBackup(path: path, reason: "an SQLite file, but not an Atrium database")
                }
                let migrations = try String.fetchAll(
                    db,
                    sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"
                )
                let unknown = Set(migrations).subtracting(Migrations.migrator.migrations).sorted()
                guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
                let names = try String.fetchAll(db, sql: "SELECT name FROM workspaces ORDER BY created_at")
                guard !names.isEmpty else {
                    throw StoreError.badBackup(path: path, reason: "an Atrium database without a workspace")
                }
                let entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM time_entries") ?? 0
                let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
                return BackupSummary(
                    path: path,
                    workspaces: names,
                    entryCount: entries,
                    migrations: migrations,
                    bytes: bytes
                )
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.badBackup(
                path: path,
                reason: Self.looksLikeJSON(path)
                    ? "it is a JSON export, not a backup: bring it in with atrium import atrium FILE"
                    : "not a database, or damaged"
            )
        }
    }

    /// Whether the file starts with SQLite's header, `SQLite format 3` and a NUL (an empty file,
    /// which SQLite would open as an empty database, does not).
    public static func startsAsSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\u{0}".utf8)
    }

    /// Whether the file starts (after blanks) with `{`: an `atrium export` document given to restore.
    private static func looksLikeJSON(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
    }

    /// Replaces this database's whole content with the backup at `path` (checked first with
    /// ``inspectBackup(at:)``), online: other connections see the old data or the new, never a mix.
    /// Each workspace's revision is moved past its previous value, so a running server drops what it
    /// kept in memory. Open the store again afterwards to bring an older backup's schema up to date.
    public func restore(from path: String) throws -> BackupSummary {
        let summary = try Self.inspectBackup(at: path)
        do {
            let before = try database.read { db in
                try Dictionary(
                    Row.fetchAll(db, sql: "SELECT id, revision FROM workspaces").map {
                        ($0["id"] as String, $0["revision"] as Int64)
                    },
                    uniquingKeysWith: { first, _ in first }
                )
            }
            var configuration = Configuration()
            configuration.readonly = true
            let source = try DatabaseQueue(path: path, configuration: configuration)
            try source.backup(to: database)
            try source.close()
            try database.write { db in
                for (id, revision) in before {
                    try db.execute(
                        sql: "UPDATE workspaces SET revision = max(revision, ?) + 1 WHERE id = ?",
                        arguments: [revision, id]
                    )
                }
            }
            snapshots.withLock { $0.removeAll() }
        } catch {
            throw Self.translate(error, path: self.path)
        }
        return summary
    }
}
