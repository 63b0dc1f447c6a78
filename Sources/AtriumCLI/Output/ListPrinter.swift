import AtriumDocuments
import Foundation

/// One cell of a listed row: text, a whole number or a yes/no. Tables and CSV write them as text
/// (`yes`, `no`); JSON as strings, numbers and booleans, and an absent value as null.
enum ListCell: Encodable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    case integer(Int64)
    case flag(Bool)
    /// Nothing to show (an unset rate): empty in a table or CSV, null in JSON.
    case absent

    init(stringLiteral value: String) { self = .text(value) }

    /// `value`, or ``absent`` when nil.
    static func text(orAbsent value: String?) -> ListCell { value.map(ListCell.text) ?? .absent }

    /// The cell as a table or CSV shows it.
    var shown: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .flag(let flag): flag ? "yes" : "no"
        case .absent: ""
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .absent: try container.encodeNil()
        }
    }
}

/// Prints a list as a table, CSV or JSON (an array of objects keyed by the header).
enum ListPrinter {
    /// A list whose cells are all text.
    static func print(
        header: [String],
        rows: [[String]],
        format: OutputFormat,
        context: CommandContext,
        emptyMessage: () -> String? = { nil }
    ) throws {
        try print(
            header: header,
            cells: rows.map { $0.map(ListCell.text) },
            format: format,
            context: context,
            emptyMessage: emptyMessage
        )
    }

    /// - Parameter emptyMessage: What to say instead of an empty table (tables only).
    static func print(
        header: [String],
        cells rows: [[ListCell]],
        format: OutputFormat,
        context: CommandContext,
        emptyMessage: () -> String? = { nil }
    ) throws {
        switch format {
        case .table:
            if rows.isEmpty, let message = emptyMessage() {
                context.say(message)
                return
            }
            var table = TextTable(
                header.map { TextTable.Column(title: $0.replacingOccurrences(of: "_", with: " ").capitalized) }
            )
            for row in rows { table.add(row.map(\.shown)) }
            context.say(table.render(style: context.style))
        case .csv:
            var csv = CSVWriter(header: header)
            for row in rows { csv.append(row.map(\.shown)) }
            context.standardOutput.write(csv.text)
        case .json:
            let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            context.say(try JSONText.encode(objects))
        }
    }
}

/// JSON for scripts: sorted keys (stable across runs), pretty-printed, slashes unescaped.
enum JSONText {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
