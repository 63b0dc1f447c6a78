import AtriumCore

/// Why one field cannot be read; the reader adds the line, column and value.
public struct FieldError: Error, Sendable, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// The order of day and month in a slashed date (`03/04/2024`).
public enum DateOrder: String, Sendable, CaseIterable {
    /// `MM/DD/YYYY`, Clockify's default.
    case monthFirst = "MM/DD/YYYY"
    /// `DD/MM/YYYY`.
    case dayFirst = "DD/MM/YYYY"
}

/// The readers of single fields that exports share: dates, clock times, durations, numbers in
/// either locale, yes/no in several languages.
public enum FieldReading {
    /// `2024-03-04`.
    public static func isoDate(_ text: String) throws(FieldError) -> LocalDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4 else { throw FieldError("expected a date as YYYY-MM-DD") }
        return try date(year: parts[0], month: parts[1], day: parts[2])
    }

    /// `03/04/2024` in `order`, `04.03.2024` (always day first) or `2024-03-04`; with `dashes`,
    /// `03-04-2024` in `order` too (Clockify's dashed formats; other tools write dashes year first).
    public static func date(_ text: String, order: DateOrder, dashes: Bool = false) throws(FieldError) -> LocalDate {
        if text.contains("-"), !dashes || text.prefix(while: { $0 != "-" }).count == 4 { return try isoDate(text) }
        if text.contains(".") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3 else { throw FieldError("expected a date as DD.MM.YYYY") }
            return try date(year: parts[2], month: parts[1], day: parts[0])
        }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        guard parts.count == 3 else { throw FieldError("expected a date as \(order.rawValue)") }
        switch order {
        case .monthFirst: return try date(year: parts[2], month: parts[0], day: parts[1])
        case .dayFirst: return try date(year: parts[2], month: parts[1], day: parts[0])
        }
    }

    /// The two numbers of a slashed (or dashed, not year first) date, for inferring the order; nil
    /// when it is not one.
    public static func slashedParts(_ text: String) -> (first: Int, second: Int)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        guard parts.count == 3, parts[0].count <= 2, let first = Int(parts[0]), let second = Int(parts[1]) else {
            return nil
        }
        return (first, second)
    }

    private static func date(year: Substring, month: Substring, day: Substring) throws(FieldError) -> LocalDate {
        guard let year = Int(year), year >= 1970, year < 2200 else { throw FieldError("the year is not valid") }
        guard let month = Int(month), (1...12).contains(month) else {
            throw FieldError("month \(month) is not valid")
        }
        guard let day = Int(day), let date = LocalDate(year: year, month: month, day: day) else {
            throw FieldError("day \(day) is not in that month")
        }
        return date
    }

    /// `14:05`, `14:05:09`, `2:05 PM`, `10:23:52 AM`, `12:00 am`.
    public static func time(_ text: String) throws(FieldError) -> LocalTime {
        var body = Substring(text.trimmingWhitespace())
        var meridiem: Int?
        let lower = body.lowercased()
        if lower.hasSuffix("am") || lower.hasSuffix("pm") {
            meridiem = lower.hasSuffix("pm") ? 12 : 0
            body = body.dropLast(2)
            while body.last == " " || body.last == "." { body = body.dropLast() }
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hour = Int(parts[0]), let minute = Int(parts[1]),
            parts.count == 2 || Int(parts[2]) != nil
        else { throw FieldError("expected a time as HH:MM, HH:MM:SS or with AM/PM") }
        let second = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        var hour24 = hour
        if let meridiem {
            guard (1...12).contains(hour) else { throw FieldError("hour \(hour) is not valid with AM/PM") }
            hour24 = hour % 12 + meridiem
        }
        guard let time = LocalTime(hour: hour24, minute: minute, second: second) else {
            throw FieldError("not a time of day")
        }
        return time
    }

    /// A duration column: `1:05:09` (see ``clockDuration(_:)``) or decimal hours, `1.5` or `1,5`
    /// (see ``hours(_:)``), as a tool set to show decimal durations writes it.
    public static func duration(_ text: String) throws(FieldError) -> Int64 {
        if text.contains(":") { return try clockDuration(text) }
        do { return try hours(text) } catch {
            throw FieldError(
                error.reason == "expected a number" ? "expected a duration as H:MM:SS or hours" : error.reason
            )
        }
    }

    /// `1:05:09`, `01:05:09` or `1:05` as seconds; hours may pass 24.
    public static func clockDuration(_ text: String) throws(FieldError) -> Int64 {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hours = Int64(parts[0]), let minutes = Int64(parts[1]),
            hours >= 0, (0..<60).contains(minutes)
        else { throw FieldError("expected a duration as H:MM:SS") }
        guard hours < mostHours else { throw FieldError("more hours than anything holds") }
        let seconds = parts.count == 3 ? Int64(parts[2]) ?? -1 : 0
        guard (0..<60).contains(seconds) else { throw FieldError("expected a duration as H:MM:SS") }
        return hours * 3600 + minutes * 60 + seconds
    }

    /// A number in either locale, exactly: `1,078.0`, `2.000,0`, `20,0`, `0.5`, `-3`.
    ///
    /// The rule: when both `.` and `,` appear, the last one is the decimal mark; when one appears
    /// once, it is the decimal mark (Harvest always writes decimals: `20,0`); when it appears more
    /// than once, it separates thousands.
    public static func decimal(_ text: String) throws(FieldError) -> (units: Int64, scale: Int) {
        var body = Substring(text.trimmingWhitespace().filter { $0 != " " && $0 != "\u{A0}" && $0 != "'" })
        let negative = body.first == "-"
        if negative || body.first == "+" { body = body.dropFirst() }
        let dots = body.filter { $0 == "." }.count
        let commas = body.filter { $0 == "," }.count
        var mark: Character?
        if dots > 0, commas > 0 {
            mark = body.lastIndex(of: ".")! > body.lastIndex(of: ",")! ? "." : ","
        } else if dots == 1 {
            mark = "."
        } else if commas == 1 {
            mark = ","
        }
        var units: Int64 = 0
        var scale = 0
        var seenMark = false
        var digits = 0
        for character in body {
            if character == mark {
                guard !seenMark else { throw FieldError("expected a number") }
                seenMark = true
            } else if character == "." || character == "," {
                continue
            } else if let digit = character.wholeNumberValue, character.isASCII {
                let (shifted, overflow) = units.multipliedReportingOverflow(by: 10)
                let (sum, carry) = shifted.addingReportingOverflow(Int64(digit))
                guard !overflow, !carry, scale < 12 else { throw FieldError("the number is too long") }
                units = sum
                digits += 1
                if seenMark { scale += 1 }
            } else {
                throw FieldError("expected a number")
            }
        }
        guard digits > 0 else { throw FieldError("expected a number") }
        return (negative ? -units : units, scale)
    }

    /// Decimal hours (`1.5`, `20,0`) as whole seconds, half up.
    public static func hours(_ text: String) throws(FieldError) -> Int64 {
        let (units, scale) = try decimal(text)
        guard units >= 0 else { throw FieldError("hours cannot be negative") }
        let divisor = power(scale)
        // Whole hours and the fraction apart: `units` may have twelve decimals.
        let (whole, fraction) = units.quotientAndRemainder(dividingBy: divisor)
        guard whole < mostHours else { throw FieldError("more hours than anything holds") }
        return whole * 3600 + (fraction * 3600 * 2 + divisor) / (2 * divisor)
    }

    /// The bound of the hours read (about 114 years), far beyond any entry or budget: what passes it
    /// is a broken value, refused before it overflows the arithmetic of seconds and instants.
    static let mostHours: Int64 = 1_000_000

    /// An amount in `currency`, rounded half up to its minor unit when the file has more decimals.
    public static func money(_ text: String, currency: Currency) throws(FieldError) -> Money {
        let (units, scale) = try decimal(text)
        let digits = currency.minorUnitDigits
        let minor: Int64
        if scale <= digits {
            let (scaled, overflow) = units.multipliedReportingOverflow(by: power(digits - scale))
            guard !overflow else { throw FieldError("\"\(text)\" is too large an amount") }
            minor = scaled
        } else {
            let divisor = UInt64(power(scale - digits))
            let magnitude = Int64((units.magnitude + divisor / 2) / divisor)
            minor = units < 0 ? -magnitude : magnitude
        }
        let money = Money(minorUnits: minor, currency: currency)
        guard money.isWithinLimits else { throw FieldError("\"\(text)\" is too large an amount") }
        return money
    }

    private static func power(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }

    /// Yes or no, as exports write it in the languages seen: `Yes`/`No`, `Ja`/`Nein`, `Oui`/`Non`,
    /// `Sí`/`No`, `Sim`/`Não`, `Да`/`Нет`, `true`/`false`, `1`/`0`.
    public static func yesNo(_ text: String) throws(FieldError) -> Bool {
        switch text.trimmingWhitespace().lowercased() {
        case "yes", "y", "true", "1", "ja", "oui", "sí", "si", "sim", "да", "tak", "evet", "có": return true
        case "no", "n", "false", "0", "nein", "non", "não", "nao", "нет", "не", "nie", "hayır", "không": return false
        default: throw FieldError("expected Yes or No")
        }
    }

    /// The currency a header names: `Amount (EUR)` → EUR; nil when it names none.
    public static func currency(inHeader header: String) -> Currency? {
        guard let open = header.lastIndex(of: "("), let close = header.lastIndex(of: ")"), open < close else {
            return nil
        }
        return try? Currency(code: String(header[header.index(after: open)..<close]))
    }

    /// The currency a cell names: `EUR`, `Euro - EUR` → EUR; nil when it names none.
    public static func currency(inCell text: String) -> Currency? {
        let code = text.split(separator: "-").last.map { String($0).trimmingWhitespace() } ?? ""
        return try? Currency(code: code)
    }
}
