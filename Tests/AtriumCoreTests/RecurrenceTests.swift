import AtriumCore
import Testing

@Suite struct RecurrenceTests {
    @Test(
        "A rule yields the local dates RFC 5545 gives it",
        arguments: [
            (
                "FREQ=WEEKLY;BYDAY=TU", day(2026, 11, 24), day(2026, 12, 31),
                ["11-24", "12-01", "12-08", "12-15", "12-22", "12-29"]
            ),
            (
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", day(2026, 11, 23), day(2026, 12, 31),
                ["11-23", "11-25", "12-07", "12-09", "12-21", "12-23"]
            ),
            ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208", day(2026, 11, 24), day(2026, 12, 31), ["11-24", "12-01", "12-08"]),
            ("FREQ=WEEKLY;BYDAY=TU;COUNT=3", day(2026, 11, 24), day(2027, 12, 31), ["11-24", "12-01", "12-08"]),
            (
                "FREQ=MONTHLY;BYDAY=2TU", day(2026, 1, 13), day(2026, 6, 30),
                ["01-13", "02-10", "03-10", "04-14", "05-12", "06-09"]
            ),
            ("FREQ=MONTHLY;BYDAY=-1FR", day(2026, 1, 30), day(2026, 4, 30), ["01-30", "02-27", "03-27", "04-24"]),
            ("FREQ=MONTHLY;BYMONTHDAY=31", day(2026, 1, 31), day(2026, 6, 30), ["01-31", "03-31", "05-31"]),
            ("FREQ=MONTHLY;BYMONTHDAY=-1", day(2026, 1, 31), day(2026, 4, 30), ["01-31", "02-28", "03-31", "04-30"]),
            ("FREQ=MONTHLY;INTERVAL=3", day(2026, 1, 15), day(2026, 12, 31), ["01-15", "04-15", "07-15", "10-15"]),
            ("FREQ=DAILY;INTERVAL=3;COUNT=4", day(2026, 11, 1), day(2027, 1, 1), ["11-01", "11-04", "11-07", "11-10"]),
        ] as [(String, LocalDate, LocalDate, [String])]
    )
    func dates(rule text: String, start: LocalDate, last: LocalDate, expected: [String]) throws {
        let rule = try Recurrence.parse(rrule: text)
        let dates = rule.dates(startingOn: start, through: last)
        #expect(dates.map { String($0.description.dropFirst(5)) } == expected)
        #expect(try Recurrence.parse(rrule: rule.description) == rule)
    }

    @Test("A counted rule counts from its first occurrence, whatever window is asked for")
    func countFromStart() throws {
        let rule = try Recurrence.parse(rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3")
        let item = ScheduleItem(
            workspaceID: ID(),
            personID: ID(),
            clientID: nil,
            kind: .meeting,
            title: "Check-in",
            anchor: .utc,
            startDate: day(2026, 11, 24),
            startTime: clock(9, 0),
            durationMinutes: 30,
            recurrence: rule,
            exceptions: [day(2026, 12, 1)],
            createdAt: utc(2026, 11, 1)
        )
        #expect(item.dates(from: day(2026, 11, 1), through: day(2027, 1, 31)) == [day(2026, 11, 24), day(2026, 12, 8)])
        #expect(item.dates(from: day(2026, 12, 5), through: day(2027, 1, 31)) == [day(2026, 12, 8)])
    }

    @Test(
        "Rules Atrium cannot represent are refused by name",
        arguments: [
            ("FREQ=YEARLY", "FREQ=YEARLY"),
            ("FREQ=WEEKLY;BYDAY=TU;COUNT=3;UNTIL=20261231", "not both"),
            ("FREQ=WEEKLY;BYDAY=XX", "names no weekday"),
            ("FREQ=DAILY;BYHOUR=9", "BYHOUR"),
            ("BYDAY=TU", "no FREQ"),
            ("FREQ=WEEKLY", "name the days"),
            ("FREQ=DAILY;INTERVAL=0", "between 1 and 999"),
            ("FREQ=MONTHLY;BYMONTHDAY=32", "1–31"),
        ]
    )
    func refused(text: String, fragment: String) {
        #expect {
            try Recurrence.parse(rrule: text)
        } throws: { error in
            (error as? InvalidInput)?.message.contains(fragment) == true
        }
    }

    @Test("The until date becomes the UTC end of that day for calendars")
    func untilInstant() throws {
        let rule = try Recurrence.parse(rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208")
        #expect(rule.description == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208")
        #expect(
            rule.icsValue(untilInstant: utc(2026, 12, 8, 12, 59, 59)) == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T125959Z"
        )
    }
}
