import AtriumCore
import Testing

@Suite struct OverlapFinderTests {
    /// The stretches inside everyone's `hours` (text, zone) from `first` through `last`.
    func common(_ parties: [(String, String)], from first: LocalDate, through last: LocalDate, minimum: Int64 = 0)
        throws -> [Range<Instant>]
    {
        let lists = try parties.map { text, name in
            let timeline = ZoneTimeline(zone: zone(name), from: first.adding(days: -2), through: last.adding(days: 2))
            return try WeeklyHours.parse(text).openIntervals(in: timeline, from: first, through: last)
        }
        return IntervalSet.common(lists, minimumSeconds: minimum)
    }

    @Test("London and New York share three hours a day, four while only New York is on summer time")
    func londonNewYork() throws {
        let office = "Mon-Fri 09:00-17:00"
        let parties = [(office, "Europe/London"), (office, "America/New_York")]
        // Before either change (week of 2 March): 14:00–17:00Z.
        let early = try common(parties, from: day(2026, 3, 2), through: day(2026, 3, 6))
        #expect(early == (2...6).map { utc(2026, 3, $0, 14)..<utc(2026, 3, $0, 17) })
        // New York changed on 8 March, London not until 29 March: 13:00–17:00Z.
        let gap = try common(parties, from: day(2026, 3, 9), through: day(2026, 3, 13))
        #expect(gap == (9...13).map { utc(2026, 3, $0, 13)..<utc(2026, 3, $0, 17) })
        // Both on summer time: 13:00–16:00Z.
        let late = try common(parties, from: day(2026, 3, 30), through: day(2026, 4, 3))
        #expect(
            late == (30...31).map { utc(2026, 3, $0, 13)..<utc(2026, 3, $0, 16) }
                + (1...3).map { utc(2026, 4, $0, 13)..<utc(2026, 4, $0, 16) }
        )
    }

    @Test("Sydney's morning meets New York's afternoon on the previous date, Monday to Thursday in New York")
    func acrossTheDateLine() throws {
        let parties = [("Mon-Fri 07:00-17:00", "Australia/Sydney"), ("Mon-Fri 09:00-17:00", "America/New_York")]
        // Week of 23 November 2026: Sydney +11, New York −5.
        let slots = try common(parties, from: day(2026, 11, 23), through: day(2026, 11, 27))
        #expect(slots == (23...26).map { utc(2026, 11, $0, 20)..<utc(2026, 11, $0, 22) })
        #expect(try common(parties, from: day(2026, 11, 23), through: day(2026, 11, 27), minimum: 150 * 60).isEmpty)
        #expect(try common(parties, from: day(2026, 11, 23), through: day(2026, 11, 27), minimum: 120 * 60).count == 4)
    }

    @Test("Sydney and London office hours never meet")
    func neverMeet() throws {
        let office = "Mon-Fri 09:00-17:00"
        let parties = [(office, "Australia/Sydney"), (office, "Europe/London")]
        #expect(try common(parties, from: day(2026, 1, 1), through: day(2026, 12, 31)).isEmpty)
    }

    @Test("Merging joins touching stretches; intersection keeps what both hold")
    func setOperations() {
        let a = [utc(2026, 1, 1, 9)..<utc(2026, 1, 1, 12), utc(2026, 1, 1, 12)..<utc(2026, 1, 1, 14)]
        #expect(IntervalSet.merged(a) == [utc(2026, 1, 1, 9)..<utc(2026, 1, 1, 14)])
        let b = [utc(2026, 1, 1, 8)..<utc(2026, 1, 1, 10), utc(2026, 1, 1, 13)..<utc(2026, 1, 1, 20)]
        #expect(
            IntervalSet.intersection(IntervalSet.merged(a), b)
                == [utc(2026, 1, 1, 9)..<utc(2026, 1, 1, 10), utc(2026, 1, 1, 13)..<utc(2026, 1, 1, 14)]
        )
    }
}

/// The overlap finder against brute force: every quarter hour of 2026, checked on each zone's own
/// clock through the system's rules, in both hemispheres and with half- and three-quarter-hour offsets.
@Suite struct OverlapExhaustiveTests {
    static let zoneNames = ["Australia/Sydney", "Europe/London", "America/New_York", "Pacific/Chatham", "Asia/Kolkata"]
    static let pairs = [(0, 1), (0, 2), (1, 2), (3, 4), (0, 3)]
    static let hours = "Mon-Fri 07:00-19:00"

    @Test("Every quarter hour of 2026 is in a found slot exactly when both parties are inside their hours")
    func quarterHours() throws {
        let first = day(2026, 1, 1)
        let last = day(2026, 12, 31)
        let hours = try WeeklyHours.parse(Self.hours)
        let start = utc(2026, 1, 1)
        let steps = 365 * 96
        // Open or not at each quarter hour, read on each zone's clock by the system's rules.
        let open = Self.zoneNames.map { name in
            let zone = zone(name)
            return (0..<steps).map { step in
                let local = zone.localDateTime(at: start.adding(seconds: Int64(step) * 900))
                let minute = local.time.hour * 60 + local.time.minute
                return local.date.weekday.isoNumber <= 5 && (7 * 60..<19 * 60).contains(minute)
            }
        }
        let lists = Self.zoneNames.map { name in
            let timeline = ZoneTimeline(zone: zone(name), from: first.adding(days: -2), through: last.adding(days: 2))
            return hours.openIntervals(in: timeline, from: first.adding(days: -1), through: last.adding(days: 1))
        }
        for (a, b) in Self.pairs {
            let slots = IntervalSet.common([lists[a], lists[b]], minimumSeconds: 0)
            var mismatches: [String] = []
            var index = 0
            for step in 0..<steps {
                let instant = start.adding(seconds: Int64(step) * 900)
                while index < slots.count, slots[index].upperBound <= instant { index += 1 }
                let found = index < slots.count && slots[index].contains(instant)
                if found != (open[a][step] && open[b][step]) { mismatches.append(instant.iso8601) }
            }
            #expect(mismatches.isEmpty, "\(Self.zoneNames[a]) × \(Self.zoneNames[b]): \(mismatches.prefix(5))")
            #expect(!slots.isEmpty, "\(Self.zoneNames[a]) × \(Self.zoneNames[b]) should meet sometimes")
        }
    }
}
