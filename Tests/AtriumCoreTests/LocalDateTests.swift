import AtriumCore
import PropertyBased
import Testing

@Suite struct LocalDateTests {
    @Test(
        "Only real calendar dates can be made",
        arguments: [
            (2024, 2, 29, true),
            (2000, 2, 29, true),
            (2026, 2, 29, false),
            (1900, 2, 29, false),
            (2026, 4, 30, true),
            (2026, 4, 31, false),
            (2026, 12, 31, true),
            (2026, 13, 1, false),
            (2026, 0, 1, false),
            (2026, 1, 0, false),
            (2026, 1, 32, false),
        ]
    )
    func validity(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((LocalDate(year: year, month: month, day: day) != nil) == exists)
    }

    @Test(
        "Leap years are every fourth year except centuries not divisible by 400",
        arguments: [(2024, true), (2026, false), (2000, true), (1900, false), (2100, false), (2400, true)]
    )
    func leapYears(year: Int, isLeap: Bool) {
        #expect(LocalDate.isLeap(year) == isLeap)
    }

    @Test(
        "Days since the epoch match the proleptic Gregorian calendar",
        arguments: [
            (1970, 1, 1, 0),
            (1969, 12, 31, -1),
            (2000, 3, 1, 11_017),
            (2026, 11, 20, 20_777),
            (1900, 1, 1, -25_567),
            (2400, 2, 29, 157_113),
            (1, 1, 1, -719_162),
        ] as [(Int, Int, Int, Int64)]
    )
    func daysSinceEpoch(year: Int, month: Int, date: Int, days: Int64) {
        #expect(day(year, month, date).daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == day(year, month, date))
    }

    @Test(
        "Weekdays follow from the date",
        arguments: [
            (1970, 1, 1, Weekday.thursday),
            (1969, 12, 28, .sunday),
            (2000, 1, 1, .saturday),
            (2026, 11, 20, .friday),
            (2026, 11, 16, .monday),
            (1900, 1, 1, .monday),
        ]
    )
    func weekday(year: Int, month: Int, date: Int, weekday: Weekday) {
        #expect(day(year, month, date).weekday == weekday)
    }

    @Test("Adding days crosses months, years and leap days")
    func addingDays() {
        #expect(day(2026, 12, 31).adding(days: 1) == day(2027, 1, 1))
        #expect(day(2024, 2, 28).adding(days: 1) == day(2024, 2, 29))
        #expect(day(2026, 3, 1).adding(days: -1) == day(2026, 2, 28))
        #expect(day(2026, 11, 20).adding(days: 365) == day(2027, 11, 20))
    }

    @Test(
        "A month runs from its first to its last day",
        arguments: [
            ((2026, 2, 14), (2026, 2, 1), (2026, 2, 28)),
            ((2024, 2, 29), (2024, 2, 1), (2024, 2, 29)),
            ((2026, 12, 31), (2026, 12, 1), (2026, 12, 31)),
            ((2026, 4, 1), (2026, 4, 1), (2026, 4, 30)),
        ]
    )
    func monthBounds(date: (Int, Int, Int), first: (Int, Int, Int), last: (Int, Int, Int)) {
        let value = day(date.0, date.1, date.2)
        #expect(value.firstOfMonth == day(first.0, first.1, first.2))
        #expect(value.lastOfMonth == day(last.0, last.1, last.2))
    }

    @Test(
        "The start of a week is the most recent week-start day, the day itself included",
        arguments: [
            ((2026, 11, 20), Weekday.monday, (2026, 11, 16)),
            ((2026, 11, 20), .sunday, (2026, 11, 15)),
            ((2026, 11, 20), .saturday, (2026, 11, 14)),
            ((2026, 11, 20), .friday, (2026, 11, 20)),
            ((2026, 11, 16), .monday, (2026, 11, 16)),
            ((2026, 11, 15), .monday, (2026, 11, 9)),
            ((2027, 1, 2), .monday, (2026, 12, 28)),
        ]
    )
    func startOfWeek(date: (Int, Int, Int), weekStart: Weekday, start: (Int, Int, Int)) {
        #expect(day(date.0, date.1, date.2).startOfWeek(startingOn: weekStart) == day(start.0, start.1, start.2))
    }

    @Test("Dates print as ISO 8601 with a four-digit year")
    func description() {
        #expect(day(2026, 11, 20).description == "2026-11-20")
        #expect(day(987, 1, 5).description == "0987-01-05")
        #expect(day(0, 2, 29).description == "0000-02-29")
        #expect(day(9999, 12, 31).description == "9999-12-31")
        // Beyond four digits of year the digits are written as they are.
        #expect(day(10_000, 1, 1).description == "10000-01-01")
        #expect(day(-1, 12, 31).description == "-1-12-31")
        // A part set past its width is written whole, as the general rule writes it.
        var wide = day(2026, 1, 1)
        wide.month = 123
        #expect(wide.description == "2026-123-01")
        #expect(
            LocalDateTime(date: day(-1, 12, 31), time: LocalTime(hour: 9, minute: 5)!).iso8601 == "-1-12-31T09:05:00"
        )
        #expect(
            LocalDateTime(date: day(7, 3, 4), time: LocalTime(hour: 23, minute: 59, second: 1)!).iso8601
                == "0007-03-04T23:59:01"
        )
    }

    @Test("Dates order by year, then month, then day")
    func ordering() {
        #expect(day(2026, 1, 31) < day(2026, 2, 1))
        #expect(day(2025, 12, 31) < day(2026, 1, 1))
        #expect(!(day(2026, 2, 1) < day(2026, 2, 1)))
    }

    // MARK: Laws

    @Test("A day count survives a round trip through the date")
    func daysRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int64(in: -1_000_000...1_000_000)) { days in
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test("A valid date survives a round trip through its day count")
    func dateRoundTrip() async {
        await propertyCheck(input: Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)) {
            year,
            month,
            date in
            guard let value = LocalDate(year: year, month: month, day: date) else { return }
            #expect(LocalDate(daysSinceEpoch: value.daysSinceEpoch) == value)
        }
    }

    @Test("The next day is one more day and one weekday later")
    func nextDay() async {
        await propertyCheck(input: Gen.int64(in: -1_000_000...1_000_000)) { days in
            let today = LocalDate(daysSinceEpoch: days)
            let tomorrow = LocalDate(daysSinceEpoch: days + 1)
            #expect(today < tomorrow)
            #expect(tomorrow.weekday.isoNumber == today.weekday.isoNumber % 7 + 1)
            #expect(tomorrow.day == 1 || tomorrow.day == today.day + 1)
        }
    }
}
