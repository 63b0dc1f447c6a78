/// When someone works, as weekly intervals on their local clock: `Mon-Fri 09:00-17:00`,
/// split shifts `Mon-Thu 08:00-12:00,13:00-17:00`, overnight `Sat 22:00-02:00+1`. Days without an
/// interval are days off. Read against a zone when used, so a clock change moves the instants,
/// never the local hours.
public struct WeeklyHours: Hashable, Sendable, CustomStringConvertible {
    /// The intervals, ordered by weekday and start; no two overlap.
    public private(set) var intervals: [WorkingInterval]

    /// No working hours at all.
    public static let none = WeeklyHours(checked: [])

    /// Hours made of `intervals`.
    ///
    /// - Throws: ``InvalidInput`` when two intervals overlap.
    public init(_ intervals: [WorkingInterval]) throws(InvalidInput) {
        let sorted = intervals.sorted()
        let week = 7 * 1440
        for (index, interval) in sorted.enumerated() where sorted.count > 1 {
            let isLast = index + 1 == sorted.count
            let next = sorted[isLast ? 0 : index + 1]
            let nextStart = next.weekMinutes.lowerBound + (isLast ? week : 0)
            if interval.weekMinutes.upperBound > nextStart {
                throw InvalidInput("\(interval) and \(next) overlap: give each stretch of time once")
            }
        }
        self.intervals = sorted
    }

    private init(checked: [WorkingInterval]) { intervals = checked }

    public var isEmpty: Bool { intervals.isEmpty }

    /// Working minutes in a week on the local clock.
    public var minutesPerWeek: Int { intervals.reduce(0) { $0 + $1.minutes } }

    /// The canonical text, days with the same hours grouped: `Mon-Fri 09:00-17:00; Sat 10:00-14:00`,
    /// or `none`.
    public var description: String {
        guard !intervals.isEmpty else { return "none" }
        var groups: [(days: [Weekday], times: String)] = []
        for weekday in Weekday.allCases {
            let times = intervals.filter { $0.weekday == weekday }.map(\.timesText).joined(separator: ",")
            guard !times.isEmpty else { continue }
            if let index = groups.firstIndex(where: { $0.times == times }) {
                groups[index].days.append(weekday)
            } else {
                groups.append(([weekday], times))
            }
        }
        return groups.map { "\(WeeklyHours.daysText($0.days)) \($0.times)" }.joined(separator: "; ")
    }

    /// Reads groups separated by `;`, each days then times: `Mon-Fri 09:00-17:00`,
    /// `Sun-Thu 08:00-16:00` (ranges may wrap), `Mon,Wed 09:00-12:00,13:00-17:00`, `Sat 22:00-02:00+1`,
    /// `daily 10:00-14:00`; `none` or an empty text for no hours.
    ///
    /// - Throws: ``InvalidInput`` saying which part is wrong and what is expected.
    public static func parse(_ text: String) throws(InvalidInput) -> WeeklyHours {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty || ["none", "off"].contains(trimmed.lowercased()) { return .none }
        var intervals: [WorkingInterval] = []
        var seenDays: Set<Weekday> = []
        for group in trimmed.split(separator: ";") {
            let words = group.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 2 else {
                throw InvalidInput(
                    "\"\(group.trimmingWhitespace())\" needs days and times: use e.g. \"Mon-Fri 09:00-17:00\""
                )
            }
            let days = try parseDays(String(words[0]))
            if let repeated = days.first(where: seenDays.contains) {
                throw InvalidInput("\(repeated.shortName) is given twice: list all of a day's hours in one group")
            }
            seenDays.formUnion(days)
            let times = words.dropFirst().joined().split(separator: ",")
            for time in times {
                let (start, end) = try WorkingInterval.parseTimes(String(time))
                intervals += days.map { WorkingInterval(weekday: $0, startMinute: start, endMinute: end) }
            }
        }
        return try WeeklyHours(intervals)
    }

    /// Reads `Mon`, `Mon-Fri`, `Sun-Thu`, `Mon,Wed,Fri`, `Mon-Wed,Fri`, `daily`, `weekdays`.
    static func parseDays(_ text: String) throws(InvalidInput) -> [Weekday] {
        switch text.lowercased() {
        case "daily", "everyday": return Weekday.allCases
        case "weekdays": return Array(Weekday.allCases.prefix(5))
        default: break
        }
        var days: [Weekday] = []
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(ends.count) else {
                throw InvalidInput("\"\(part)\" is not a day or a range of days: use e.g. Mon, Mon-Fri or Sun-Thu")
            }
            let first = try Weekday.parse(String(ends[0]))
            let last = try Weekday.parse(String(ends[ends.count - 1]))
            var day = first
            while true {
                if !days.contains(day) { days.append(day) }
                if day == last { break }
                day = Weekday(isoNumber: day.isoNumber % 7 + 1) ?? .monday
            }
        }
        return days
    }

    /// `Mon-Fri`, `Mon,Wed`, `Mon-Wed,Fri` from days in week order.
    public static func daysText(_ days: [Weekday]) -> String {
        var runs: [[Weekday]] = []
        for day in days {
            if let last = runs.last?.last, last.isoNumber + 1 == day.isoNumber {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        return runs.map { run in
            run.count >= 3
                ? "\(run[0].shortName)-\(run[run.count - 1].shortName)" : run.map(\.shortName).joined(separator: ",")
        }.joined(separator: ",")
    }

    /// The instants at which these hours are open from the start of `first` to the end of `last` in
    /// the timeline's zone, ordered and merged. Local times a clock change skips or repeats are
    /// read by ``ZoneID/instant(for:)``'s rule, so a 01:00–03:00 shift is an hour shorter on the
    /// night clocks go forward at 02:00.
    public func openIntervals(in timeline: ZoneTimeline, from first: LocalDate, through last: LocalDate) -> [Range<
        Instant
    >] {
        guard !intervals.isEmpty, first <= last else { return [] }
        let windowStart = timeline.instant(for: LocalDateTime(date: first, time: .midnight))
        let windowEnd = timeline.instant(for: LocalDateTime(date: last.adding(days: 1), time: .midnight))
        var ranges: [Range<Instant>] = []
        var date = first.adding(days: -1)
        while date <= last {
            for interval in intervals where interval.weekday == date.weekday {
                let start = timeline.instant(for: date.at(minute: interval.startMinute))
                let end = timeline.instant(
                    for: date.adding(days: interval.isOvernight ? 1 : 0).at(minute: interval.endMinute)
                )
                let clipped = max(start, windowStart)..<max(min(end, windowEnd), max(start, windowStart))
                if !clipped.isEmpty { ranges.append(clipped) }
            }
            date = date.adding(days: 1)
        }
        return IntervalSet.merged(ranges)
    }

    /// Whether these hours are open at `instant` and when that changes: the end of the current
    /// stretch, or the next opening within a week.
    public func status(at instant: Instant, in timeline: ZoneTimeline) -> OpeningStatus {
        guard !intervals.isEmpty else { return .noHours }
        let today = timeline.localDateTime(at: instant).date
        let open = openIntervals(in: timeline, from: today.adding(days: -1), through: today.adding(days: 8))
        if let current = open.first(where: { $0.contains(instant) }) { return .open(until: current.upperBound) }
        if let next = open.first(where: { $0.lowerBound > instant }) { return .closed(opensAt: next.lowerBound) }
        return .noHours
    }
}

/// Whether someone is working at an instant.
public enum OpeningStatus: Equatable, Sendable {
    /// Inside their hours, until the given instant.
    case open(until: Instant)
    /// Outside their hours; they next open at the given instant.
    case closed(opensAt: Instant)
    /// No working hours are set.
    case noHours

    public var isOpen: Bool { if case .open = self { return true } else { return false } }
}

extension LocalTime {
    /// 00:00.
    public static let midnight = LocalTime(checkedSecondsSinceMidnight: 0)
}

extension LocalDate {
    /// This date's wall clock `minute` minutes after midnight; 1440 is the next midnight.
    func at(minute: Int) -> LocalDateTime {
        LocalDateTime(secondsSinceLocalEpoch: daysSinceEpoch * 86_400 + Int64(minute) * 60)
    }
}
