/// A client's retainer: a monthly fee that buys included hours, what happens to hours left over,
/// and the rate for hours beyond.
public struct RetainerTerms: Hashable, Sendable {
    /// When a retainer period begins.
    public enum PeriodStart: Hashable, Sendable {
        /// Calendar months on the client's clock.
        case calendarMonth
        /// Months starting on this day (1–31; in shorter months, on the last day).
        case day(Int)
    }

    /// What happens to included hours not used in a period.
    public enum Rollover: Hashable, Sendable {
        /// They lapse.
        case none
        /// The period's unused hours, up to this many seconds, carry into the next period only.
        case capped(seconds: Int64)
        /// They carry forward and may be used for this many following periods, oldest first.
        case expiring(afterPeriods: Int)
    }

    public var fee: Money
    public var includedSeconds: Int64
    public var periodStart: PeriodStart
    public var rollover: Rollover
    /// The hourly rate for time beyond what the period holds; nil bills no overage.
    public var overageRate: Money?

    public init(
        fee: Money,
        includedSeconds: Int64,
        periodStart: PeriodStart = .calendarMonth,
        rollover: Rollover = .none,
        overageRate: Money? = nil
    ) {
        self.fee = fee
        self.includedSeconds = includedSeconds
        self.periodStart = periodStart
        self.rollover = rollover
        self.overageRate = overageRate
    }

    /// Checks the terms: a fee and included hours that are not negative, an overage rate in the
    /// fee's currency, a start day of 1–31, a rollover of 1–24 periods.
    ///
    /// - Throws: ``InvalidInput`` naming the field.
    public func validate() throws(InvalidInput) {
        guard fee.minorUnits >= 0 else { throw InvalidInput("the monthly fee cannot be negative", field: "monthly") }
        guard includedSeconds >= 0 else { throw InvalidInput("included hours cannot be negative", field: "hours") }
        if let overageRate {
            guard overageRate.currency == fee.currency else {
                throw InvalidInput(
                    "the overage rate is in \(overageRate.currency) but the fee in \(fee.currency)",
                    field: "overage-rate"
                )
            }
            guard overageRate.minorUnits >= 0 else {
                throw InvalidInput("the overage rate cannot be negative", field: "overage-rate")
            }
        }
        if case .day(let day) = periodStart, !(1...31).contains(day) {
            throw InvalidInput("a period starts on a day from 1 to 31", field: "start-day")
        }
        switch rollover {
        case .none: break
        case .capped(let seconds):
            guard seconds >= 0 else { throw InvalidInput("a rollover cap cannot be negative", field: "rollover") }
        case .expiring(let periods):
            guard (1...24).contains(periods) else {
                throw InvalidInput("rolled-over hours expire after 1 to 24 periods", field: "rollover")
            }
        }
    }

    /// The local dates of the period that holds `date`.
    public func period(containing date: LocalDate) -> ClosedRange<LocalDate> {
        switch periodStart {
        case .calendarMonth:
            return date.firstOfMonth...date.lastOfMonth
        case .day(let day):
            let thisMonth = Self.startDay(day, year: date.year, month: date.month)
            let start: LocalDate
            if date >= thisMonth {
                start = thisMonth
            } else {
                let previous = date.firstOfMonth.adding(days: -1)
                start = Self.startDay(day, year: previous.year, month: previous.month)
            }
            let nextMonth = start.lastOfMonth.adding(days: 1)
            return start...Self.startDay(day, year: nextMonth.year, month: nextMonth.month).adding(days: -1)
        }
    }

    /// `day` of the month, or the month's last day when it is shorter.
    static func startDay(_ day: Int, year: Int, month: Int) -> LocalDate {
        let last = LocalDate.daysIn(month: month, year: year)
        return LocalDate(year: year, month: month, day: min(day, last)) ?? LocalDate(daysSinceEpoch: 0)
    }
}
