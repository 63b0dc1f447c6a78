import AtriumCore

/// A row another tool's export holds that cannot be read, with where and why:
/// `line 14, Start Date "13/15/2024": month 15 is not valid`.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What ``ImportProblem/line`` counts: a text file's lines, or the frames (Watson) or intervals
    /// (`timew export`) of a JSON array, where a line number would tell nothing.
    public enum Position: String, Sendable {
        case line, frame, interval
    }

    /// The line the row begins on (1-based), or the frame's or interval's place in a JSON array.
    public var line: Int
    /// What ``line`` counts.
    public var position: Position
    /// The column's header as the file names it; nil when the problem is the row as a whole.
    public var column: String?
    /// The text found; nil when the problem is not one value.
    public var value: String?
    /// Why it cannot be read, in a few words.
    public var reason: String

    public init(line: Int, position: Position = .line, column: String? = nil, value: String? = nil, reason: String) {
        self.line = line
        self.position = position
        self.column = column
        self.value = value
        self.reason = reason
    }

    public var description: String {
        var text = "\(position.rawValue) \(line)"
        if let column { text += ", \(column)" }
        if let value { text += " \"\(value)\"" }
        return text + ": " + reason
    }
}

/// A file that cannot be imported at all: unreadable, or not the export it is said to be.
public enum ImportFileError: UserFacingError, Equatable {
    /// The file cannot be opened or read.
    case unreadable(path: String, reason: String)
    /// The file is not the format named: what is missing.
    case notFormat(format: String, reason: String)
    /// Clockify dates that read both ways: the option to choose.
    case ambiguousDates(example: String)

    public var kind: UserFacingErrorKind { .invalidInput }

    public var userMessage: String {
        switch self {
        case .unreadable(let path, let reason):
            return "Cannot read \(path): \(reason)."
        case .notFormat(let format, let reason):
            let article = format.first.map { "AEIOUaeiou".contains($0) } == true ? "an" : "a"
            return "This is not \(article) \(format) export: \(reason)."
        case .ambiguousDates(let example):
            return "The dates in this file read both ways (\"\(example)\" could be month/day or day/month): "
                + "choose with --date-format MM/DD/YYYY or --date-format DD/MM/YYYY."
        }
    }
}
