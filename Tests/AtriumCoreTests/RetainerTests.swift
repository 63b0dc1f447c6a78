import AtriumCore
import Testing

@Suite struct RetainerTests {
    let hour: Int64 = 3600

    func terms(_ rollover: RetainerTerms.Rollover) -> RetainerTerms {
        RetainerTerms(
            fee: Money(minorUnits: 90_000, currency: currency("GBP")),
            includedSeconds: 20 * hour,
            rollover: rollover,
            overageRate: Money(minorUnits: 5000, currency: currency("GBP"))
        )
    }

    /// (rolled in, used, overage, left, rolled out, lapsed) in hours.
    typealias Row = (Int64, Int64, Int64, Int64, Int64, Int64)

    func hours(_ balance: RetainerPeriodBalance) -> [Int64] {
        [
            balance.rolledInSeconds, balance.usedSeconds, balance.overageSeconds, balance.leftSeconds,
            balance.rolledOutSeconds, balance.lapsedSeconds,
        ].map { $0 / hour }
    }

    @Test("No rollover: what is not used lapses; what is used beyond is overage")
    func noRollover() {
        let balances = RetainerLedger.balances(terms: terms(.none), usedSeconds: [10 * hour, 25 * hour, 20 * hour])
        #expect(balances.map(hours) == [[0, 10, 0, 10, 0, 10], [0, 25, 5, 0, 0, 0], [0, 20, 0, 0, 0, 0]])
    }

    @Test("Rollover up to 5 h: the period's own unused hours carry once, capped; carried hours are used first")
    func cappedRollover() {
        let balances = RetainerLedger.balances(
            terms: terms(.capped(seconds: 5 * hour)),
            usedSeconds: [15 * hour, 22 * hour, 26 * hour]
        )
        #expect(balances.map(hours) == [[0, 15, 0, 5, 5, 0], [5, 22, 0, 3, 3, 0], [3, 26, 3, 0, 0, 0]])
        // Unused carried hours lapse after one period even when the cap would allow more.
        let idle = RetainerLedger.balances(terms: terms(.capped(seconds: 30 * hour)), usedSeconds: [0, 0, 0])
        #expect(idle.map(hours) == [[0, 0, 0, 20, 20, 0], [20, 0, 0, 40, 20, 20], [20, 0, 0, 40, 20, 20]])
    }

    @Test("Hours that expire after two periods: oldest first, lapsing when their time is up")
    func expiringRollover() {
        let balances = RetainerLedger.balances(
            terms: terms(.expiring(afterPeriods: 2)),
            usedSeconds: [10 * hour, 5 * hour, 0, 50 * hour]
        )
        #expect(
            balances.map(hours) == [
                [0, 10, 0, 10, 10, 0], [10, 5, 0, 25, 25, 0], [25, 0, 0, 45, 40, 5], [40, 50, 0, 10, 10, 0],
            ]
        )
    }

    @Test(
        "Periods: calendar months, or months from a start day (the last day in shorter months)",
        arguments: [
            (RetainerTerms.PeriodStart.calendarMonth, "2026-11-20", "2026-11-01", "2026-11-30"),
            (.day(15), "2026-11-20", "2026-11-15", "2026-12-14"),
            (.day(15), "2026-11-10", "2026-10-15", "2026-11-14"),
            (.day(31), "2026-02-28", "2026-02-28", "2026-03-30"),
            (.day(31), "2026-03-31", "2026-03-31", "2026-04-29"),
            (.day(31), "2026-01-30", "2025-12-31", "2026-01-30"),
            (.day(1), "2026-12-31", "2026-12-01", "2026-12-31"),
        ] as [(RetainerTerms.PeriodStart, String, String, String)]
    )
    func periods(start: RetainerTerms.PeriodStart, date: String, first: String, last: String) throws {
        var retainer = terms(.none)
        retainer.periodStart = start
        let period = retainer.period(containing: try TimeExpression.parseISODate(date))
        #expect(period.lowerBound.description == first)
        #expect(period.upperBound.description == last)
    }

    @Test("Alerts at 75, 90 and 100 % are each raised once, when crossed")
    func alerts() {
        let available = RetainerPeriodBalance(
            includedSeconds: 20 * hour,
            rolledInSeconds: 0,
            usedSeconds: 14 * hour,
            overageSeconds: 0,
            leftSeconds: 6 * hour,
            rolledOutSeconds: 0,
            lapsedSeconds: 0
        )
        var later = available
        later.usedSeconds = 19 * hour
        #expect(RetainerLedger.alertsCrossed(from: available, to: later) == [7500, 9000])
        var over = later
        over.usedSeconds = 21 * hour
        #expect(RetainerLedger.alertsCrossed(from: later, to: over) == [10_000])
        #expect(RetainerLedger.alertsCrossed(from: over, to: over).isEmpty)
        #expect(RetainerLedger.alertsCrossed(from: nil, to: available).isEmpty)
    }

    @Test("At the pace so far, the hours run out on a date; or not within the period")
    func pace() {
        let start = utc(2026, 11, 1)
        let end = utc(2026, 12, 1)
        var balance = RetainerPeriodBalance(
            includedSeconds: 20 * hour,
            rolledInSeconds: 0,
            usedSeconds: 10 * hour,
            overageSeconds: 0,
            leftSeconds: 10 * hour,
            rolledOutSeconds: 0,
            lapsedSeconds: 0
        )
        // 10 h in 10 days: 20 h last 20 days.
        #expect(
            RetainerLedger.runsOut(periodStart: start, now: utc(2026, 11, 11), periodEnd: end, balance: balance)
                == utc(2026, 11, 21)
        )
        balance.usedSeconds = 2 * hour
        balance.leftSeconds = 18 * hour
        #expect(
            RetainerLedger.runsOut(periodStart: start, now: utc(2026, 11, 11), periodEnd: end, balance: balance) == nil
        )
    }

    @Test("Impossible terms are refused naming the field")
    func badTerms() {
        var bad = terms(.expiring(afterPeriods: 0))
        #expect(throws: InvalidInput.self) { try bad.validate() }
        bad = terms(.none)
        bad.overageRate = Money(minorUnits: 100, currency: currency("USD"))
        #expect(throws: InvalidInput.self) { try bad.validate() }
        bad = terms(.none)
        bad.periodStart = .day(32)
        #expect(throws: InvalidInput.self) { try bad.validate() }
        #expect(throws: Never.self) { try terms(.capped(seconds: 5 * hour)).validate() }
    }
}
