/// A calendar date without a zone (proleptic Gregorian): a client's due date, a day in a report.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The date, if it exists (no 31 April, no 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (H. Hinnant's civil-from-days algorithm).
    public init(daysSinceEpoch: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
    }

    /// Days from 1970-01-01 to this date (negative before).
    public var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + Int64(days)) }

    /// The day of the week.
    public var weekday: Weekday {
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday.allCases[Int(index)]
    }

    /// The first day of this date's month.
    public var firstOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1) ?? self }

    /// The last day of this date's month.
    public var lastOfMonth: LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)) ?? self
    }

    /// The most recent `weekday` on or before this date (the start of its week when weeks start then).
    public func startOfWeek(startingOn weekday: Weekday) -> LocalDate {
        let back = (self.weekday.isoNumber - weekday.isoNumber + 7) % 7
        return adding(days: -back)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601: `2026-11-20`.
    public var description: String {
        if isWrittenFixed {
            // Written digit by digit: an import or a totals write makes one for every entry.
            return String(unsafeUninitializedCapacity: 10) { text in
                writeISO8601(to: text)
                return 10
            }
        }
        let y = String(year)
        let yearText = year >= 0 && y.count < 4 ? String(repeating: "0", count: 4 - y.count) + y : y
        return "\(yearText)-\(month.twoDigits)-\(day.twoDigits)"
    }

    /// Whether each part fits its fixed width (year 0–9999, month and day 0–99): true of every date
    /// Atrium makes; another, set field by field, is written by the general rule.
    var isWrittenFixed: Bool {
        (0...9999).contains(year) && (0...99).contains(month) && (0...99).contains(day)
    }

    /// Writes the 10 bytes of ``description`` at the start of `text`, when ``isWrittenFixed``.
    func writeISO8601(to text: UnsafeMutableBufferPointer<UInt8>) {
        ASCIIDigits.write(year, width: 4, to: text, at: 0)
        text[4] = UInt8(ascii: "-")
        ASCIIDigits.write(month, width: 2, to: text, at: 5)
        text[7] = UInt8(ascii: "-")
        ASCIIDigits.write(day, width: 2, to: text, at: 8)
    }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days of `month` in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Int {
    /// At least two digits, zero-padded: `7` → `07`.
    var twoDigits: String { self < 10 && self >= 0 ? "0\(self)" : String(self) }
}
