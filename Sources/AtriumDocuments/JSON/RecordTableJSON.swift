import AtriumCore
import Foundation

/// Stored tables (``RecordTable``) in an export document: an object of tables, each an array of
/// rows; names in the document's camelCase (`invoice_lines` → `invoiceLines`, `unit_price_minor` →
/// `unitPriceMinor`), instants (`…_at` columns) as ISO 8601 UTC, other values as stored.
public enum RecordTableJSON {
    /// Writes `tables` as one object.
    public static func write(_ tables: [RecordTable], to json: inout JSONWriter) {
        json.beginObject()
        for table in tables {
            json.key(camel(table.name))
            json.beginArray()
            for row in table.rows {
                json.beginObject()
                for column in table.columns {
                    guard let value = row[column] else { continue }
                    json.key(camel(column))
                    switch value {
                    case .null: json.null()
                    case .integer(let number) where column.hasSuffix("_at"):
                        json.instant(Instant(secondsSinceEpoch: number))
                    case .integer(let number): json.integer(number)
                    case .text(let text): json.string(text)
                    }
                }
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    /// Reads the object `write` makes (parsed by `JSONSerialization`), naming the first value that
    /// is not null, an integer or text, or an instant that cannot be read.
    static func read(_ value: Any?, path: String, format: String) throws(ImportFileError) -> [RecordTable] {
        let object = try JSONFields(value, path: path, format: format)
        var tables: [RecordTable] = []
        for name in object.object.keys.sorted() {
            guard let rows = object.object[name] as? [Any] else {
                throw .notFormat(format: format, reason: "\(path).\(name) is not an array")
            }
            var table = RecordTable(name: snake(name), columns: [], rows: [])
            var columns: Set<String> = []
            for (index, element) in rows.enumerated() {
                let place = "\(path).\(name)[\(index)]"
                let fields = try JSONFields(element, path: place, format: format)
                var row: [String: RecordTable.Value] = [:]
                for (key, value) in fields.object {
                    let column = snake(key)
                    columns.insert(column)
                    row[column] = try self.value(value, instant: column.hasSuffix("_at"), fields: fields, key: key)
                }
                table.rows.append(row)
            }
            table.columns = columns.sorted()
            tables.append(table)
        }
        return tables
    }

    private static func value(_ value: Any, instant: Bool, fields: JSONFields, key: String) throws(ImportFileError)
        -> RecordTable.Value
    {
        switch value {
        case is NSNull: return .null
        case let text as String where instant:
            guard let read = try? JSONFields.instant(text) else {
                throw fields.fail(key, "expected an instant such as 2026-11-23T18:00:00Z")
            }
            return .integer(read.secondsSinceEpoch)
        case let text as String: return .text(text)
        case is NSNumber, is Int, is Int64, is Double: return .integer(try fields.integer(key))
        default: throw fields.fail(key, "expected text, a whole number or null")
        }
    }

    /// `invoice_lines` → `invoiceLines`.
    static func camel(_ name: String) -> String {
        var result = ""
        var upper = false
        for character in name {
            if character == "_" {
                upper = true
            } else {
                result += upper ? character.uppercased() : String(character)
                upper = false
            }
        }
        return result
    }

    /// `invoiceLines` → `invoice_lines`.
    static func snake(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
