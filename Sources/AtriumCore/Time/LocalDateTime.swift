/// A date and wall-clock time without a zone: what a clock on the wall in some place shows.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// The wall clock `seconds` after 1970-01-01 00:00 on the same (zone-less) clock.
    public init(secondsSinceLocalEpoch seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = Int(seconds - days * 86_400)
        date = LocalDate(daysSinceEpoch: days)
        time = LocalTime(checkedSecondsSinceMidnight: inDay)
    }

    /// Seconds since 1970-01-01 00:00 on this zone-less clock; equals an instant only in UTC.
    public var secondsSinceLocalEpoch: Int64 {
        date.daysSinceEpoch * 86_400 + Int64(time.secondsSinceMidnight)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsSinceLocalEpoch < rhs.secondsSinceLocalEpoch
    }

    /// `2026-11-20 14:00`.
    public var description: String { "\(date) \(time)" }

    /// `2026-11-20T14:00:00`, seconds always present.
    public var iso8601: String {
        guard isWrittenFixed else {
            return "\(date)T\(time.hour.twoDigits):\(time.minute.twoDigits):\(time.second.twoDigits)"
        }
        // Written digit by digit: an import makes one for every row.
        return String(unsafeUninitializedCapacity: 19) { text in
            writeISO8601(to: text)
            return 19
        }
    }

    /// Whether ``iso8601`` is 19 bytes, written by ``writeISO8601(to:)``: every part fits its width.
    var isWrittenFixed: Bool {
        let clock = 0...99
        return date.isWrittenFixed && clock.contains(time.hour) && clock.contains(time.minute)
            && clock.contains(time.second)
    }

    /// Writes the 19 bytes of ``iso8601`` at the start of `text`, when ``isWrittenFixed``.
    func writeISO8601(to text: UnsafeMutableBufferPointer<UInt8>) {
        date.writeISO8601(to: text)
        text[10] = UInt8(ascii: "T")
        ASCIIDigits.write(time.hour, width: 2, to: text, at: 11)
        text[13] = UInt8(ascii: ":")
        ASCIIDigits.write(time.minute, width: 2, to: text, at: 14)
        text[16] = UInt8(ascii: ":")
        ASCIIDigits.write(time.second, width: 2, to: text, at: 17)
    }
}
