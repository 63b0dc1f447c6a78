/// The compact date and time forms of RFC 5545 (`20261124`, `20261124T090000`, `20261124T220000Z`).
public enum ICSText {
    /// `20261124`.
    public static func dateStamp(_ date: LocalDate) -> String {
        let text = date.description
        return text.replacingOccurrences(of: "-", with: "")
    }

    /// `20261124T090000`: a local date-time, read with a TZID.
    public static func localStamp(_ local: LocalDateTime) -> String {
        let time = local.time
        return dateStamp(local.date) + "T\(time.hour.twoDigits)\(time.minute.twoDigits)\(time.second.twoDigits)"
    }

    /// `20261124T220000Z`: an instant in UTC.
    public static func utcStamp(_ instant: Instant) -> String { localStamp(instant.utcDateTime) + "Z" }

    /// Reads `20261124`.
    public static func parseDate(_ text: String) -> LocalDate? {
        guard text.count == 8, text.allSatisfy(\.isASCIIDigit), let number = Int(text) else { return nil }
        return LocalDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
    }
}
