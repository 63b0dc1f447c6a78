import AtriumCore
import Foundation

/// Timewarrior's data: the `data` folder of monthly files (`2026-11.data`, lines
/// `inc 20261102T090000Z - 20261102T100000Z # tag "two words" # "annotation"`, an interval
/// without `- end` still running), one such file, or the JSON array `timew export` prints.
///
/// Timewarrior names no client: the first tag becomes the client unless `client` is given; the
/// other tags stay tags and the annotation is the memo.
public struct TimewarriorReader: EntryReader {
    private var lines: [(file: String?, line: Int, text: Substring)] = []
    private var json: [[String: Any]]?
    private var index = 0
    private let client: String?
    public private(set) var totalBytes: Int? = nil

    /// Reads `path`: a folder of `YYYY-MM.data` files, one data file, or `timew export` JSON.
    public init(path: String, client: String?) throws(ImportFileError) {
        self.client = client
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        var files: [String] = [path]
        if isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files = names.filter { $0.range(of: #"^\d{4}-\d{2}\.data$"#, options: .regularExpression) != nil }.sorted()
                .map { path + "/" + $0 }
            guard !files.isEmpty else {
                throw .notFormat(format: "Timewarrior", reason: "the folder holds no YYYY-MM.data files")
            }
        }
        var total = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .unreadable(path: file, reason: "it cannot be opened")
            }
            total += data.count
            try load(data, name: (file as NSString).lastPathComponent)
        }
        totalBytes = total
        try refuseOtherText(path: path)
    }

    /// Refuses data files none of whose lines is an interval: another tool's file given as
    /// Timewarrior's, rather than a problem on every line.
    private func refuseOtherText(path: String) throws(ImportFileError) {
        guard json == nil, !lines.isEmpty, !lines.contains(where: { $0.text.hasPrefix("inc ") }) else { return }
        throw .notFormat(
            format: "Timewarrior",
            reason: "no line of \((path as NSString).lastPathComponent) is an interval (inc 20261102T090000Z - …)"
        )
    }

    /// Reads one data file or `timew export` JSON held in memory (an upload).
    public init(bytes: [UInt8], client: String?) throws(ImportFileError) {
        self.client = client
        totalBytes = bytes.count
        try load(Data(bytes), name: nil)
        try refuseOtherText(path: "the upload")
    }

    private mutating func load(_ data: Data, name: String?) throws(ImportFileError) {
        let text = String(decoding: data, as: UTF8.self)
        if text.trimmingWhitespace().hasPrefix("[") {
            guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
                throw .notFormat(format: "Timewarrior", reason: "timew export prints a JSON array of intervals")
            }
            json = (json ?? []) + array
            return
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingWhitespace().isEmpty {
            lines.append((name, number + 1, line))
        }
    }

    public var bytesRead: Int {
        let count = json?.count ?? lines.count
        return count == 0 ? totalBytes ?? 0 : (totalBytes ?? 0) * index / count
    }

    public mutating func next() throws -> ImportRow? {
        if let json {
            guard index < json.count else { return nil }
            index += 1
            do { return .entry(try entry(json: json[index - 1], number: index)) } catch { return .problem(error) }
        }
        guard index < lines.count else { return nil }
        let line = lines[index]
        index += 1
        do { return .entry(try entry(line: line.text, number: line.line, file: line.file)) } catch {
            return .problem(error)
        }
    }

    private func entry(line text: Substring, number: Int, file: String?) throws(ImportProblem) -> ImportedEntry {
        let problem = { (reason: String) in ImportProblem(line: number, column: file, reason: reason) }
        var tokens = Self.tokens(text)
        guard tokens.first?.text == "inc", !(tokens.first?.quoted ?? true) else {
            throw problem("expected a line starting with inc")
        }
        tokens.removeFirst()
        guard let startText = tokens.first?.text, let start = Self.instant(startText) else {
            throw problem("expected the start as YYYYMMDDTHHMMSSZ")
        }
        tokens.removeFirst()
        var end: Instant?
        if tokens.first?.text == "-" {
            guard tokens.count > 1, let stop = Self.instant(tokens[1].text) else {
                throw problem("expected the end as YYYYMMDDTHHMMSSZ after -")
            }
            end = stop
            tokens.removeFirst(2)
        }
        var tags: [String] = []
        var annotation = ""
        if tokens.first.map({ $0.text == "#" && !$0.quoted }) == true {
            tokens.removeFirst()
            while let token = tokens.first, !(token.text == "#" && !token.quoted) {
                tags.append(token.text)
                tokens.removeFirst()
            }
            if !tokens.isEmpty {
                tokens.removeFirst()
                annotation = tokens.map(\.text).joined(separator: " ")
            }
        }
        if let end, end < start { throw problem("the interval ends before it starts") }
        return try entry(
            start: start,
            end: end,
            tags: tags,
            annotation: annotation,
            at: (number, .line),
            file: file
        )
    }

    private func entry(json object: [String: Any], number: Int) throws(ImportProblem) -> ImportedEntry {
        guard let startText = object["start"] as? String, let start = Self.instant(startText) else {
            throw ImportProblem(
                line: number,
                position: .interval,
                column: "start",
                reason: "expected the start as YYYYMMDDTHHMMSSZ"
            )
        }
        var end: Instant?
        if let endText = object["end"] as? String {
            guard let stop = Self.instant(endText), stop >= start else {
                throw ImportProblem(
                    line: number,
                    position: .interval,
                    column: "end",
                    value: endText,
                    reason: "not an end after the start"
                )
            }
            end = stop
        }
        return try entry(
            start: start,
            end: end,
            tags: object["tags"] as? [String] ?? [],
            annotation: object["annotation"] as? String ?? "",
            at: (number, .interval),
            file: nil
        )
    }

    /// The entry of a data file's line or of an interval of `timew export`, at `place`; `file` is the
    /// data file's name (nil for an upload).
    private func entry(
        start: Instant,
        end: Instant?,
        tags: [String],
        annotation: String,
        at place: (number: Int, position: ImportProblem.Position),
        file: String?
    ) throws(ImportProblem) -> ImportedEntry {
        let (number, position) = place
        var tags = tags
        var clientName = client
        if clientName == nil {
            guard !tags.isEmpty else {
                throw ImportProblem(
                    line: number,
                    position: position,
                    column: file,
                    reason: "the interval has no tag to name its client: give --client"
                )
            }
            clientName = tags.removeFirst()
        }
        return ImportedEntry(
            line: number,
            position: position,
            client: clientName,
            memo: annotation,
            tags: tags,
            start: .instant(start),
            end: end.map(ImportedTime.instant)
        )
    }

    /// `20261102T090000Z` as an instant.
    static func instant(_ text: String) -> Instant? {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        guard text.count == 16, text.hasSuffix("Z"), digits.count == 14,
            let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
            let day = Int(digits.dropFirst(6).prefix(2)), let hour = Int(digits.dropFirst(8).prefix(2)),
            let minute = Int(digits.dropFirst(10).prefix(2)), let second = Int(digits.dropFirst(12)),
            let date = LocalDate(year: year, month: month, day: day),
            let time = LocalTime(hour: hour, minute: minute, second: second)
        else { return nil }
        return Instant(secondsSinceEpoch: LocalDateTime(date: date, time: time).secondsSinceLocalEpoch)
    }

    /// Words separated by spaces; a double-quoted word may hold spaces and `\"`.
    static func tokens(_ text: Substring) -> [(text: String, quoted: Bool)] {
        var tokens: [(text: String, quoted: Bool)] = []
        var current = ""
        var quoted = false
        var inQuotes = false
        var escaped = false
        for character in text {
            if inQuotes {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                quoted = true
            } else if character == " " || character == "\t" || character == "\r" {
                if !current.isEmpty || quoted { tokens.append((current, quoted)) }
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty || quoted { tokens.append((current, quoted)) }
        return tokens
    }
}
