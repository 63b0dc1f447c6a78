import AtriumCore
import Testing

@Suite struct WeeklyHoursTests {
    @Test(
        "Hours are read and written back in one canonical form",
        arguments: [
            ("Mon-Fri 09:00-17:00", "Mon-Fri 09:00-17:00", 2400),
            (
                "mon-thu 8:00-12:00, 13:00-17:00; fri 08:00-12:00", "Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-12:00",
                2160
            ),
            ("Sun-Thu 08:00-16:00", "Mon-Thu,Sun 08:00-16:00", 2400),
            ("Sat 22:00-02:00+1", "Sat 22:00-02:00+1", 240),
            ("daily 10:00-14:00", "Mon-Sun 10:00-14:00", 1680),
            ("Mon,Wed 09:00-12:00; Tue 13:00-24:00", "Mon,Wed 09:00-12:00; Tue 13:00-24:00", 1020),
            ("none", "none", 0),
            ("", "none", 0),
        ]
    )
    func canonical(text: String, expected: String, minutes: Int) throws {
        let hours = try WeeklyHours.parse(text)
        #expect(hours.description == expected)
        #expect(hours.minutesPerWeek == minutes)
        #expect(try WeeklyHours.parse(hours.description) == hours)
    }

    @Test(
        "Impossible hours are refused with what is expected",
        arguments: [
            ("Mon-Fri 25:00-26:00", "hours go from 0 to 23"),
            ("Mon 17:00-09:00", "ends before it starts"),
            ("Mon 09:00-12:00,11:00-13:00", "overlap"),
            ("Sun 22:00-10:00+1; Mon 09:00-12:00", "overlap"),
            ("Funday 09:00-10:00", "not a day of the week"),
            ("Mon-Fri", "needs days and times"),
            ("Mon 09:00-17:00; Mon 18:00-19:00", "given twice"),
            ("Mon 09:00-10:00+1", "ends after it starts"),
            ("Mon 9-17", "not a time"),
        ]
    )
    func refused(text: String, fragment: String) {
        #expect {
            try WeeklyHours.parse(text)
        } throws: { error in
            (error as? InvalidInput)?.message.contains(fragment) == true
        }
    }

    @Test(
        "Local hours become instants by each day's offset, across clock changes and odd offsets",
        arguments: [
            // Sydney leaves daylight time on Sunday 5 April 2026: 09:00 is 22:00Z before, 23:00Z after.
            ("Australia/Sydney", "Mon-Fri 09:00-17:00", day(2026, 4, 3), utc(2026, 4, 2, 22), utc(2026, 4, 3, 6)),
            ("Australia/Sydney", "Mon-Fri 09:00-17:00", day(2026, 4, 6), utc(2026, 4, 5, 23), utc(2026, 4, 6, 7)),
            // and enters it on Sunday 4 October.
            ("Australia/Sydney", "Mon-Fri 09:00-17:00", day(2026, 10, 5), utc(2026, 10, 4, 22), utc(2026, 10, 5, 6)),
            ("Europe/London", "Mon-Fri 09:00-17:00", day(2026, 3, 27), utc(2026, 3, 27, 9), utc(2026, 3, 27, 17)),
            ("Europe/London", "Mon-Fri 09:00-17:00", day(2026, 3, 30), utc(2026, 3, 30, 8), utc(2026, 3, 30, 16)),
            ("America/New_York", "Mon-Fri 09:00-17:00", day(2026, 3, 6), utc(2026, 3, 6, 14), utc(2026, 3, 6, 22)),
            ("America/New_York", "Mon-Fri 09:00-17:00", day(2026, 3, 9), utc(2026, 3, 9, 13), utc(2026, 3, 9, 21)),
            ("America/New_York", "Mon-Fri 09:00-17:00", day(2026, 11, 2), utc(2026, 11, 2, 14), utc(2026, 11, 2, 22)),
            // Kolkata: +05:30 all year.
            ("Asia/Kolkata", "Mon-Fri 09:00-17:00", day(2026, 3, 9), utc(2026, 3, 9, 3, 30), utc(2026, 3, 9, 11, 30)),
            (
                "Asia/Kolkata", "Mon-Fri 09:00-17:00", day(2026, 10, 5), utc(2026, 10, 5, 3, 30),
                utc(2026, 10, 5, 11, 30)
            ),
            // Chatham: +13:45 in its summer, +12:45 after 5 April 2026, +13:45 again from 27 September.
            (
                "Pacific/Chatham", "Mon-Fri 09:00-17:00", day(2026, 4, 3), utc(2026, 4, 2, 19, 15),
                utc(2026, 4, 3, 3, 15)
            ),
            (
                "Pacific/Chatham", "Mon-Fri 09:00-17:00", day(2026, 4, 6), utc(2026, 4, 5, 20, 15),
                utc(2026, 4, 6, 4, 15)
            ),
            (
                "Pacific/Chatham", "Mon-Fri 09:00-17:00", day(2026, 9, 28), utc(2026, 9, 27, 19, 15),
                utc(2026, 9, 28, 3, 15)
            ),
            // New York's clocks skip 02:00–03:00 on 8 March: a 01:00–04:00 shift lasts two hours.
            ("America/New_York", "Sun 01:00-04:00", day(2026, 3, 8), utc(2026, 3, 8, 6), utc(2026, 3, 8, 8)),
            // London repeats 01:00–02:00 on 25 October: 00:30–03:00 lasts three and a half hours.
            ("Europe/London", "Sun 00:30-03:00", day(2026, 10, 25), utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 3)),
            // An overnight shift ends the next morning.
            ("Europe/London", "Sat 22:00-02:00+1", day(2026, 11, 21), utc(2026, 11, 21, 22), utc(2026, 11, 22, 2)),
        ] as [(String, String, LocalDate, Instant, Instant)]
    )
    func openIntervals(name: String, text: String, date: LocalDate, start: Instant, end: Instant) throws {
        let hours = try WeeklyHours.parse(text)
        let timeline = ZoneTimeline(zone: zone(name), from: date.adding(days: -3), through: date.adding(days: 3))
        let open = hours.openIntervals(in: timeline, from: date, through: date.adding(days: 1))
        #expect(open.first == start..<end)
    }

    @Test("Whether a client is open now, until when, or when they open next")
    func status() throws {
        let sydney = zone("Australia/Sydney")
        let hours = try WeeklyHours.parse("Mon-Fri 09:00-17:00")
        let timeline = ZoneTimeline(zone: sydney, from: day(2026, 11, 15), through: day(2026, 12, 5))
        // Tuesday 24 November 09:30 in Sydney (+11).
        #expect(hours.status(at: utc(2026, 11, 23, 22, 30), in: timeline) == .open(until: utc(2026, 11, 24, 6)))
        // Saturday 21 November 11:00: next opening Monday 09:00.
        #expect(hours.status(at: utc(2026, 11, 21), in: timeline) == .closed(opensAt: utc(2026, 11, 22, 22)))
        #expect(WeeklyHours.none.status(at: utc(2026, 11, 21), in: timeline) == .noHours)
    }
}
