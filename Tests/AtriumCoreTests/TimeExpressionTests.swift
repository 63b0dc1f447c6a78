import AtriumCore
import Testing

@Suite struct TimeExpressionTests {
    /// Friday 2026-11-20, 10:00 in New York (15:00Z).
    static let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone("America/New_York"))
    static let today = TimeExpression.BareTime.on(day(2026, 11, 20))

    // MARK: Dates

    @Test(
        "Dates are read as words, weekdays (the most recent, today included) or ISO dates",
        arguments: [
            ("today", (2026, 11, 20)),
            ("Yesterday", (2026, 11, 19)),
            ("TOMORROW", (2026, 11, 21)),
            ("mon", (2026, 11, 16)),
            ("thu", (2026, 11, 19)),
            ("fri", (2026, 11, 20)),
            ("sat", (2026, 11, 14)),
            ("sunday", (2026, 11, 15)),
            ("2026-02-28", (2026, 2, 28)),
            ("2024-02-29", (2024, 2, 29)),
            (" 2026-11-20 ", (2026, 11, 20)),
        ]
    )
    func parseDate(text: String, date: (Int, Int, Int)) throws {
        #expect(try TimeExpression.parseDate(text, context: Self.context) == day(date.0, date.1, date.2))
    }

    @Test("Today is the date on the person's wall clock, not in UTC")
    func todayFollowsZone() throws {
        // 03:00Z on the 20th is still the 19th in New York and already the 20th in Sydney.
        let newYork = TimeContext(now: utc(2026, 11, 20, 3, 0), zone: zone("America/New_York"))
        let sydney = TimeContext(now: utc(2026, 11, 20, 3, 0), zone: zone("Australia/Sydney"))
        #expect(try TimeExpression.parseDate("today", context: newYork) == day(2026, 11, 19))
        #expect(try TimeExpression.parseDate("today", context: sydney) == day(2026, 11, 20))
    }

    @Test(
        "Impossible or malformed dates are refused, saying what is wrong",
        arguments: [
            ("2026-13-01", "month 13 is not valid"),
            ("2026-00-10", "month 0 is not valid"),
            ("2026-02-30", "2026-02 has 28 days"),
            ("2026-04-31", "2026-04 has 30 days"),
            ("2026-02-29", "2026-02 has 28 days"),
            ("someday", "is not a date: use today, yesterday"),
            ("t", "is not a date"),
            ("26-11-20", "is not a date"),
            ("2026-1-5", "is not a date"),
            ("2026/11/20", "is not a date"),
            ("", "is not a date"),
        ]
    )
    func parseDateErrors(text: String, reason: String) {
        let error = #expect(throws: InvalidInput.self) { try TimeExpression.parseDate(text, context: Self.context) }
        #expect(error?.message.contains(reason) == true)
    }

    // MARK: Instants

    @Test(
        "Times are read on the person's wall clock unless they carry an offset",
        arguments: [
            ("9:30", utc(2026, 11, 20, 14, 30)),
            ("09:30", utc(2026, 11, 20, 14, 30)),
            ("5:30pm", utc(2026, 11, 20, 22, 30)),
            ("5:30 pm", utc(2026, 11, 20, 22, 30)),
            ("yesterday 17:00", utc(2026, 11, 19, 22, 0)),
            ("yesterday 5:30 pm", utc(2026, 11, 19, 22, 30)),
            ("today 9:00", utc(2026, 11, 20, 14, 0)),
            ("tomorrow 9:00", utc(2026, 11, 21, 14, 0)),
            ("mon 9:00", utc(2026, 11, 16, 14, 0)),
            ("Friday 9:00", utc(2026, 11, 20, 14, 0)),
            ("sat 9:00", utc(2026, 11, 14, 14, 0)),
            ("2026-11-20 14:00", utc(2026, 11, 20, 19, 0)),
            ("2026-11-20T14:00", utc(2026, 11, 20, 19, 0)),
            ("2026-07-01 09:00", utc(2026, 7, 1, 13, 0)),  // summer time, −4
            ("2026-11-20T14:00:00Z", utc(2026, 11, 20, 14, 0)),
            ("2026-11-20t14:00:00z", utc(2026, 11, 20, 14, 0)),
            ("2026-11-20T14:00:00.250Z", utc(2026, 11, 20, 14, 0)),
            ("2026-11-20 14:00Z", utc(2026, 11, 20, 14, 0)),
            ("2026-11-20T14:00+01:00", utc(2026, 11, 20, 13, 0)),
            ("2026-11-20T14:00+0100", utc(2026, 11, 20, 13, 0)),
            ("2026-11-20T14:00:00-05:30", utc(2026, 11, 20, 19, 30)),
            ("2026-11-20T01:00:00+14:00", utc(2026, 11, 19, 11, 0)),
        ] as [(String, Instant)]
    )
    func parse(text: String, instant: Instant) throws {
        let resolved = try TimeExpression.parse(text, context: Self.context, bareTime: Self.today)
        #expect(resolved == ResolvedTime(instant: instant))
    }

    @Test("\"now\" is the context's instant", arguments: ["now", "NOW", " now "])
    func now(text: String) throws {
        let resolved = try TimeExpression.parse(text, context: Self.context, bareTime: .mostRecent)
        #expect(resolved == ResolvedTime(instant: Self.context.now))
    }

    @Test(
        "Malformed or impossible times are refused, naming the part at fault",
        arguments: [
            ("25:00", "hours go from 0 to 23"),
            ("yesterday 25:00", "hours go from 0 to 23"),
            ("9:60", "minutes and seconds go from 0 to 59"),
            ("13pm", "with am/pm the hour goes from 1 to 12"),
            ("2026-13-01 09:00", "month 13 is not valid"),
            ("2026-13-01", "month 13 is not valid"),
            ("2026-13-01T09:00Z", "month 13 is not valid"),
            ("2026-02-30 10:00", "2026-02 has 28 days"),
            ("2026-02-30", "2026-02 has 28 days"),
            ("yesterday", "\"yesterday\" has a date but no time: add one, e.g. \"yesterday 9:30\""),
            ("2026-11-20", "has a date but no time"),
            ("mon", "has a date but no time"),
            ("garbage", "\"garbage\" is not a time"),
            ("someday 9:00", "is not a date"),
            ("", "no time given"),
            ("   ", "no time given"),
            ("2026-11-20T14:00+1", "has an offset that is not ±HH:MM"),
            ("2026-11-20T14:00+15:00", "has an offset that is not ±HH:MM"),
            ("2026-11-20T14:00+01:60", "has an offset that is not ±HH:MM"),
        ]
    )
    func parseErrors(text: String, reason: String) {
        let error = #expect(throws: InvalidInput.self) {
            try TimeExpression.parse(text, context: Self.context, bareTime: .mostRecent)
        }
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "no error")")
    }

    // MARK: Bare times

    @Test(
        "The most recent bare time is today's unless that is still ahead, then yesterday's",
        arguments: [
            ("9:30", utc(2026, 11, 20, 14, 30)),
            ("10:00", utc(2026, 11, 20, 15, 0)),  // exactly now
            ("10:01", utc(2026, 11, 19, 15, 1)),
            ("23:50", utc(2026, 11, 20, 4, 50)),  // 2026-11-19 23:50 EST
            ("0:00", utc(2026, 11, 20, 5, 0)),
        ] as [(String, Instant)]
    )
    func mostRecent(text: String, instant: Instant) throws {
        #expect(try TimeExpression.parse(text, context: Self.context, bareTime: .mostRecent).instant == instant)
    }

    @Test("A bare time on a given date stays on that date, even when it is later than now")
    func onDate() throws {
        let later = try TimeExpression.parse("23:50", context: Self.context, bareTime: Self.today)
        #expect(later.instant == utc(2026, 11, 21, 4, 50))
        let earlier = try TimeExpression.parse("9:30", context: Self.context, bareTime: .on(day(2026, 11, 18)))
        #expect(earlier.instant == utc(2026, 11, 18, 14, 30))
    }

    @Test("A forgotten punch just after midnight goes to the evening before")
    func justAfterMidnight() throws {
        let context = TimeContext(now: utc(2026, 11, 20, 5, 5), zone: zone("America/New_York"))  // 00:05 EST
        let resolved = try TimeExpression.parse("23:50", context: context, bareTime: .mostRecent)
        #expect(resolved.instant == utc(2026, 11, 20, 4, 50))
        #expect(context.zone.localDateTime(at: resolved.instant) == wall(2026, 11, 19, 23, 50))
    }

    // MARK: Clock changes

    @Test(
        "A skipped wall time is moved past the gap with a note saying so",
        arguments: [
            (
                "America/New_York", "2026-03-08 02:30", utc(2026, 3, 8, 7, 30),
                "2026-03-08 02:30 does not exist in America/New_York (clocks go forward 1h); using 03:30 UTC-4."
            ),
            (
                "Australia/Sydney", "2026-10-04 2:30", utc(2026, 10, 3, 16, 30),
                "2026-10-04 02:30 does not exist in Australia/Sydney (clocks go forward 1h); using 03:30 UTC+11."
            ),
            (
                "Europe/London", "2026-03-29 01:30", utc(2026, 3, 29, 1, 30),
                "2026-03-29 01:30 does not exist in Europe/London (clocks go forward 1h); using 02:30 UTC+1."
            ),
        ] as [(String, String, Instant, String)]
    )
    func skippedNote(name: String, text: String, instant: Instant, note: String) throws {
        let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone(name))
        let resolved = try TimeExpression.parse(text, context: context, bareTime: .mostRecent)
        #expect(resolved == ResolvedTime(instant: instant, note: note))
    }

    @Test("A half-hour gap is reported as such")
    func halfHourGap() throws {
        let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone("Australia/Lord_Howe"))
        let resolved = try TimeExpression.parse("2026-10-04 02:15", context: context, bareTime: .mostRecent)
        #expect(resolved.instant == utc(2026, 10, 3, 15, 45))
        #expect(resolved.note?.contains("(clocks go forward 30m); using 02:45") == true)
    }

    @Test(
        "A repeated wall time means its first occurrence, with a note on writing the second",
        arguments: [
            (
                "America/New_York", "2026-11-01 01:30", utc(2026, 11, 1, 5, 30),
                "2026-11-01 01:30 happens twice in America/New_York; using the first (UTC-4). "
                    + "To mean the second, write 2026-11-01T01:30-05:00."
            ),
            (
                "Australia/Sydney", "2026-04-05 02:30", utc(2026, 4, 4, 15, 30),
                "2026-04-05 02:30 happens twice in Australia/Sydney; using the first (UTC+11). "
                    + "To mean the second, write 2026-04-05T02:30+10:00."
            ),
            (
                "Europe/London", "2026-10-25 01:30", utc(2026, 10, 25, 0, 30),
                "2026-10-25 01:30 happens twice in Europe/London; using the first (UTC+1). "
                    + "To mean the second, write 2026-10-25T01:30+00:00."
            ),
        ] as [(String, String, Instant, String)]
    )
    func repeatedNote(name: String, text: String, instant: Instant, note: String) throws {
        let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone(name))
        let resolved = try TimeExpression.parse(text, context: context, bareTime: .mostRecent)
        #expect(resolved == ResolvedTime(instant: instant, note: note))
    }

    @Test(
        "The spelling a repeated-time note suggests means the second occurrence",
        arguments: [
            ("America/New_York", "2026-11-01T01:30-05:00", utc(2026, 11, 1, 6, 30)),
            ("Australia/Sydney", "2026-04-05T02:30+10:00", utc(2026, 4, 4, 16, 30)),
            ("Europe/London", "2026-10-25T01:30+00:00", utc(2026, 10, 25, 1, 30)),
        ] as [(String, String, Instant)]
    )
    func secondOccurrence(name: String, text: String, instant: Instant) throws {
        let context = TimeContext(now: utc(2026, 11, 20, 15, 0), zone: zone(name))
        let resolved = try TimeExpression.parse(text, context: context, bareTime: .mostRecent)
        #expect(resolved == ResolvedTime(instant: instant))
    }

    @Test("A bare time skipped today is noted when read as the most recent")
    func bareTimeInGap() throws {
        let context = TimeContext(now: utc(2026, 3, 8, 8, 0), zone: zone("America/New_York"))  // 04:00 EDT
        let resolved = try TimeExpression.parse("2:30", context: context, bareTime: .mostRecent)
        #expect(resolved.instant == utc(2026, 3, 8, 7, 30))
        #expect(resolved.note?.hasPrefix("2026-03-08 02:30 does not exist") == true)
    }

    @Test("Wall times away from clock changes carry no note")
    func noNote() {
        let resolved = TimeExpression.resolve(wall(2026, 3, 8, 3, 30), in: zone("America/New_York"))
        #expect(resolved == ResolvedTime(instant: utc(2026, 3, 8, 7, 30)))
    }
}
