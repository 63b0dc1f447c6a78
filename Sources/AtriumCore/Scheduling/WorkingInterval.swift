/// One stretch of a weekly working pattern on a local clock: `Tue 09:00-12:30`, or an overnight
/// shift `Fri 22:00-02:00+1` that ends the next day.
public struct WorkingInterval: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var weekday: Weekday
    /// Minutes after local midnight at which it starts, 0–1439.
    public var startMinute: Int
    /// Minutes after local midnight at which it ends, 1–1440; at or before ``startMinute`` when it
    /// ends the next day.
    public var endMinute: Int

    /// An interval from minutes already checked to be in range.
    public init(weekday: Weekday, startMinute: Int, endMinute: Int) {
        self.weekday = weekday
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// Whether it ends on the next day.
    public var isOvernight: Bool { endMinute <= startMinute }

    /// Its length on the local clock (a clock change on the day makes the real length differ).
    public var minutes: Int { isOvernight ? 1440 - startMinute + endMinute : endMinute - startMinute }

    /// Minutes from Monday 00:00 of its week to its start and end; the end may pass the week's end.
    var weekMinutes: Range<Int> {
        let start = (weekday.isoNumber - 1) * 1440 + startMinute
        return start..<(start + minutes)
    }

    public static func < (lhs: WorkingInterval, rhs: WorkingInterval) -> Bool {
        (lhs.weekday.isoNumber, lhs.startMinute) < (rhs.weekday.isoNumber, rhs.startMinute)
    }

    /// The times alone: `09:00-17:00`, `22:00-02:00+1`.
    public var timesText: String {
        let end = endMinute == 1440 ? "24:00" : WorkingInterval.clockText(endMinute)
        return "\(WorkingInterval.clockText(startMinute))-\(end)\(isOvernight ? "+1" : "")"
    }

    /// `Tue 09:00-17:00`.
    public var description: String { "\(weekday.shortName) \(timesText)" }

    static func clockText(_ minute: Int) -> String { "\((minute / 60).twoDigits):\((minute % 60).twoDigits)" }

    /// Reads `09:00-17:00`, `9:00-12:30`, `13:00-24:00` and, ending the next day, `22:00-02:00+1`,
    /// as minutes after midnight.
    ///
    /// - Throws: ``InvalidInput`` for a malformed time, or an end before the start without `+1`.
    public static func parseTimes(_ text: String) throws(InvalidInput) -> (start: Int, end: Int) {
        var rest = text.trimmingWhitespace()
        let overnight = rest.hasSuffix("+1")
        if overnight { rest = String(rest.dropLast(2)) }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw InvalidInput("\"\(text)\" is not a time range: use e.g. 09:00-17:00, or 22:00-02:00+1 overnight")
        }
        let start = try LocalTime.parse(String(parts[0]))
        let endText = String(parts[1]).trimmingWhitespace()
        let end = endText == "24:00" ? 1440 : try LocalTime.parse(endText).secondsSinceMidnight / 60
        let startMinute = start.secondsSinceMidnight / 60
        guard start.second == 0 else {
            throw InvalidInput("\"\(text)\": working hours are in whole minutes")
        }
        if overnight {
            guard end <= startMinute, end < 1440 else {
                throw InvalidInput("\"\(text)\" is marked +1 (ends the next day) but ends after it starts")
            }
        } else if end <= startMinute {
            throw InvalidInput(
                "\"\(text)\" ends before it starts: for hours that run past midnight write e.g. 22:00-02:00+1"
            )
        }
        return (startMinute, end)
    }
}
