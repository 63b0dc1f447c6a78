import AtriumCore
import Testing

@Suite struct PeriodTests {
    /// Friday 2026-11-20, 10:00 in New York.
    static let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone("America/New_York"))

    @Test("Today is the person's current date, midnight to midnight")
    func today() throws {
        let period = try PeriodChoice.today.resolve(in: Self.context, weekStart: .monday)
        #expect(period.days == day(2026, 11, 20)...day(2026, 11, 20))
        #expect(period.label == "today, Fri 2026-11-20")
        #expect(period.interval == utc(2026, 11, 20, 5, 0)..<utc(2026, 11, 21, 5, 0))
    }

    @Test("Today follows the person's zone near midnight UTC")
    func todayInZone() throws {
        let sydney = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone("Australia/Sydney"))  // Sat 02:00
        let period = try PeriodChoice.today.resolve(in: sydney, weekStart: .monday)
        #expect(period.days == day(2026, 11, 21)...day(2026, 11, 21))
        #expect(period.interval == utc(2026, 11, 20, 13, 0)..<utc(2026, 11, 21, 13, 0))
    }

    @Test(
        "A week runs seven days from the workspace's week start",
        arguments: [
            (Weekday.monday, (2026, 11, 16), (2026, 11, 22)),
            (.sunday, (2026, 11, 15), (2026, 11, 21)),
            (.saturday, (2026, 11, 14), (2026, 11, 20)),
            (.friday, (2026, 11, 20), (2026, 11, 26)),
        ]
    )
    func week(weekStart: Weekday, first: (Int, Int, Int), last: (Int, Int, Int)) throws {
        let period = try PeriodChoice.week.resolve(in: Self.context, weekStart: weekStart)
        let firstDay = day(first.0, first.1, first.2)
        let lastDay = day(last.0, last.1, last.2)
        #expect(period.days == firstDay...lastDay)
        #expect(period.label == "this week, \(firstDay) – \(lastDay)")
    }

    @Test("A month runs from its first to its last day")
    func month() throws {
        let period = try PeriodChoice.month.resolve(in: Self.context, weekStart: .monday)
        #expect(period.days == day(2026, 11, 1)...day(2026, 11, 30))
        #expect(period.label == "November 2026")
        #expect(period.interval == utc(2026, 11, 1, 4, 0)..<utc(2026, 12, 1, 5, 0))  // EDT until the 1st's 02:00
    }

    @Test("February of a leap year has 29 days")
    func leapFebruary() throws {
        let context = TimeContext(now: utc(2024, 2, 10, 12, 0), zone: .utc)
        let period = try PeriodChoice.month.resolve(in: context, weekStart: .monday)
        #expect(period.days == day(2024, 2, 1)...day(2024, 2, 29))
        #expect(period.label == "February 2024")
    }

    @Test("A range includes both its dates")
    func range() throws {
        let choice = PeriodChoice.range(from: day(2026, 11, 2), to: day(2026, 11, 4))
        let period = try choice.resolve(in: Self.context, weekStart: .monday)
        #expect(period.days == day(2026, 11, 2)...day(2026, 11, 4))
        #expect(period.label == "2026-11-02 – 2026-11-04")
        #expect(period.interval == utc(2026, 11, 2, 5, 0)..<utc(2026, 11, 5, 5, 0))
    }

    @Test("A one-day range is labeled with its date")
    func oneDayRange() throws {
        let choice = PeriodChoice.range(from: day(2026, 11, 2), to: day(2026, 11, 2))
        #expect(try choice.resolve(in: Self.context, weekStart: .monday).label == "2026-11-02")
    }

    @Test("A range that ends before it starts is refused")
    func backwardsRange() {
        let choice = PeriodChoice.range(from: day(2026, 11, 4), to: day(2026, 11, 2))
        let error = #expect(throws: InvalidInput.self) { try choice.resolve(in: Self.context, weekStart: .monday) }
        #expect(error?.message.contains("--to 2026-11-02 is before --from 2026-11-04") == true)
    }

    @Test("All time has no days and no interval")
    func allTime() throws {
        let period = try PeriodChoice.all.resolve(in: Self.context, weekStart: .monday)
        #expect(period.days == nil)
        #expect(period.interval == nil)
        #expect(period.label == "all time")
    }

    @Test(
        "A day's interval is as long as the clocks make it",
        arguments: [
            ("America/New_York", (2026, 3, 8), 23),
            ("America/New_York", (2026, 11, 1), 25),
            ("America/New_York", (2026, 11, 20), 24),
            ("Australia/Sydney", (2026, 10, 4), 23),
            ("Australia/Sydney", (2026, 4, 5), 25),
            ("Europe/London", (2026, 3, 29), 23),
            ("Europe/London", (2026, 10, 25), 25),
            ("America/Sao_Paulo", (2018, 11, 4), 23),  // began at 01:00
            ("UTC", (2026, 3, 8), 24),
        ] as [(String, (Int, Int, Int), Int64)]
    )
    func dayLength(name: String, date: (Int, Int, Int), hours: Int64) throws {
        let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone(name))
        let only = day(date.0, date.1, date.2)
        let period = try PeriodChoice.range(from: only, to: only).resolve(in: context, weekStart: .monday)
        let interval = try #require(period.interval)
        #expect(interval.lowerBound.seconds(until: interval.upperBound) == hours * 3600)
        #expect(zone(name).localDate(at: interval.lowerBound) == only)
        #expect(zone(name).localDate(at: interval.upperBound.adding(seconds: -1)) == only)
    }

    @Test("The bounds of a spring-forward day are its midnights")
    func springForwardBounds() throws {
        let context = TimeContext(now: utc(2026, 3, 8, 15, 0), zone: zone("America/New_York"))
        let period = try PeriodChoice.today.resolve(in: context, weekStart: .monday)
        #expect(period.interval == utc(2026, 3, 8, 5, 0)..<utc(2026, 3, 9, 4, 0))
    }

    @Test("A week with a clock change is an hour short")
    func weekWithClockChange() throws {
        let context = TimeContext(now: utc(2026, 3, 8, 15, 0), zone: zone("America/New_York"))  // Sunday
        let period = try PeriodChoice.week.resolve(in: context, weekStart: .monday)
        #expect(period.days == day(2026, 3, 2)...day(2026, 3, 8))
        let interval = try #require(period.interval)
        #expect(interval.lowerBound.seconds(until: interval.upperBound) == (7 * 24 - 1) * 3600)
    }
}
