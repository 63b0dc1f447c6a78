/// A wall-clock time of day without a date or zone: `09:30`, `17:00:15`.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// The time, if each part is in range (hour 0–23, minute and second 0–59).
    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The time `seconds` after midnight, if that is within the day (0–86399).
    public init?(secondsSinceMidnight seconds: Int) {
        guard (0..<86_400).contains(seconds) else { return nil }
        self.init(checkedSecondsSinceMidnight: seconds)
    }

    /// A time from parts already known to be in range.
    init(checkedSecondsSinceMidnight seconds: Int) {
        hour = seconds / 3600
        minute = seconds % 3600 / 60
        second = seconds % 60
    }

    /// Seconds since midnight.
    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }

    /// Hours and minutes only, as on a timesheet: `09:30`.
    public var hourAndMinute: String { "\(hour.twoDigits):\(minute.twoDigits)" }

    /// `09:30`, or `09:30:15` when seconds are not zero.
    public var description: String {
        let base = "\(hour.twoDigits):\(minute.twoDigits)"
        return second == 0 ? base : base + ":\(second.twoDigits)"
    }

    /// Reads `9:30`, `09:30`, `17:00:15`, `9am`, `5:30 pm`.
    ///
    /// - Throws: ``InvalidInput`` saying which part is out of range.
    public static func parse(_ text: String) throws(InvalidInput) -> LocalTime {
        var rest = text.trimmingWhitespace().lowercased()
        var meridiem: String?
        for suffix in ["am", "pm", "a.m.", "p.m."] where rest.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            rest = String(rest.dropLast(suffix.count)).trimmingWhitespace()
            break
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        let expected = "use e.g. 9:30, 09:30, 17:00:15 or 5:30pm"
        guard (meridiem != nil && parts.count == 1) || (2...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
            parts.dropFirst().allSatisfy({ $0.count == 2 })
        else {
            throw InvalidInput("\"\(text)\" is not a time: \(expected)")
        }
        var hour = Int(parts[0]) ?? 0
        let minute = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let second = parts.count > 2 ? Int(parts[2]) ?? 0 : 0
        if let meridiem {
            guard (1...12).contains(hour) else {
                throw InvalidInput("\"\(text)\" is not a time: with am/pm the hour goes from 1 to 12")
            }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard (0...23).contains(hour) else {
            throw InvalidInput("\"\(text)\" is not a time: hours go from 0 to 23")
        }
        guard let time = LocalTime(hour: hour, minute: minute, second: second) else {
            throw InvalidInput("\"\(text)\" is not a time: minutes and seconds go from 0 to 59")
        }
        return time
    }
}
