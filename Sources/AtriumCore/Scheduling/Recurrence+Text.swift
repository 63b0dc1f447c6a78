extension Recurrence {
    /// Reads the words a person types: `--every week --on Tue,Thu`, `--every 2 weeks --on Mon`,
    /// `--every month --on 15`, `--every month --on "2nd Tue"`, `--every month --on last`,
    /// `--every day`, `--every weekday`. Without `on`, a weekly rule takes `start`'s weekday and a
    /// monthly one its day of the month.
    ///
    /// - Throws: ``InvalidInput`` for the `every` or `on` field, saying what is expected.
    public static func parse(every: String, on: String?, end: End, start: LocalDate) throws(InvalidInput) -> Recurrence
    {
        let words = every.lowercased().split(separator: " ").map(String.init)
        var interval = 1
        var unitWords = words
        if let first = words.first, let number = Int(first) {
            interval = number
            unitWords = Array(words.dropFirst())
        }
        let unit = unitWords.joined(separator: " ")
        var rule: Recurrence
        switch unit {
        case "day", "days", "daily":
            rule = Recurrence(frequency: .daily, interval: interval, end: end)
        case "weekday", "weekdays":
            rule = Recurrence(
                frequency: .weekly,
                interval: interval,
                weekdays: Array(Weekday.allCases.prefix(5)),
                end: end
            )
        case "week", "weeks", "weekly":
            let days = try on.map { text throws(InvalidInput) in try WeeklyHours.parseDays(text) } ?? [start.weekday]
            rule = Recurrence(frequency: .weekly, interval: interval, weekdays: days, end: end)
        case "month", "months", "monthly":
            rule = Recurrence(frequency: .monthly, interval: interval, end: end)
            try rule.readMonthly(on ?? String(start.day))
        default:
            throw InvalidInput(
                "\"\(every)\" is not a repetition: use day, weekday, week, month, or e.g. \"2 weeks\"",
                field: "every"
            )
        }
        if on != nil, rule.frequency == .daily {
            throw InvalidInput(
                "a daily repetition takes no --on; use --every week --on …",
                field: "on",
                neutral: "a daily repetition takes no days; repeat weekly to choose days"
            )
        }
        try rule.validate()
        return rule
    }

    /// Reads a monthly `on`: `15`, `last`, `2nd Tue`, `last Fri`, `first monday`.
    private mutating func readMonthly(_ text: String) throws(InvalidInput) {
        let words = text.lowercased().split(separator: " ").map(String.init)
        let ordinals = [
            "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "fifth": 5, "5th": 5, "last": -1,
        ]
        let expected = "use a day of the month (15), last, or a weekday such as \"2nd Tue\" or \"last Fri\""
        switch words.count {
        case 1 where words[0] == "last":
            monthDay = -1
        case 1:
            guard let day = Int(words[0]), (1...31).contains(day) else {
                throw InvalidInput("\"\(text)\" is not a day of the month: \(expected)", field: "on")
            }
            monthDay = day
        case 2:
            guard let ordinal = ordinals[words[0]] else {
                throw InvalidInput("\"\(text)\": \(expected)", field: "on")
            }
            do {
                weekdays = [try Weekday.parse(words[1])]
            } catch {
                throw error.named("on")
            }
            weekdayOrdinal = ordinal
        default:
            throw InvalidInput("\"\(text)\": \(expected)", field: "on")
        }
    }

    /// The first date on or after `date` that the rule's pattern gives, within ten years.
    public func firstDate(onOrAfter date: LocalDate) -> LocalDate? {
        var candidate = date
        for _ in 0..<(366 * 10) {
            if matchesPattern(candidate) { return candidate }
            candidate = candidate.adding(days: 1)
        }
        return nil
    }
}

extension LocalDate {
    /// The ISO week this date is in: `2026-W48` (weeks start on Monday; week 1 holds 4 January).
    public var isoWeekText: String {
        let thursday = startOfWeek(startingOn: .monday).adding(days: 3)
        let january1 = LocalDate(year: thursday.year, month: 1, day: 1) ?? thursday
        let week = Int(thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1
        return "\(thursday.year)-W\(week.twoDigits)"
    }

    /// The Monday of ISO week `text` (`2026-W48`).
    ///
    /// - Throws: ``InvalidInput`` for anything else, or a week the year does not have.
    public static func parseISOWeek(_ text: String) throws(InvalidInput) -> LocalDate {
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let week = Int(parts[1]),
            (1...53).contains(week), let january4 = LocalDate(year: year, month: 1, day: 4)
        else {
            throw InvalidInput("\"\(text)\" is not an ISO week: use e.g. 2026-W48")
        }
        let monday = january4.startOfWeek(startingOn: .monday).adding(days: (week - 1) * 7)
        guard week < 53 || monday.adding(days: 3).year == year else {
            throw InvalidInput("\(year) has no week 53")
        }
        return monday
    }
}
