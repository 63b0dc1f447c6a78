import AtriumDocuments
import Foundation

/// Prints a list as a table, CSV or JSON (an array of objects keyed by the header).
enum ListPrinter {
    /// - Parameter emptyMessage: What to say instead of an empty table (tables only).
    static func print(
        header: [String],
        rows: [[String]],
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
            for row in rows { table.add(row) }
            context.say(table.render(style: context.style))
        case .csv:
            var csv = CSVWriter(header: header)
            for row in rows { csv.append(row) }
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
