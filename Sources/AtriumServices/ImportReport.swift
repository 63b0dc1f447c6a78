import AtriumCore
import AtriumDocuments

/// What an import did, or would do on a dry run: counts, what was created, and every problem.
public struct ImportReport: Sendable, Equatable {
    public var format: ImportFormat
    /// The rows read (entries and problems).
    public var rows = 0
    /// Entries written (or that a dry run would write).
    public var created = 0
    /// Rows already imported before: skipped.
    public var alreadyImported = 0
    /// Entries kept with the price the file states.
    public var priced = 0
    /// Entries that overlap another imported entry of the same person: kept, as the other tool had them.
    public var overlapping = 0
    /// Running entries (Timewarrior intervals without an end).
    public var running = 0
    /// Seconds of the entries created.
    public var seconds: Int64 = 0
    public var newPeople: [String] = []
    public var newClients: [String] = []
    public var newProjects: [String] = []
    /// As `client/task`.
    public var newTasks: [String] = []
    public var newTags: [String] = []
    /// Rows that could not be read; the import is refused while there are any, unless bad rows are skipped.
    public var problems: [ImportProblem] = []
    /// How many problems there were in all (``problems`` keeps the first 1,000).
    public var problemCount = 0
    /// Things kept differently from the file (a price in another currency than the client's).
    public var notes: [String] = []
    /// Whether the writes were kept: false for a dry run and for a refused import.
    public var committed = false
    /// Whether bad rows refused the import.
    public var refused = false

    public init(format: ImportFormat) {
        self.format = format
    }

    static let keptProblems = 1_000

    mutating func record(_ problem: ImportProblem) {
        problemCount += 1
        if problems.count < Self.keptProblems { problems.append(problem) }
    }

    mutating func note(_ text: String) {
        if notes.count < Self.keptProblems { notes.append(text) }
    }
}

/// How far an import has come, for a progress bar.
public struct ImportProgress: Sendable, Equatable {
    public var rows: Int
    public var bytesRead: Int
    public var totalBytes: Int?

    /// The share done, 0–1, when the size is known.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }
}
