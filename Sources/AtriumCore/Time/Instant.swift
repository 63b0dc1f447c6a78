/// A point in time, in whole seconds since 1970-01-01T00:00:00Z. Atrium stores every instant this way.
public struct Instant: Hashable, Comparable, Sendable {
    /// Seconds since the Unix epoch, UTC; negative before 1970.
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// This instant moved by `seconds` (negative moves back).
    public func adding(seconds: Int64) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// Seconds from `self` to `later` (negative when `later` is earlier).
    public func seconds(until later: Instant) -> Int64 { later.secondsSinceEpoch - secondsSinceEpoch }

    /// The UTC wall clock at this instant.
    public var utcDateTime: LocalDateTime { LocalDateTime(secondsSinceLocalEpoch: secondsSinceEpoch) }

    /// ISO 8601 in UTC with a `Z`: `2026-11-20T14:00:00Z`. Written byte by byte into one string:
    /// a listing writes two per entry, and interpolating the parts made a dozen strings each.
    public var iso8601: String {
        let wall = utcDateTime
        let (date, time) = (wall.date, wall.time)
        guard (0...9999).contains(date.year) else { return wall.iso8601 + "Z" }
        return String(unsafeUninitializedCapacity: 20) { buffer in
            func put(_ value: Int, digits: Int, at start: Int) {
                var rest = value
                for position in (start..<start + digits).reversed() {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(date.year, digits: 4, at: 0)
            put(date.month, digits: 2, at: 5)
            put(date.day, digits: 2, at: 8)
            put(time.hour, digits: 2, at: 11)
            put(time.minute, digits: 2, at: 14)
            put(time.second, digits: 2, at: 17)
            (buffer[4], buffer[7], buffer[10]) = (UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "T"))
            (buffer[13], buffer[16], buffer[19]) = (UInt8(ascii: ":"), UInt8(ascii: ":"), UInt8(ascii: "Z"))
            return 20
        }
    }
}
