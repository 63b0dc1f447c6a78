import AtriumCore
import GRDB
import GRDBSQLite

/// A write statement bound and run straight through SQLite's C API, for the loops that write a
/// million rows (an import): no `StatementArguments` array of boxed values per row, and no nested
/// closure per argument. Texts are copied by SQLite when bound.
///
/// Bind every parameter (1-based, as in SQL) before each ``run()``; the statement is reset after.
struct RawStatement {
    /// Kept so that the prepared statement lives as long as this value.
    private let owner: Statement
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?

    /// Prepares `sql` once on `db` (from its statement cache).
    init(_ db: Database, sql: String) throws {
        owner = try db.cachedStatement(sql: sql)
        statement = owner.sqliteStatement
        connection = db.sqliteConnection
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        guard let value else { return bindNull(index) }
        bind(index, value)
    }

    func bind(_ index: Int32, _ value: Bool) {
        sqlite3_bind_int64(statement, index, value ? 1 : 0)
    }

    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else {
                // An empty text, not NULL (which a nil pointer would bind).
                sqlite3_bind_text(statement, index, "", 0, sqliteTransient)
                return
            }
            start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(statement, index, chars, Int32(bytes.count), sqliteTransient)
            }
        }
    }

    func bind(_ index: Int32, _ text: String?) {
        guard let text else { return bindNull(index) }
        bind(index, text)
    }

    func bind<Entity>(_ index: Int32, _ id: ID<Entity>?) {
        bind(index, id?.description)
    }

    func bindNull(_ index: Int32) {
        sqlite3_bind_null(statement, index)
    }

    /// Runs the statement to its end and resets it; returns how many rows it changed.
    ///
    /// - Throws: `DatabaseError` with SQLite's extended result code and message.
    @discardableResult
    func run() throws -> Int {
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW { code = sqlite3_step(statement) }
        defer { sqlite3_reset(statement) }
        guard code == SQLITE_DONE else {
            let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: owner.sql)
        }
        return Int(connection.map { sqlite3_changes($0) } ?? 0)
    }
}

/// SQLite copies a text bound with this destructor (`SQLITE_TRANSIENT`, a macro Swift does not import).
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
