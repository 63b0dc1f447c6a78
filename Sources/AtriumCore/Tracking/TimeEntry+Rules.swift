extension TimeEntry {
    /// The longest entry accepted without `--force`.
    public static let longestUnforced = TimeSpan.hours(24)

    /// The longest entry an import takes: longer is a broken row (a mistyped year, a timer left
    /// running for years), not history.
    public static let longestImported = TimeSpan.hours(366 * 24)

    /// Checks the entry's times: the end after the start, no more than 24 hours unless
    /// `allowLong`, and nothing in the future unless `allowFuture`.
    ///
    /// `allowEmpty` accepts an end equal to the start: a timer stopped (or replaced by another)
    /// within the second it started is kept as the zero-length record of what happened.
    ///
    /// - Throws: ``EntryError`` saying which rule failed.
    public func validateTimes(now: Instant, allowLong: Bool, allowFuture: Bool, allowEmpty: Bool = false)
        throws(EntryError)
    {
        if let end {
            guard end > start || (allowEmpty && end == start) else { throw .endNotAfterStart(start: start, end: end) }
            let length = TimeSpan(seconds: start.seconds(until: end))
            guard allowLong || length <= TimeEntry.longestUnforced else { throw .tooLong(length) }
            guard allowFuture || end <= now else { throw .endsInFuture(end) }
        } else {
            guard allowFuture || start <= now else { throw .startsInFuture(start) }
        }
    }

    /// Whether this entry and `other` share any moment. Intervals are half-open, so one ending at
    /// 10:00 and the next starting at 10:00 do not overlap; running entries extend to `now`.
    public func overlaps(_ other: TimeEntry, now: Instant) -> Bool {
        let myEnd = end ?? max(now, start)
        let theirEnd = other.end ?? max(now, other.start)
        return start < theirEnd && other.start < myEnd
    }

    /// The entries among `candidates` that overlap this one: same person, not deleted, not itself.
    public func overlapping(_ candidates: [TimeEntry], now: Instant) -> [TimeEntry] {
        candidates.filter {
            $0.id != id && $0.personID == personID && !$0.isDeleted && overlaps($0, now: now)
        }
    }
}

/// An entry shown in an error message: its number and times, already read in the person's zone.
public struct EntryReference: Sendable, Equatable {
    public var number: Int
    /// E.g. `#12 2026-11-22 14:00–15:30 Acme Realty`.
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// Why a time entry was refused.
public enum EntryError: UserFacingError, Equatable, Sendable {
    case endNotAfterStart(start: Instant, end: Instant)
    case tooLong(TimeSpan)
    case startsInFuture(Instant)
    case endsInFuture(Instant)
    case overlaps([EntryReference])
    case noRunningTimer
    case notFound(number: Int)
    case alreadyDeleted(number: Int)
    case running(number: Int)

    public var kind: UserFacingErrorKind {
        switch self {
        case .endNotAfterStart, .tooLong, .startsInFuture, .endsInFuture: return .invalidInput
        case .overlaps, .noRunningTimer, .alreadyDeleted, .running: return .conflict
        case .notFound: return .notFound
        }
    }

    public var field: String? {
        switch self {
        case .endNotAfterStart, .tooLong, .endsInFuture: return "end"
        case .startsInFuture: return "start"
        default: return nil
        }
    }

    public var userMessage: String {
        switch self {
        case .endNotAfterStart:
            return "The end is not after the start. For an entry past midnight give the end with its date "
                + "(--to \"tomorrow 01:00\") or a --duration."
        case .tooLong(let length):
            return "The entry would last \(length), more than 24 hours; check the times, or pass --force to keep it."
        case .startsInFuture:
            return "The start is in the future; give a time that has passed."
        case .endsInFuture:
            return "The end is in the future; pass --force to record it anyway."
        case .overlaps(let others):
            return Self.overlapping(others) + "Change the times, or pass --allow-overlap to keep both."
        case .noRunningTimer:
            return "No timer is running. Start one with: atrium start CLIENT[/PROJECT] \"memo\""
        case .notFound(let number):
            return "There is no time entry #\(number). See the numbers with: atrium log"
        case .alreadyDeleted(let number):
            return "Time entry #\(number) is already deleted."
        case .running(let number):
            return "Time entry #\(number) is the running timer: stop it first, or use atrium cancel."
        }
    }

    public var neutralMessage: String {
        switch self {
        case .endNotAfterStart:
            return "The end is not after the start. For an entry past midnight give the end with its date."
        case .tooLong(let length):
            return "The entry would last \(length), more than 24 hours; check the times."
        case .endsInFuture:
            return "The end is in the future; give a time that has passed."
        case .overlaps(let others):
            return Self.overlapping(others) + "Change the times, or allow the overlap to keep both."
        case .noRunningTimer:
            return "No timer is running."
        case .notFound(let number):
            return "There is no time entry #\(number)."
        case .running(let number):
            return "Time entry #\(number) is the running timer: stop it first."
        case .startsInFuture, .alreadyDeleted:
            return userMessage
        }
    }

    /// `It overlaps an entry: #3 2026-11-23 09:00–10:00 Acme Realty. `
    private static func overlapping(_ others: [EntryReference]) -> String {
        let list = others.map(\.text).joined(separator: "; ")
        return "It overlaps \(others.count == 1 ? "an entry" : "\(others.count) entries"): \(list). "
    }
}
