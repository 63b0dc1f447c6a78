/// How an event repeats: the subset of RFC 5545 recurrence rules Atrium writes and reads —
/// daily, weekly on chosen days, monthly on a day of the month or a weekday of the month
/// (`2nd Tue`, `last Fri`), every N periods, ending never, after a count or on a date.
///
/// The rule works on local dates in the event's anchor zone; the time of day is the event's.
public struct Recurrence: Hashable, Sendable, CustomStringConvertible {
    public enum Frequency: String, Sendable, CaseIterable {
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
    }

    /// When the repetition stops.
    public enum End: Hashable, Sendable {
        case never
        /// After this many occurrences, the first included (exceptions count too, as in RFC 5545).
        case count(Int)
        /// On this local date, inclusive.
        case until(LocalDate)
    }

    public var frequency: Frequency
    /// Every how many days, weeks or months: 1 or more.
    public var interval: Int
    /// Weekly: the days of the week. Monthly: the weekday of ``weekdayOrdinal``.
    public var weekdays: [Weekday]
    /// Monthly: which of the month's weekdays (1–5, or −1 for the last); nil with weekdays means each.
    public var weekdayOrdinal: Int?
    /// Monthly: the day of the month (1–31, or −1 for the last); skipped in months without it.
    public var monthDay: Int?
    public var end: End

    /// A rule from parts; see ``validate()`` for the combinations allowed.
    public init(
        frequency: Frequency,
        interval: Int = 1,
        weekdays: [Weekday] = [],
        weekdayOrdinal: Int? = nil,
        monthDay: Int? = nil,
        end: End = .never
    ) {
        self.frequency = frequency
        self.interval = interval
        self.weekdays = weekdays.sorted { $0.isoNumber < $1.isoNumber }
        self.weekdayOrdinal = weekdayOrdinal
        self.monthDay = monthDay
        self.end = end
    }

    /// Checks the combination of parts.
    ///
    /// - Throws: ``InvalidInput`` naming the part that does not fit.
    public func validate() throws(InvalidInput) {
        guard (1...999).contains(interval) else {
            throw InvalidInput("the interval must be between 1 and 999", field: "every")
        }
        switch frequency {
        case .daily:
            guard weekdays.isEmpty, monthDay == nil else {
                throw InvalidInput(
                    "a daily rule takes no days; use --every week --on …",
                    field: "on",
                    neutral: "a daily rule takes no days; repeat weekly to choose days"
                )
            }
        case .weekly:
            guard !weekdays.isEmpty, monthDay == nil, weekdayOrdinal == nil else {
                throw InvalidInput("a weekly rule needs days of the week, e.g. Tue or Mon,Thu", field: "on")
            }
        case .monthly:
            guard monthDay == nil || weekdays.isEmpty else {
                throw InvalidInput("a monthly rule takes either a day of the month or a weekday", field: "on")
            }
            if let day = monthDay, !(1...31).contains(abs(day)) {
                throw InvalidInput("the day of the month must be 1–31 or last", field: "on")
            }
            if let ordinal = weekdayOrdinal, !(1...5).contains(abs(ordinal)) || weekdays.count != 1 {
                throw InvalidInput("use one weekday with first…fifth or last, e.g. \"2nd Tue\"", field: "on")
            }
        }
        if case .count(let count) = end, !(1...10_000).contains(count) {
            throw InvalidInput("the count must be between 1 and 10000", field: "count")
        }
    }

    /// The rule as an RFC 5545 RRULE value (`FREQ=WEEKLY;BYDAY=TU`); an end date is written as a
    /// date, `UNTIL=20261231` — ``icsValue(untilInstant:)`` writes the UTC form calendars expect.
    public var description: String { icsValue(untilText: endDateText) }

    /// The RRULE value with `UNTIL` as the UTC instant the last day ends (`UNTIL=20261231T125959Z`),
    /// as RFC 5545 requires next to a DTSTART with a zone.
    public func icsValue(untilInstant: Instant?) -> String {
        icsValue(untilText: untilInstant.map { ICSText.utcStamp($0) })
    }

    private var endDateText: String? {
        if case .until(let date) = end { return ICSText.dateStamp(date) }
        return nil
    }

    private func icsValue(untilText: String?) -> String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !weekdays.isEmpty {
            let ordinal = weekdayOrdinal.map(String.init) ?? ""
            parts.append("BYDAY=" + weekdays.map { ordinal + $0.icsCode }.joined(separator: ","))
        }
        if let monthDay { parts.append("BYMONTHDAY=\(monthDay)") }
        switch end {
        case .never: break
        case .count(let count): parts.append("COUNT=\(count)")
        case .until: if let untilText { parts.append("UNTIL=\(untilText)") }
        }
        return parts.joined(separator: ";")
    }

    /// Reads an RRULE value in the subset Atrium represents. A date-time `UNTIL` is read by its date.
    ///
    /// - Throws: ``InvalidInput`` naming what is not supported.
    public static func parse(rrule text: String) throws(InvalidInput) -> Recurrence {
        var rule = Recurrence(frequency: .daily)
        var sawFrequency = false
        var count: Int?
        var until: LocalDate?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard pair.count == 2 else { throw InvalidInput("\"\(part)\" in the rule \"\(text)\" is not NAME=VALUE") }
            switch pair[0].uppercased() {
            case "FREQ":
                guard let frequency = Frequency(rawValue: pair[1].uppercased()) else {
                    throw InvalidInput("FREQ=\(pair[1]) is not supported: Atrium repeats daily, weekly or monthly")
                }
                rule.frequency = frequency
                sawFrequency = true
            case "INTERVAL":
                guard let value = Int(pair[1]) else { throw InvalidInput("INTERVAL=\(pair[1]) is not a number") }
                rule.interval = value
            case "COUNT":
                guard let value = Int(pair[1]) else { throw InvalidInput("COUNT=\(pair[1]) is not a number") }
                count = value
            case "UNTIL":
                guard let date = ICSText.parseDate(String(pair[1].prefix(8))) else {
                    throw InvalidInput("UNTIL=\(pair[1]) is not a date")
                }
                until = date
            case "BYDAY":
                for code in pair[1].split(separator: ",") {
                    let letters = String(code.suffix(2)).uppercased()
                    guard let day = Weekday.allCases.first(where: { $0.icsCode == letters }) else {
                        throw InvalidInput("BYDAY=\(pair[1]) names no weekday")
                    }
                    let prefix = code.dropLast(2)
                    if !prefix.isEmpty {
                        guard let ordinal = Int(prefix.replacingOccurrences(of: "+", with: "")) else {
                            throw InvalidInput("BYDAY=\(pair[1]) has an unreadable position")
                        }
                        rule.weekdayOrdinal = ordinal
                    }
                    rule.weekdays.append(day)
                }
                rule.weekdays.sort { $0.isoNumber < $1.isoNumber }
            case "BYMONTHDAY":
                guard let value = Int(pair[1]) else {
                    throw InvalidInput("BYMONTHDAY=\(pair[1]) is not supported: Atrium takes one day of the month")
                }
                rule.monthDay = value
            case "WKST":
                guard pair[1].uppercased() == "MO" else { throw InvalidInput("WKST=\(pair[1]) is not supported") }
            default:
                throw InvalidInput("\(pair[0]) in the rule \"\(text)\" is not supported")
            }
        }
        guard sawFrequency else { throw InvalidInput("the rule \"\(text)\" has no FREQ") }
        switch (count, until) {
        case (.some, .some):
            throw InvalidInput("a rule ends either after a count or on a date, not both", field: "count")
        case (.some(let count), nil): rule.end = .count(count)
        case (nil, .some(let until)): rule.end = .until(until)
        case (nil, nil): rule.end = .never
        }
        if rule.frequency == .weekly, rule.weekdays.isEmpty {
            throw InvalidInput("a weekly rule without BYDAY is not supported; name the days")
        }
        try rule.validate()
        return rule
    }

    /// Whether `date` matches the rule's pattern (ignoring its start, interval and end).
    func matchesPattern(_ date: LocalDate) -> Bool {
        switch frequency {
        case .daily: return true
        case .weekly: return weekdays.contains(date.weekday)
        case .monthly: return monthDates(year: date.year, month: date.month, fallbackDay: date.day).contains(date)
        }
    }

    /// The local dates on which the rule occurs from `start` (its first occurrence) through `last`,
    /// with its end applied.
    public func dates(startingOn start: LocalDate, through last: LocalDate) -> [LocalDate] {
        var result: [LocalDate] = []
        var produced = 0
        let limit: Int? = if case .count(let count) = end { count } else { nil }
        let stop: LocalDate = if case .until(let until) = end { min(until, last) } else { last }
        func emit(_ date: LocalDate) -> Bool {
            guard date >= start else { return true }
            if let limit, produced >= limit { return false }
            guard date <= stop else { return false }
            produced += 1
            if date <= last { result.append(date) }
            return true
        }
        // Counted rules must be walked from the start even when the dates wanted begin later.
        let walkLast = limit == nil ? stop : last
        switch frequency {
        case .daily:
            var date = start
            while date <= walkLast, emit(date) { date = date.adding(days: interval) }
        case .weekly:
            var weekStart = start.startOfWeek(startingOn: .monday)
            outer: while weekStart <= walkLast {
                for day in weekdays where !emit(weekStart.adding(days: day.isoNumber - 1)) { break outer }
                weekStart = weekStart.adding(days: 7 * interval)
            }
        case .monthly:
            var year = start.year
            var month = start.month
            outer: while (year, month) <= (walkLast.year, walkLast.month) {
                for date in monthDates(year: year, month: month, fallbackDay: start.day) where !emit(date) {
                    break outer
                }
                month += interval
                while month > 12 {
                    month -= 12
                    year += 1
                }
            }
        }
        return result
    }

    /// The dates a monthly rule picks in one month, in order.
    private func monthDates(year: Int, month: Int, fallbackDay: Int) -> [LocalDate] {
        let length = LocalDate.daysIn(month: month, year: year)
        if !weekdays.isEmpty {
            let first = LocalDate(year: year, month: month, day: 1) ?? LocalDate(daysSinceEpoch: 0)
            let matching = (0..<length).map { first.adding(days: $0) }.filter { weekdays.contains($0.weekday) }
            guard let ordinal = weekdayOrdinal else { return matching }
            let index = ordinal > 0 ? ordinal - 1 : matching.count + ordinal
            return matching.indices.contains(index) ? [matching[index]] : []
        }
        let wanted = monthDay ?? fallbackDay
        let day = wanted > 0 ? wanted : length + wanted + 1
        return LocalDate(year: year, month: month, day: day).map { [$0] } ?? []
    }
}

extension Weekday {
    /// The two-letter code of RFC 5545: `MO`, `TU` …
    public var icsCode: String { String(rawValue.prefix(2)).uppercased() }
}
