import Foundation

/// A length of time in whole seconds: an entry's duration, a rounding step, a budget.
public struct TimeSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public static func minutes(_ minutes: Int64) -> TimeSpan { TimeSpan(seconds: minutes * 60) }
    public static func hours(_ hours: Int64) -> TimeSpan { TimeSpan(seconds: hours * 3600) }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.seconds < rhs.seconds }

    /// Hours and minutes as on a timesheet, seconds dropped: `1:30`, `0:05`, `27:00`.
    public var clockText: String {
        let minutes = seconds.magnitude / 60
        let sign = seconds < 0 ? "-" : ""
        return "\(sign)\(minutes / 60):\(Int(minutes % 60).twoDigits)"
    }

    /// Compact words for messages: `1h 30m`, `45m`, `20s`.
    public var description: String {
        let total = seconds.magnitude
        let (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60)
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours)h") }
        if minutes > 0 { parts.append("\(minutes)m") }
        if secs > 0 || parts.isEmpty { parts.append("\(secs)s") }
        return (seconds < 0 ? "-" : "") + parts.joined(separator: " ")
    }

    /// Decimal hours with two decimals, rounded half up: `1.50`, `0.33`. For CSV and JSON.
    public var decimalHours: String {
        let hundredths = DivisionRounding.halfUp.divide(Int128(seconds) * 100, by: 3600)
        let magnitude = hundredths.magnitude
        let sign = hundredths < 0 ? "-" : ""
        return "\(sign)\(magnitude / 100).\(Int(magnitude % 100).twoDigits)"
    }

    /// Reads `90m`, `1h30m`, `1h 30m`, `1.5h`, `1:30`, `1:30:00`, `45s`, `2h`.
    ///
    /// A bare number is refused, because `90` could mean minutes or hours. Decimal hours are read
    /// exactly and rounded half up to the second.
    ///
    /// - Throws: ``InvalidInput`` showing the accepted forms.
    public static func parse(_ text: String) throws(InvalidInput) -> TimeSpan {
        let input = text.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: "")
        let failure = InvalidInput("\"\(text)\" is not a duration: use e.g. 90m, 1h30m, 1.5h or 1:30")
        guard !input.isEmpty else { throw failure }
        if input.contains(":") {
            let parts = input.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
                parts.dropFirst().allSatisfy({ $0.count == 2 }), let hours = Int64(parts[0]), hours < 100_000
            else { throw failure }
            let minutes = Int64(parts[1]) ?? 0
            let secs = parts.count > 2 ? Int64(parts[2]) ?? 0 : 0
            guard minutes < 60, secs < 60 else {
                throw InvalidInput("\"\(text)\" is not a duration: minutes and seconds go from 0 to 59")
            }
            return TimeSpan(seconds: hours * 3600 + minutes * 60 + secs)
        }
        var total: Int128 = 0
        var number = ""
        var seenUnits: Set<Character> = []
        for character in input {
            if character.isASCIIDigit || character == "." {
                number.append(character)
                continue
            }
            let unitSeconds: Int128
            switch character {
            case "h": unitSeconds = 3600
            case "m": unitSeconds = 60
            case "s": unitSeconds = 1
            default: throw failure
            }
            guard !number.isEmpty, !seenUnits.contains(character) else { throw failure }
            seenUnits.insert(character)
            total += try scaled(number, by: unitSeconds, failure: failure)
            number = ""
        }
        guard number.isEmpty, !seenUnits.isEmpty, total < 100_000 * 3600 else { throw failure }
        return TimeSpan(seconds: Int64(total))
    }

    /// `number` × `unitSeconds`, exactly for decimals, rounded half up to a whole second.
    private static func scaled(_ number: String, by unitSeconds: Int128, failure: InvalidInput) throws(InvalidInput)
        -> Int128
    {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.count <= 9 }), !(parts.first ?? "").isEmpty || parts.count == 2,
            parts.count == 1 || !parts[1].isEmpty
        else { throw failure }
        let whole = Int128(parts[0].isEmpty ? "0" : String(parts[0])) ?? 0
        guard parts.count == 2 else { return whole * unitSeconds }
        var scale: Int128 = 1
        for _ in parts[1] { scale *= 10 }
        let fraction = Int128(String(parts[1])) ?? 0
        return whole * unitSeconds + DivisionRounding.halfUp.divide(fraction * unitSeconds, by: scale)
    }
}
