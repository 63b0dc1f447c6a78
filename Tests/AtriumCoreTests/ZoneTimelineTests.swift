import AtriumCore
import PropertyBased
import Testing

@Suite struct ZoneTimelineTests {
    static let zoneNames = [
        "Australia/Sydney", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham",
        "Australia/Lord_Howe", "America/Santiago", "UTC",
    ]

    @Test("A precomputed timeline answers as the zone's own rules do, for instants and wall times")
    func agreesWithZone() async {
        await propertyCheck(
            count: 300,
            input: Gen.int64(in: 946_684_800...2_208_988_800),
            Gen.int(in: 0...Self.zoneNames.count - 1)
        ) { seconds, index in
            let zone = zone(Self.zoneNames[index])
            let instant = Instant(secondsSinceEpoch: seconds)
            let timeline = ZoneTimeline(
                zone: zone,
                covering: instant.adding(seconds: -40 * 86_400)..<instant.adding(seconds: 40 * 86_400)
            )
            #expect(timeline.offset(at: instant) == zone.offset(at: instant))
            let local = LocalDateTime(secondsSinceLocalEpoch: seconds)
            #expect(timeline.resolve(local) == zone.resolve(local))
        }
    }

    @Test("Wall times next to each 2026 clock change resolve as the zone's rules do")
    func aroundChanges() {
        for name in Self.zoneNames {
            let zone = zone(name)
            let timeline = ZoneTimeline(zone: zone, from: day(2026, 1, 1), through: day(2026, 12, 31))
            var local = wall(2026, 1, 1, 0, 0)
            while local.date.year == 2026 {
                #expect(timeline.resolve(local) == zone.resolve(local), "\(name) \(local)")
                local = LocalDateTime(secondsSinceLocalEpoch: local.secondsSinceLocalEpoch + 15 * 60 * 7 + 60)
            }
        }
    }
}

@Suite struct CachedZoneTimelineTests {
    @Test("A shared timeline answers as a fresh one for the days it covers, in any zone, on any day")
    func cachedEqualsFresh() {
        for name in ["Australia/Sydney", "America/New_York", "Pacific/Chatham", "Europe/London"] {
            for start in [utc(2026, 3, 28, 23), utc(2026, 4, 4, 12), utc(2026, 10, 31, 3), utc(1969, 12, 31, 23)] {
                let cached = ZoneTimeline.cached(zone: zone(name), around: start)
                let fresh = ZoneTimeline(zone: zone(name), covering: start..<start.adding(seconds: 9 * 86_400))
                var instant = start
                while instant < start.adding(seconds: 9 * 86_400) {
                    #expect(cached.offset(at: instant) == fresh.offset(at: instant), "\(name) \(instant.iso8601)")
                    instant = instant.adding(seconds: 1800)
                }
            }
        }
    }
}
