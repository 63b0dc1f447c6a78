import AtriumCore
import Foundation
import GRDB
import Synchronization

/// The embedded store: one SQLite file in WAL mode, shared by the CLI and the server.
///
/// Every method is scoped by workspace; every write is one IMMEDIATE transaction that also
/// appends to the audit trail and keeps the per-day totals current.
public final class SQLiteStore: Sendable {
    /// How the process connects to the file.
    public enum Connections: Sendable {
        /// One writer and a pool of concurrent readers (GRDB's `DatabasePool`): for the server.
        case pool
        /// One connection for everything (`DatabaseQueue` in WAL mode): for a short-lived command,
        /// which then opens one connection instead of several. Other processes still read and
        /// write the file concurrently.
        case single
    }

    /// When a commit reaches the disk.
    public enum Durability: String, Sendable, CaseIterable {
        /// `synchronous = FULL`: the WAL is synced at every commit, so a committed write survives a
        /// power loss. The server's default.
        case full
        /// `synchronous = NORMAL`: synced at checkpoints; a committed write survives a crash of
        /// Atrium, but a power loss may undo the last commits. The command line's default.
        case normal
    }

    /// Told how long each read or write transaction took (the server's metrics).
    public typealias TransactionObserver = @Sendable (_ isWrite: Bool, _ duration: Duration) -> Void

    let database: any DatabaseWriter
    /// On a pool, a read-only connection of its own for ``lookup(_:)``: a look-up run on the
    /// calling thread must never wait for one of the pool's readers, which async reads hold while
    /// they wait for a thread of their own.
    let lookups: DatabaseQueue?
    let connections: Connections
    let observer: TransactionObserver?
    /// Groups the server's entry writes (see ``GroupCommit``); nil on one connection.
    let groupCommit: GroupCommit?
    /// The last snapshot read of each workspace, with its revision: reused while the revision
    /// stays (see the `revision` triggers).
    let snapshots = Mutex<[ID<Workspace>: (revision: Int64, snapshot: WorkspaceSnapshot)]>([:])
    /// The file's path, for messages.
    public let path: String

    private init(
        database: any DatabaseWriter,
        lookups: DatabaseQueue?,
        connections: Connections,
        path: String,
        observer: TransactionObserver?
    ) {
        self.database = database
        self.lookups = lookups
        self.connections = connections
        self.path = path
        self.observer = observer
        groupCommit = connections == .pool ? GroupCommit(writer: database) : nil
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - connections: A pool for the server, one connection for a command.
    ///   - durability: Whether every commit is synced to disk.
    ///   - observer: Told the duration of every transaction.
    /// - Throws: ``StoreError/newerSchema(path:unknownMigrations:)`` for a file written by a newer
    ///   Atrium (left untouched), ``StoreError/unreadable(path:reason:)`` for a damaged or foreign
    ///   file, ``StoreError/notWritable(path:reason:)`` when the file or folder is read-only.
    public static func open(
        at path: String,
        connections: Connections = .pool,
        durability: Durability = .normal,
        observer: TransactionObserver? = nil
    ) throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.foreignKeysEnabled = true
        // A pool needs GRDB's WAL set-up; a single connection only needs the file to be in WAL mode
        // once (the mode is stored in the file), which spares every short command a dummy write.
        configuration.journalMode = connections == .pool ? .wal : .default
        configuration.prepareDatabase { db in
            try db.execute(sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
            if connections == .pool {
                // A long-lived server reads pages through a memory map and keeps more of them: no
                // read() per page. (A one-shot command pays the map's set-up and gains nothing.)
                try db.execute(sql: "PRAGMA mmap_size = 268435456")
                try db.execute(sql: "PRAGMA cache_size = -16384")
                // temp_store stays FILE: with MEMORY, SQLite walks the in-memory sub-journal from
                // its start at every statement's release inside a savepoint, and one grouped write
                // of 20,000 entries (the benchmark generator) took 4.6 times as long.
            }
        }
        do {
            let database: any DatabaseWriter =
                switch connections {
                case .pool: try DatabasePool(path: path, configuration: configuration)
                case .single: try DatabaseQueue(path: path, configuration: configuration)
                }
            let migrator = Migrations.migrator
            // One read of the applied migrations decides both: a file with one this Atrium does not
            // know was written by a newer Atrium; a file missing one of ours is migrated. A lone
            // SELECT is a transaction of its own: read outside one, a short command is spared the four
            // statements GRDB's read wraps around it.
            let applied = try database.writeWithoutTransaction { db in
                if connections == .single { try enableWAL(db) }
                return try migrator.appliedIdentifiers(db)
            }
            let known = Set(migrator.migrations)
            let unknown = applied.subtracting(known)
            if !unknown.isEmpty {
                throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
            }
            if !known.isSubset(of: applied) { try migrator.migrate(database) }
            var lookupConfiguration = configuration
            lookupConfiguration.readonly = true
            lookupConfiguration.journalMode = .default
            // Look-ups run between writes, and SQLite drops a connection's whole memory map whenever
            // another connection wrote since its last read: each look-up would map the file again and
            // fault in every page it touches. Read through the page cache instead (POST of entries:
            // about 4 % more requests a second).
            lookupConfiguration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 0") }
            return SQLiteStore(
                database: database,
                lookups: connections == .pool ? try DatabaseQueue(path: path, configuration: lookupConfiguration) : nil,
                connections: connections,
                path: path,
                observer: observer
            )
        } catch {
            throw translate(error, path: path)
        }
    }

    /// Closes the connections: the last one to the file checkpoints the write-ahead log into it, as
    /// releasing the store would. The store cannot be used afterwards.
    ///
    /// - Throws: GRDB's error when a connection cannot be closed yet (a statement still running).
    public func close() throws {
        try lookups?.close()
        try database.close()
    }

    /// Puts the file in WAL mode if it is not yet (a new file).
    private static func enableWAL(_ db: Database) throws {
        if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
    }

    /// Runs a read, translating driver errors.
    ///
    /// With a single connection (a short-lived command) the read runs right here, without hopping
    /// to another thread; with a pool it suspends until a reader is free.
    ///
    /// A pool's read is cancellable: GRDB interrupts it when its task is cancelled (a request that
    /// timed out).
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await observing(isWrite: false) {
            switch connections {
            case .single: return try readHere(body)
            case .pool: return try await database.read(body)
            }
        }
    }

    /// A short read whose size no caller controls (a look-up by a unique index, the workspace's
    /// snapshot): runs right here on either kind of connection. On a pool that spares the two
    /// thread hops of ``read(_:)``, a fifth of a small API request's time, at the price of not
    /// being cancellable, so never for a list, a period or a search.
    func lookup<T>(_ body: (Database) throws -> T) throws -> T {
        let started = observer.map { _ in ContinuousClock.now }
        defer { if let started, let observer { observer(false, .now - started) } }
        do {
            return try (lookups ?? database).read(body)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `body`, telling the observer how long it took and translating driver errors.
    private func observing<T>(isWrite: Bool, _ body: () async throws -> T) async throws -> T {
        let started = observer.map { _ in ContinuousClock.now }
        defer { if let started, let observer { observer(isWrite, .now - started) } }
        do {
            return try await body()
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs one IMMEDIATE write transaction, translating driver errors.
    ///
    /// With `checkingForeignKeys` false, SQLite does not look up the rows that the written ones
    /// reference: for bulk writes whose every reference is good by construction (an import's entries
    /// name people, clients, projects and tags read or made in the same transaction), where the
    /// look-ups were a sixth of the time.
    func write<T: Sendable>(checkingForeignKeys: Bool = true, _ body: @Sendable (Database) throws -> T) async throws
        -> T
    {
        try await observing(isWrite: true) {
            switch (connections, checkingForeignKeys) {
            case (.single, true): return try writeHere(body)
            case (.pool, true): return try await database.write(body)
            case (.single, false): return try writeHereUnchecked(body)
            case (.pool, false): return try await database.writeWithoutTransaction { try Self.unchecked($0, body) }
            }
        }
    }

    /// A write of the entry paths (timer, add, edit, delete): on a pool, run in the next group of
    /// writes to commit (see ``GroupCommit``); on one connection, in a transaction of its own.
    func groupedWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        guard let groupCommit else { return try await write(body) }
        return try await observing(isWrite: true) { try await groupCommit.write(body) }
    }

    /// Runs `body` in a transaction with foreign keys off (a pragma SQLite ignores inside one), and
    /// turns them back on whatever happens.
    private static func unchecked<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        var result: T?
        try db.inTransaction {
            result = try body(db)
            return .commit
        }
        guard let result else { throw StoreError.conflict("The write did not finish.") }
        return result
    }

    private func readHere<T>(_ body: (Database) throws -> T) throws -> T { try database.read(body) }

    private func writeHere<T>(_ body: (Database) throws -> T) throws -> T { try database.write(body) }

    private func writeHereUnchecked<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction { try Self.unchecked($0, body) }
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
        case .SQLITE_CONSTRAINT where error.isRepeatedKey:
            return StoreError.conflict("That already exists.")
        default:
            return error
        }
    }
}
