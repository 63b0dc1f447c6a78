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

    /// The text of the column; nil for NULL.
    func text(_ column: Int32) -> String? {
        withBytes(column) { bytes in String(decoding: bytes, as: UTF8.self) }
    }

    /// The id in the column; nil for NULL or anything that is not an id.
    func id<Entity>(_ column: Int32) -> ID<Entity>? {
        withBytes(column) { bytes in ID(utf8: bytes) } ?? nil
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
