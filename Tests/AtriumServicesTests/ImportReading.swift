import AtriumCore
import AtriumDocuments
import Testing

/// Reading another tool's export from text in a test, row by row.
protocol ImportReading {}

extension ImportReading {
    /// Every row `text` yields in `format`.
    func rows(_ format: ImportFormat, _ text: String, options: ImportFormat.Options = .init()) throws -> [ImportRow] {
        var reader = try format.reader(bytes: Array(text.utf8), options: options)
        var rows: [ImportRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    /// The entries of `text`; a row that is not an entry is recorded as an issue.
    func entries(_ format: ImportFormat, _ text: String, options: ImportFormat.Options = .init()) throws
        -> [ImportedEntry]
    {
        try rows(format, text, options: options).compactMap { row -> ImportedEntry? in
            guard case .entry(let entry) = row else {
                Issue.record("expected an entry, got \(row)")
                return nil
            }
            return entry
        }
    }

    /// The problems of `text` as a person reads them, in line order.
    func problems(_ format: ImportFormat, _ text: String, options: ImportFormat.Options = .init()) throws
        -> [String]
    {
        try rows(format, text, options: options).compactMap { row -> String? in
            guard case .problem(let problem) = row else { return nil }
            return problem.description
        }
    }
}
