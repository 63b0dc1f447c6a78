/// Reads the dates and times people type: `9:30`, `yesterday 17:00`, `2026-11-20 14:00`, ISO 8601.
public enum TimeExpression {
    /// What a time without a date (`9:30`) means.
    public enum BareTime: Sendable, Equatable {
        /// That time on the given date (an entry's own date, or `--date`).
        case on(LocalDate)
        /// The most recent moment the clock showed that time: today's, or yesterday's if today's is
        /// still ahead. Right for a forgotten punch (`stop --at 23:50` just after midnight).
        case mostRecent
    }

    private static let expectedTime = "use e.g. 9:30, yesterday 17:00, 2026-11-20 14:00 or 2026-11-20T14:00:00Z"
    private static let expectedDate = "use today, yesterday, a weekday such as mon, or a date such as 2026-11-20"

    /// Reads a date: `today`, `yesterday`, `tomorrow`, a weekday (`mon`: the most recent one, today
    /// included) or `2026-11-20`.
    ///
    /// - Throws: ``InvalidInput`` saying what is wrong (e.g. month 15) and the accepted forms.
    public static func parseDate(_ text: String, context: TimeContext) throws(InvalidInput) -> LocalDate {
        let lower = text.trimmingWhitespace().lowercased()
        switch lower {
        case "today": return context.today
        case "yesterday": return context.today.adding(days: -1)
        case "tomorrow": return context.today.adding(days: 1)
        default: break
        }
        if lower.first?.isLetter == true {
            guard let weekday = try? Weekday.parse(lower) else {
                throw InvalidInput("\"\(text)\" is not a date: \(expectedDate)")
            }
            let back = (context.today.weekday.isoNumber - weekday.isoNumber + 7) % 7
            return context.today.adding(days: -back)
        }
        return try parseISODate(lower, original: text)
    }

    /// Reads an instant. Local forms are read on the person's wall clock; a `Z` or offset makes the
    /// text absolute.
    ///
    /// - Parameters:
    ///   - text: `now`, `9:30`, `yesterday 17:00`, `2026-11-20 14:00`, `2026-11-20T14:00:00Z`,
    ///     `2026-11-20T14:00+01:00`.
    ///   - bareTime: What a time with no date means.
    /// - Throws: ``InvalidInput`` naming the part at fault.
    public static func parse(_ text: String, context: TimeContext, bareTime: BareTime) throws(InvalidInput)
        -> ResolvedTime
    {
        let trimmed = text.trimmingWhitespace()
        let lower = trimmed.lowercased()
        if lower == "now" { return ResolvedTime(instant: context.now) }
        guard !lower.isEmpty else { throw InvalidInput("no time given: \(expectedTime)") }
        // A bare time may contain a space ("5:30 pm"), which would otherwise split off as the time part.
        if let time = try? LocalTime.parse(lower) { return resolveBare(time, context: context, rule: bareTime) }

        let (datePart, timePart) = split(lower)
        guard let timePart else {
            if datePart.contains("-") || (try? parseDate(datePart, context: context)) != nil {
                _ = try parseDate(datePart, context: context)
                throw InvalidInput("\"\(text)\" has a date but no time: add one, e.g. \"\(trimmed) 9:30\"")
            }
            return try resolveBare(LocalTime.parse(datePart), context: context, rule: bareTime)
        }
        let date = try parseDate(datePart, context: context)
        if let (time, offsetSeconds) = try absoluteTime(timePart, original: text) {
            let local = LocalDateTime(date: date, time: time)
            return ResolvedTime(
                instant: Instant(secondsSinceEpoch: local.secondsSinceLocalEpoch - Int64(offsetSeconds))
            )
        }
        return resolve(LocalDateTime(date: date, time: try LocalTime.parse(timePart)), in: context.zone)
    }

    /// Reads `local` in `zone`, adding a note when the clocks skip or repeat that time.
    public static func resolve(_ local: LocalDateTime, in zone: ZoneID) -> ResolvedTime {
        switch zone.resolve(local) {
        case .unique(let instant):
            return ResolvedTime(instant: instant)
        case .skipped(let shifted, let gap):
            let shown = zone.localDateTime(at: shifted)
            let note =
                "\(local) does not exist in \(zone) (clocks go forward \(TimeSpan(seconds: gap))); "
                + "using \(shown.time) \(zone.offsetLabel(at: shifted))."
            return ResolvedTime(instant: shifted, note: note)
        case .repeated(let earlier, let later):
            let note =
                "\(local) happens twice in \(zone); using the first (\(zone.offsetLabel(at: earlier))). "
                + "To mean the second, write \(local.date)T\(local.time)\(offsetText(zone.offset(at: later)))."
            return ResolvedTime(instant: earlier, note: note)
        }
    }

    private static func split(_ text: String) -> (String, String?) {
        if let space = text.firstIndex(of: " ") {
            return (String(text[..<space]), text[space...].trimmingWhitespace())
        }
        if text.count > 10, text.dropFirst(10).first == "t",
            text.prefix(10).allSatisfy({ $0.isASCIIDigit || $0 == "-" })
        {
            return (String(text.prefix(10)), String(text.dropFirst(11)))
        }
        return (text, nil)
    }

    private static func resolveBare(_ time: LocalTime, context: TimeContext, rule: BareTime) -> ResolvedTime {
        switch rule {
        case .on(let date):
            return resolve(LocalDateTime(date: date, time: time), in: context.zone)
        case .mostRecent:
            let today = resolve(LocalDateTime(date: context.today, time: time), in: context.zone)
            if today.instant <= context.now { return today }
            return resolve(LocalDateTime(date: context.today.adding(days: -1), time: time), in: context.zone)
        }
    }

    /// A time with `Z` or `±HH:MM`, as (wall time, offset seconds); nil when the text has no offset.
    private static func absoluteTime(_ text: String, original: String) throws(InvalidInput) -> (LocalTime, Int)? {
        var body = text
        var offset = 0
        if body.hasSuffix("z") {
            body.removeLast()
        } else if let signIndex = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zonePart = String(body[body.index(after: signIndex)...].filter { $0 != ":" })
            guard zonePart.count == 4, zonePart.allSatisfy(\.isASCIIDigit), let hours = Int(zonePart.prefix(2)),
                let minutes = Int(zonePart.suffix(2)), hours <= 14, minutes < 60
            else { throw InvalidInput("\"\(original)\" has an offset that is not ±HH:MM; \(expectedTime)") }
            offset = (hours * 3600 + minutes * 60) * (body[signIndex] == "-" ? -1 : 1)
            body = String(body[..<signIndex])
        } else {
            return nil
        }
        if let dot = body.firstIndex(of: ".") { body = String(body[..<dot]) }
        return (try LocalTime.parse(body), offset)
    }

    /// Reads a calendar date written `2026-11-20` and nothing else (the API's dates).
    public static func parseISODate(_ text: String) throws(InvalidInput) -> LocalDate {
        try parseISODate(text, original: text)
    }

    /// Reads a month written `2026-11` as its days, first to last.
    public static func parseMonth(_ text: String) throws(InvalidInput) -> ClosedRange<LocalDate> {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count == 7 else { throw InvalidInput("\"\(text)\" is not a month: write it as 2026-11") }
        let first = try parseISODate(trimmed + "-01", original: text)
        return first...first.lastOfMonth
    }

    private static func parseISODate(_ text: String, original: String) throws(InvalidInput) -> LocalDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        else { throw InvalidInput("\"\(original)\" is not a date: \(expectedDate)") }
        guard (1...12).contains(month) else {
            throw InvalidInput("\"\(original)\" is not a date: month \(month) is not valid (1–12)")
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            throw InvalidInput(
                "\"\(original)\" is not a date: \(year)-\(month.twoDigits) has \(LocalDate.daysIn(month: month, year: year)) days"
            )
        }
        return date
    }

    static func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return "\(seconds < 0 ? "-" : "+")\((minutes / 60).twoDigits):\((minutes % 60).twoDigits)"
    }
}
