import AtriumCore
import GRDB
import GRDBSQLite

/// The current row of a statement read straight from SQLite, for the loops that read thousands of
/// rows (a draft's entries): no boxing into `DatabaseValue`, and ids parsed from SQLite's own bytes
/// without making a `String` first. Valid only while the statement stays on the row.
struct RawRow {
    private let statement: SQLiteStatement

    init(_ statement: Statement) { self.statement = statement.sqliteStatement }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    /// The column's integer; nil for NULL.
    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    /// The column's integer as an `Int`; nil for NULL.
    func optionalInt(_ column: Int32) -> Int? { optionalInt64(column).map { Int($0) } }

    /// The text of the column; nil for NULL.
    func text(_ column: Int32) -> String? {
        withBytes(column) { bytes in String(decoding: bytes, as: UTF8.self) }
    }

    /// The id in the column; nil for NULL or anything that is not an id.
    func id<Entity>(_ column: Int32) -> ID<Entity>? {
        withBytes(column) { bytes in ID(utf8: bytes) } ?? nil
    }

    /// The id in the column, or a ``StoreError/corruptValue(table:column:value:)`` naming `name` in `table`.
    func requiredID<Entity>(_ column: Int32, table: String, name: String) throws -> ID<Entity> {
        try id(column).orCorrupt(table: table, column: name, value: text(column) ?? "NULL")
    }

    /// The enum stored by raw value in the column, or a corrupt-value error naming `name` in `table`.
    func stored<Value: RawRepresentable>(_ column: Int32, table: String, name: String) throws -> Value
    where Value.RawValue == String {
        let text = text(column) ?? ""
        return try Value(rawValue: text).orCorrupt(table: table, column: name, value: text)
    }

    /// The enum stored by raw value in the column; nil for NULL.
    func storedIfPresent<Value: RawRepresentable>(_ column: Int32, table: String, name: String) throws -> Value?
    where Value.RawValue == String {
        isNull(column) ? nil : try stored(column, table: table, name: name) as Value
    }

    /// Whether the column, words separated by single spaces (an entry's sorted tag names), holds `word`.
    func hasWord(_ column: Int32, _ word: StaticString) -> Bool {
        withBytes(column) { bytes in
            let wanted = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return bytes.split(separator: UInt8(ascii: " ")).contains { $0.elementsEqual(wanted) }
        } ?? false
    }

    private func withBytes<Result>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let start = sqlite3_column_text(statement, column) else { return nil }
        return body(UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column))))
    }
}

extension RawRow {
    /// Calls `body` with each row of `statement` (its arguments set) until `body` returns false.
    static func forEach(_ statement: Statement, _ body: (RawRow) throws -> Bool) throws {
        let rows = try Row.fetchCursor(statement)
        let row = RawRow(statement)
        while try rows.next() != nil {
            guard try body(row) else { return }
        }
    }

    /// What `read` makes of each row of `statement` (its arguments set).
    static func fetchAll<Value>(_ statement: Statement, _ read: (RawRow) throws -> Value) throws -> [Value] {
        var values: [Value] = []
        try forEach(statement) { row in
            values.append(try read(row))
            return true
        }
        return values
    }

    /// What `read` makes of the first row of `statement` (its arguments set); nil when there is none.
    static func fetchOne<Value>(_ statement: Statement, _ read: (RawRow) throws -> Value) throws -> Value? {
        let rows = try Row.fetchCursor(statement)
        return try rows.next() == nil ? nil : try read(RawRow(statement))
    }
}
