import AtriumCore
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, shared by the CLI and the server.
///
/// Every method is scoped by workspace; every write is one IMMEDIATE transaction that also
/// appends to the audit trail and keeps the per-day totals current.
public final class SQLiteStore: Sendable {
    let pool: DatabasePool
    /// The file's path, for messages.
    public let path: String

    private init(pool: DatabasePool, path: String) {
        self.pool = pool
        self.path = path
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Throws: ``StoreError/newerSchema(path:unknownMigrations:)`` for a file written by a newer
    ///   Atrium (left untouched), ``StoreError/unreadable(path:reason:)`` for a damaged or foreign
    ///   file, ``StoreError/notWritable(path:reason:)`` when the file or folder is read-only.
    public static func open(at path: String) throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = Migrations.migrator
            let state = try pool.read { db in
                (
                    try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db),
                    try migrator.appliedIdentifiers(db)
                )
            }
            if state.0 {
                let unknown = state.2.subtracting(migrator.migrations).sorted()
                throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
            }
            if !state.1 { try migrator.migrate(pool) }
            return SQLiteStore(pool: pool, path: path)
        } catch {
            throw translate(error, path: path)
        }
    }

    /// Runs a read, translating driver errors.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do { return try await pool.read(body) } catch { throw Self.translate(error, path: path) }
    }

    /// Runs one IMMEDIATE write transaction, translating driver errors.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do { return try await pool.write(body) } catch { throw Self.translate(error, path: path) }
    }

    /// Maps SQLite result codes to ``StoreError``; anything else passes through.
    static func translate(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError.unreadable(path: path, reason: "not a database, or damaged")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError.notWritable(path: path, reason: error.message ?? "cannot open for writing")
        case .SQLITE_FULL:
            return StoreError.notWritable(path: path, reason: "the disk is full")
        case .SQLITE_IOERR:
            return StoreError.notWritable(path: path, reason: "input/output error")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.busy(path: path)
        case .SQLITE_CONSTRAINT where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE:
            return StoreError.conflict("That already exists.")
        default:
            return error
        }
    }
}
