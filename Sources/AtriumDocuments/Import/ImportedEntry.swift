import AtriumCore

/// One time entry as another tool's export states it, before names are matched, times placed in a
/// zone and the entry stored.
public struct ImportedEntry: Sendable, Equatable {
    /// The line (or frame, or interval) it came from, for the report.
    public var line: Int
    /// What ``line`` counts.
    public var position: ImportProblem.Position
    /// Who worked, as the file names them; nil when the file names no one (Watson, Timewarrior).
    public var person: ImportedPerson?
    public var client: String?
    public var project: String?
    /// The other tool's task or activity: Atrium keeps it at the front of the memo.
    public var task: String?
    public var memo: String
    /// Tag names as written; the importer checks them.
    public var tags: [String]
    /// Nil when the file does not say.
    public var billable: Bool?
    public var start: ImportedTime
    /// Nil while running (Timewarrior), or when only a duration is known.
    public var end: ImportedTime?
    /// Seconds, when the file states a duration.
    public var durationSeconds: Int64?
    /// The rate or amount the file states, in the file's currency.
    public var price: EntryPrice?
    /// The other tool's own id for the entry (Watson frames have one); nil when it has none.
    public var sourceID: String?

    public init(
        line: Int,
        position: ImportProblem.Position = .line,
        person: ImportedPerson? = nil,
        client: String? = nil,
        project: String? = nil,
        task: String? = nil,
        memo: String = "",
        tags: [String] = [],
        billable: Bool? = nil,
        start: ImportedTime,
        end: ImportedTime? = nil,
        durationSeconds: Int64? = nil,
        price: EntryPrice? = nil,
        sourceID: String? = nil
    ) {
        self.line = line
        self.position = position
        self.person = person
        self.client = client
        self.project = project
        self.task = task
        self.memo = memo
        self.tags = tags
        self.billable = billable
        self.start = start
        self.end = end
        self.durationSeconds = durationSeconds
        self.price = price
        self.sourceID = sourceID
    }
}

extension ImportedEntry {
    /// Where it came from: `line 14`, `frame 3`.
    public var place: String { "\(position.rawValue) \(line)" }

    /// A problem of the entry as a whole, at its place in the file.
    public func problem(_ reason: String) -> ImportProblem {
        ImportProblem(line: line, position: position, reason: reason)
    }
}

/// A person as an export names them.
public struct ImportedPerson: Sendable, Equatable, Hashable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }
}

/// When an imported entry starts or ends.
public enum ImportedTime: Sendable, Equatable {
    /// A wall-clock time, read in the zone the import is given.
    case local(LocalDateTime)
    /// An exact instant (Watson and Timewarrior store UTC).
    case instant(Instant)
    /// A day without a time (Harvest): entries of one person and day are laid end to end from
    /// 09:00 in the import's zone.
    case day(LocalDate)
}

/// What a reader yields: an entry, or a row it could not read.
public enum ImportRow: Sendable, Equatable {
    case entry(ImportedEntry)
    case problem(ImportProblem)
    /// A row that is not worked time (a Clockify break): left out, and counted by `reason`.
    case skipped(line: Int, reason: String)
}

/// Reads one tool's export row by row.
public protocol EntryReader {
    /// The next row; nil at the end of the file.
    ///
    /// - Throws: ``ImportFileError`` when the file as a whole cannot be read.
    mutating func next() throws -> ImportRow?
    /// Bytes read so far, for progress.
    var bytesRead: Int { get }
    /// The file's size when known.
    var totalBytes: Int? { get }
}
