import AtriumCore
import PropertyBased
import Testing

@Suite struct OccurrenceTests {
    static let zoneNames = ["Australia/Sydney", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]

    func weekly(_ days: String, at time: LocalTime, from start: LocalDate, anchor: ScheduleItem.Anchor = .client)
        throws -> ScheduleItem
    {
        ScheduleItem(
            workspaceID: ID(),
            personID: ID(),
            clientID: ID(),
            kind: .meeting,
            title: "Weekly check-in",
            anchor: anchor,
            startDate: start,
            startTime: time,
            durationMinutes: 30,
            recurrence: try Recurrence.parse(rrule: "FREQ=WEEKLY;BYDAY=\(days)"),
            createdAt: utc(2026, 1, 1)
        )
    }

    @Test("A 09:00 Sydney meeting stays at 09:00 in Sydney; in London it moves twice in spring, and is flagged")
    func sydneyFromLondon() throws {
        let item = try weekly("TU", at: clock(9, 0), from: day(2026, 3, 17))
        let window = utc(2026, 3, 16)..<utc(2026, 4, 15)
        let sydney = ZoneTimeline(zone: zone("Australia/Sydney"), covering: window)
        let london = ZoneTimeline(zone: zone("Europe/London"), covering: window)
        let occurrences = item.occurrences(in: window, on: sydney)
        #expect(
            occurrences.map(\.start) == [
                utc(2026, 3, 16, 22), utc(2026, 3, 23, 22), utc(2026, 3, 30, 22), utc(2026, 4, 6, 23),
                utc(2026, 4, 13, 23),
            ]
        )
        #expect(occurrences.allSatisfy { sydney.localDateTime(at: $0.start).time == clock(9, 0) })
        let viewed = ViewedOccurrence.view(occurrences, on: london)
        #expect(
            viewed.map(\.viewerStart.description) == [
                "2026-03-16 22:00", "2026-03-23 22:00", "2026-03-30 23:00", "2026-04-07 00:00", "2026-04-14 00:00",
            ]
        )
        #expect(viewed.map(\.movedMinutes) == [nil, nil, 60, 60, nil])
    }

    @Test(
        "A New York meeting at 02:30 on the night clocks skip it starts at 03:30, with a note; the next day is normal"
    )
    func springForwardGap() throws {
        var item = try weekly("SU,MO", at: clock(2, 30), from: day(2026, 3, 8))
        item.recurrence = try Recurrence.parse(rrule: "FREQ=DAILY")
        let window = utc(2026, 3, 7)..<utc(2026, 3, 10)
        let occurrences = item.occurrences(
            in: window,
            on: ZoneTimeline(zone: zone("America/New_York"), covering: window)
        )
        #expect(occurrences.map(\.start) == [utc(2026, 3, 8, 7, 30), utc(2026, 3, 9, 6, 30)])
        #expect(occurrences[0].clockChangeNote?.contains("moved 60 minutes later") == true)
        #expect(occurrences[1].clockChangeNote == nil)
    }

    @Test("A London meeting at 01:30 on the night it happens twice takes the first")
    func fallBackOverlap() throws {
        let item = try weekly("SU", at: clock(1, 30), from: day(2026, 10, 25))
        let window = utc(2026, 10, 24)..<utc(2026, 10, 26)
        let occurrences = item.occurrences(in: window, on: ZoneTimeline(zone: zone("Europe/London"), covering: window))
        #expect(occurrences.map(\.start) == [utc(2026, 10, 25, 0, 30)])
        #expect(occurrences[0].clockChangeNote?.contains("first is used") == true)
    }

    @Test("Every occurrence, read back on its anchor's clock, has the rule's local time unless a clock change took it")
    func localTimeKept() async {
        await propertyCheck(
            count: 150,
            input: Gen.int(in: 0...Self.zoneNames.count - 1),
            Gen.int64(in: 10_957...25_567),  // 2000-01-01 … 2039-12-31
            Gen.int(in: 0...1439),
            Gen.int(in: 1...7)
        ) { zoneIndex, days, minute, weekdayNumber in
            let start = LocalDate(daysSinceEpoch: days)
            let time = LocalTime(hour: minute / 60, minute: minute % 60)!
            let weekday = Weekday(isoNumber: weekdayNumber)!
            let first = start.adding(days: (weekday.isoNumber - start.weekday.isoNumber + 7) % 7)
            guard let item = try? weekly(weekday.icsCode, at: time, from: first) else {
                Issue.record("a weekly rule on \(weekday) could not be read")
                return
            }
            let window =
                Instant(
                    secondsSinceEpoch: first.daysSinceEpoch * 86_400 - 86_400
                )..<Instant(secondsSinceEpoch: first.daysSinceEpoch * 86_400 + 366 * 86_400)
            let timeline = ZoneTimeline(zone: zone(Self.zoneNames[zoneIndex]), covering: window)
            let occurrences = item.occurrences(in: window, on: timeline)
            #expect((52...53).contains(occurrences.count))
            for occurrence in occurrences {
                guard case .unique = occurrence.resolution else { continue }
                #expect(
                    timeline.localDateTime(at: occurrence.start)
                        == LocalDateTime(date: occurrence.localDate, time: time)
                )
            }
        }
    }
}
