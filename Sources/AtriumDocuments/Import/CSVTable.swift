/// A CSV export read record by record, its columns found by their header names.
public struct CSVTable {
    private var reader: CSVReader
    /// The header row as the file writes it.
    public let header: [String]
    private let keys: [String]

    /// Reads the header of `source`.
    ///
    /// - Throws: ``ImportFileError/notFormat(format:reason:)`` when the file is empty.
    public init(_ source: ByteSource, format: String) throws(ImportFileError) {
        // UTF-16 (a byte order mark FF FE or FE FF, or a NUL in every other byte of ASCII text).
        if [0xFF, 0xFE, 0x00].contains(source.peek() ?? 0x20) || source.peekSecond() == 0x00 {
            throw .notFormat(format: format, reason: "it is not UTF-8 text (save it again as UTF-8)")
        }
        reader = CSVReader(source)
        do {
            guard let header = try reader.next(), header.contains(where: { !$0.isEmpty }) else {
                throw ImportFileError.notFormat(format: format, reason: "the file is empty")
            }
            self.header = header
        } catch let problem as ImportProblem {
            throw .notFormat(format: format, reason: problem.description)
        } catch let error as ImportFileError {
            throw error
        } catch {
            throw .notFormat(format: format, reason: "the header cannot be read")
        }
        keys = header.map { $0.trimmingWhitespace().lowercased() }
        if header.count == 1, let line = header.first?.trimmingWhitespace() {
            // No separator on the first line: not a CSV, perhaps another of the tools' files.
            if line.hasPrefix("inc ") {
                throw .notFormat(format: format, reason: "it looks like Timewarrior data: import it as Timewarrior")
            }
            if line.hasPrefix("[") {
                throw .notFormat(
                    format: format,
                    reason: "it looks like JSON (Watson's frames or timew export): import it as Watson or Timewarrior"
                )
            }
        }
    }

    /// The position of the first column named any of `names` (compared without case).
    public func column(_ names: String...) -> Int? {
        for name in names {
            if let index = keys.firstIndex(of: name.lowercased()) { return index }
        }
        return nil
    }

    /// The position of the first column whose name starts with `prefix` (`Amount (`).
    public func column(prefix: String) -> Int? {
        keys.firstIndex { $0.hasPrefix(prefix.lowercased()) }
    }

    public var bytesRead: Int { reader.bytesRead }
    public var totalBytes: Int? { reader.totalBytes }

    /// The next record that is not blank; nil at the end.
    public mutating func next() throws(ImportProblem) -> CSVRecord? {
        while let fields = try reader.next() {
            if fields.allSatisfy(\.isEmpty) { continue }
            return CSVRecord(fields: fields, line: reader.line, header: header)
        }
        return nil
    }
}

/// One record of a ``CSVTable``, read field by field with problems that name line and column.
public struct CSVRecord {
    public let fields: [String]
    public let line: Int
    let header: [String]

    /// The field at `column`, trimmed; empty when the column is absent or the row is short.
    public subscript(_ column: Int?) -> String {
        guard let column, column < fields.count else { return "" }
        let field = fields[column]
        guard let first = field.utf8.first, let last = field.utf8.last else { return field }
        // Most cells have nothing to trim: skip Foundation's trimming for them.
        if first > 0x20, first != 0xC2, first != 0xE2, last > 0x20, last != 0xA0, last != 0x80 { return field }
        return field.trimmingWhitespace()
    }

    /// The field at `column`, untrimmed (a memo keeps its spaces inside).
    public func raw(_ column: Int?) -> String {
        guard let column, column < fields.count else { return "" }
        return fields[column]
    }

    /// The field read by `parse`; a failure becomes a problem naming this line and column.
    public func read<Value>(_ column: Int?, _ parse: (String) throws(FieldError) -> Value) throws(ImportProblem)
        -> Value
    {
        let text = self[column]
        do {
            return try parse(text)
        } catch {
            throw problem(column, value: text, error.reason)
        }
    }

    /// The field read by `parse`, or nil when it is empty.
    public func readIfPresent<Value>(_ column: Int?, _ parse: (String) throws(FieldError) -> Value)
        throws(ImportProblem) -> Value?
    {
        self[column].isEmpty ? nil : try read(column, parse)
    }

    /// A problem with this record, naming `column` when given.
    public func problem(_ column: Int?, value: String? = nil, _ reason: String) -> ImportProblem {
        let name = column.flatMap { $0 < header.count ? header[$0].trimmingWhitespace() : nil }
        return ImportProblem(line: line, column: name, value: value, reason: reason)
    }

    /// Requires the field at `column` to be there and not empty.
    public func require(_ column: Int?, name: String) throws(ImportProblem) -> String {
        guard let column else { throw ImportProblem(line: line, column: name, reason: "the column is missing") }
        let text = self[column]
        guard !text.isEmpty else { throw problem(column, "is empty") }
        return text
    }
}

/// How one tool's CSV maps to entries: found from the header, then applied record by record.
public protocol CSVLayout {
    /// The tool's name for messages (`Toggl Track`).
    static var formatName: String { get }
    /// Finds the columns.
    ///
    /// - Throws: ``ImportFileError/notFormat(format:reason:)`` when a needed column is missing.
    init(_ table: CSVTable) throws(ImportFileError)
    /// The entry one record describes.
    func entry(from record: CSVRecord) throws(ImportProblem) -> ImportedEntry
    /// Why a record is not worked time and is left out (`a break`); nil for an entry's record.
    func skipReason(_ record: CSVRecord) -> String?
}

extension CSVLayout {
    public func skipReason(_ record: CSVRecord) -> String? { nil }
}

/// An ``EntryReader`` over a CSV export in `Layout`.
public struct CSVEntryReader<Layout: CSVLayout>: EntryReader {
    private var table: CSVTable
    private let layout: Layout

    /// Reads the header of `source`, finds the layout's columns, then lets `configure` set options.
    public init(_ source: ByteSource, configure: (inout Layout) -> Void = { _ in }) throws(ImportFileError) {
        table = try CSVTable(source, format: Layout.formatName)
        var layout = try Layout(table)
        configure(&layout)
        self.layout = layout
    }

    public mutating func next() throws -> ImportRow? {
        do {
            guard let record = try table.next() else { return nil }
            if let reason = layout.skipReason(record) { return .skipped(line: record.line, reason: reason) }
            return .entry(try layout.entry(from: record))
        } catch {
            return .problem(error)
        }
    }

    public var bytesRead: Int { table.bytesRead }
    public var totalBytes: Int? { table.totalBytes }
}
