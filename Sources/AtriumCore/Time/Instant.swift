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
        guard wall.isWrittenFixed else { return wall.iso8601 + "Z" }
        return String(unsafeUninitializedCapacity: 20) { text in
            wall.writeISO8601(to: text)
            text[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// Appends ``iso8601``'s bytes to `output`, without making a string (an export writes millions).
    public func appendISO8601(to output: inout [UInt8]) {
        let wall = utcDateTime
        guard wall.isWrittenFixed else {
            output += iso8601.utf8
            return
        }
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: 20))
        output.withUnsafeMutableBufferPointer { buffer in
            let text = UnsafeMutableBufferPointer(rebasing: buffer[start...])
            wall.writeISO8601(to: text)
            text[19] = UInt8(ascii: "Z")
        }
    }
}
