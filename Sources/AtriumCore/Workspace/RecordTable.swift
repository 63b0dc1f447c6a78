/// Rows of one stored table, column by column as stored: how an export carries the records it
/// passes on without interpreting them (billing: retainers, invoices, their lines, payments,
/// deductions, reservations), so that restoring writes them back exactly.
public struct RecordTable: Sendable, Equatable {
    /// One stored value.
    public enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case text(String)

        /// The text, for a text value.
        public var text: String? {
            if case .text(let text) = self { text } else { nil }
        }
    }

    /// The table's stored name (`invoice_lines`).
    public var name: String
    /// Its stored column names (`unit_price_minor`), in the order they are written.
    public var columns: [String]
    /// Each row's values by column name; a column a row lacks is written as stored by default.
    public var rows: [[String: Value]]

    public init(name: String, columns: [String], rows: [[String: Value]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
