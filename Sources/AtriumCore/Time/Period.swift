/// Which stretch of days a log or summary covers, as a person asks for it.
public enum PeriodChoice: Sendable, Equatable {
    case today
    case week
    case month
    case all
    /// From one date to another, both included.
    case range(from: LocalDate, to: LocalDate)

    /// The dates and instants of this period on the person's calendar.
    ///
    /// - Parameters:
    ///   - context: Now and the person's zone; days start at their midnight.
    ///   - weekStart: The workspace's first day of the week.
    /// - Throws: ``InvalidInput`` when a range ends before it starts.
    public func resolve(in context: TimeContext, weekStart: Weekday) throws(InvalidInput) -> Period {
        let today = context.today
        switch self {
        case .all:
            return Period(label: "all time", days: nil, zone: context.zone)
        case .today:
            return Period(label: "today, \(today.weekday.shortName) \(today)", days: today...today, zone: context.zone)
        case .week:
            let start = today.startOfWeek(startingOn: weekStart)
            return Period(
                label: "this week, \(start) – \(start.adding(days: 6))",
                days: start...start.adding(days: 6),
                zone: context.zone
            )
        case .month:
            return Period(
                label: "\(Period.monthNames[today.month - 1]) \(today.year)",
                days: today.firstOfMonth...today.lastOfMonth,
                zone: context.zone
            )
        case .range(let from, let to):
            guard from <= to else {
                throw InvalidInput(
                    "--to \(to) is before --from \(from): the end date must not be before the start date",
                    neutral: "the end date \(to) is before the start date \(from)"
                )
            }
            return Period(label: from == to ? "\(from)" : "\(from) – \(to)", days: from...to, zone: context.zone)
        }
    }
}

/// A resolved period: whole days in one zone, or all time.
public struct Period: Sendable, Equatable {
    /// For headings: `November 2026`, `this week, 2026-11-23 – 2026-11-29`.
    public var label: String
    /// The first and last day, both included; nil for all time.
    public var days: ClosedRange<LocalDate>?
    /// The zone whose midnights bound the days.
    public var zone: ZoneID

    public init(label: String, days: ClosedRange<LocalDate>?, zone: ZoneID) {
        self.label = label
        self.days = days
        self.zone = zone
    }

    /// From the first day's midnight up to (not including) the midnight after the last day; nil for all time.
    public var interval: Range<Instant>? {
        guard let days else { return nil }
        return zone.startOfDay(days.lowerBound)..<zone.startOfDay(days.upperBound.adding(days: 1))
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
