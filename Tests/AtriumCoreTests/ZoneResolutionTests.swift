import AtriumCore
import PropertyBased
import Testing

@Suite struct ZoneResolutionTests {
    typealias Reading = (Int, Int, Int, Int, Int)

    @Test(
        "A wall time that occurs once resolves to its one instant",
        arguments: [
            ("UTC", (2026, 11, 20, 14, 0), 1_795_183_200),
            ("America/New_York", (2026, 11, 20, 9, 0), 1_795_183_200),  // EST, −5
            ("America/New_York", (2026, 7, 1, 10, 0), 1_782_914_400),  // EDT, −4
            ("Australia/Sydney", (2026, 11, 21, 1, 0), 1_795_183_200),  // AEDT, +11
            ("Europe/London", (2026, 11, 20, 14, 0), 1_795_183_200),  // GMT
            ("Asia/Kolkata", (2026, 11, 20, 19, 30), 1_795_183_200),  // +05:30
            ("Asia/Kathmandu", (2026, 11, 20, 19, 45), 1_795_183_200),  // +05:45
        ] as [(String, Reading, Int64)]
    )
    func unique(name: String, reading: Reading, seconds: Int64) {
        let local = wall(reading.0, reading.1, reading.2, reading.3, reading.4)
        #expect(zone(name).resolve(local) == .unique(Instant(secondsSinceEpoch: seconds)))
        #expect(zone(name).instant(for: local) == Instant(secondsSinceEpoch: seconds))
    }

    @Test(
        "A wall time skipped by clocks going forward moves forward by the gap",
        arguments: [
            // New York 02:00 EST → 03:00 EDT: 02:30 becomes 03:30 EDT.
            ("America/New_York", (2026, 3, 8, 2, 30), utc(2026, 3, 8, 7, 30), 3600, (3, 30)),
            ("America/New_York", (2026, 3, 8, 2, 0), utc(2026, 3, 8, 7, 0), 3600, (3, 0)),
            // Sydney 02:00 AEST → 03:00 AEDT.
            ("Australia/Sydney", (2026, 10, 4, 2, 30), utc(2026, 10, 3, 16, 30), 3600, (3, 30)),
            // London 01:00 GMT → 02:00 BST.
            ("Europe/London", (2026, 3, 29, 1, 30), utc(2026, 3, 29, 1, 30), 3600, (2, 30)),
            // Lord Howe Island moves only 30 minutes: 02:00 → 02:30.
            ("Australia/Lord_Howe", (2026, 10, 4, 2, 15), utc(2026, 10, 3, 15, 45), 1800, (2, 45)),
        ] as [(String, Reading, Instant, Int64, (Int, Int))]
    )
    func skipped(name: String, reading: Reading, shifted: Instant, gap: Int64, shown: (Int, Int)) {
        let zone = zone(name)
        let local = wall(reading.0, reading.1, reading.2, reading.3, reading.4)
        #expect(zone.resolve(local) == .skipped(shiftedTo: shifted, gapSeconds: gap))
        #expect(zone.instant(for: local) == shifted)
        #expect(zone.localDateTime(at: shifted) == LocalDateTime(date: local.date, time: clock(shown.0, shown.1)))
    }

    @Test(
        "A wall time repeated by clocks going back has two instants, and the earlier is used",
        arguments: [
            // New York 02:00 EDT → 01:00 EST: 01:30 happens at 05:30Z and 06:30Z.
            ("America/New_York", (2026, 11, 1, 1, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30)),
            // Sydney 03:00 AEDT → 02:00 AEST.
            ("Australia/Sydney", (2026, 4, 5, 2, 30), utc(2026, 4, 4, 15, 30), utc(2026, 4, 4, 16, 30)),
            // London 02:00 BST → 01:00 GMT.
            ("Europe/London", (2026, 10, 25, 1, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)),
            // Lord Howe 02:00 → 01:30: 01:45 happens half an hour apart.
            ("Australia/Lord_Howe", (2026, 4, 5, 1, 45), utc(2026, 4, 4, 14, 45), utc(2026, 4, 4, 15, 15)),
        ] as [(String, Reading, Instant, Instant)]
    )
    func repeated(name: String, reading: Reading, earlier: Instant, later: Instant) {
        let zone = zone(name)
        let local = wall(reading.0, reading.1, reading.2, reading.3, reading.4)
        #expect(zone.resolve(local) == .repeated(earlier: earlier, later: later))
        #expect(zone.instant(for: local) == earlier)
        #expect(zone.localDateTime(at: earlier) == local)
        #expect(zone.localDateTime(at: later) == local)
    }

    @Test("The pinned 2026 instants agree with epoch seconds")
    func pinnedInstants() {
        #expect(utc(2026, 3, 8, 7, 30).secondsSinceEpoch == 1_772_955_000)
        #expect(utc(2026, 11, 1, 5, 30).secondsSinceEpoch == 1_793_511_000)
        #expect(utc(2026, 10, 3, 16, 30).secondsSinceEpoch == 1_791_045_000)
        #expect(utc(2026, 4, 4, 15, 30).secondsSinceEpoch == 1_775_316_600)
        #expect(utc(2026, 10, 25, 0, 30).secondsSinceEpoch == 1_792_888_200)
    }

    @Test(
        "Offsets and wall clocks follow the zone's rules at each instant",
        arguments: [
            ("America/New_York", utc(2026, 3, 8, 6, 59, 59), -18_000, (2026, 3, 8, 1, 59, 59)),
            ("America/New_York", utc(2026, 3, 8, 7, 0), -14_400, (2026, 3, 8, 3, 0, 0)),
            ("America/New_York", utc(2026, 11, 1, 5, 59, 59), -14_400, (2026, 11, 1, 1, 59, 59)),
            ("America/New_York", utc(2026, 11, 1, 6, 0), -18_000, (2026, 11, 1, 1, 0, 0)),
            ("Australia/Sydney", utc(2026, 11, 20, 14, 0), 39_600, (2026, 11, 21, 1, 0, 0)),
            ("Australia/Sydney", utc(2026, 7, 1, 0, 0), 36_000, (2026, 7, 1, 10, 0, 0)),
            ("Asia/Kathmandu", utc(2026, 1, 1, 0, 0), 20_700, (2026, 1, 1, 5, 45, 0)),
        ] as [(String, Instant, Int, (Int, Int, Int, Int, Int, Int))]
    )
    func offsets(name: String, instant: Instant, offset: Int, reading: (Int, Int, Int, Int, Int, Int)) {
        #expect(zone(name).offset(at: instant) == offset)
        #expect(
            zone(name).localDateTime(at: instant)
                == wall(reading.0, reading.1, reading.2, reading.3, reading.4, reading.5)
        )
    }

    @Test("ISO 8601 in a zone carries that zone's offset at the instant")
    func iso8601() {
        #expect(zone("America/New_York").iso8601(at: utc(2026, 11, 20, 14, 0)) == "2026-11-20T09:00:00-05:00")
        #expect(zone("America/New_York").iso8601(at: utc(2026, 7, 1, 14, 0)) == "2026-07-01T10:00:00-04:00")
        #expect(zone("Asia/Kolkata").iso8601(at: utc(2026, 11, 20, 14, 0)) == "2026-11-20T19:30:00+05:30")
        #expect(zone("UTC").iso8601(at: utc(2026, 11, 20, 14, 0)) == "2026-11-20T14:00:00+00:00")
    }

    @Test(
        "Offset labels are written as people write them",
        arguments: [
            ("America/New_York", utc(2026, 11, 20, 14, 0), "UTC-5"),
            ("America/New_York", utc(2026, 7, 1, 14, 0), "UTC-4"),
            ("Australia/Sydney", utc(2026, 11, 20, 14, 0), "UTC+11"),
            ("Europe/London", utc(2026, 7, 1, 14, 0), "UTC+1"),
            ("Europe/London", utc(2026, 11, 20, 14, 0), "UTC"),
            ("Asia/Kathmandu", utc(2026, 11, 20, 14, 0), "UTC+5:45"),
            ("America/St_Johns", utc(2026, 11, 20, 14, 0), "UTC-3:30"),
        ] as [(String, Instant, String)]
    )
    func offsetLabel(name: String, instant: Instant, label: String) {
        #expect(zone(name).offsetLabel(at: instant) == label)
    }

    @Test("The date in a zone can differ from the UTC date")
    func localDate() {
        let instant = utc(2026, 11, 20, 3, 0)
        #expect(zone("America/New_York").localDate(at: instant) == day(2026, 11, 19))
        #expect(zone("Australia/Sydney").localDate(at: instant) == day(2026, 11, 20))
    }

    @Test("A day starts at midnight, or where a gap that swallows midnight ends")
    func startOfDay() {
        #expect(zone("America/New_York").startOfDay(day(2026, 3, 8)) == utc(2026, 3, 8, 5, 0))
        #expect(zone("Australia/Sydney").startOfDay(day(2026, 10, 4)) == utc(2026, 10, 3, 14, 0))
        // Brazil used to spring forward at midnight: 2018-11-04 began at 01:00 −02.
        #expect(zone("America/Sao_Paulo").startOfDay(day(2018, 11, 4)) == utc(2018, 11, 4, 3, 0))
    }

    // MARK: Names

    @Test("Zone names are matched case-insensitively and kept in their canonical spelling")
    func caseInsensitiveName() throws {
        #expect(try ZoneID("america/new_york").identifier == "America/New_York")
        #expect(try ZoneID(" Europe/London ").identifier == "Europe/London")
        #expect(try ZoneID("america/new_york") == zone("America/New_York"))
    }

    @Test("An unknown zone is refused with close matches")
    func unknownName() {
        let error = #expect(throws: InvalidInput.self) { try ZoneID("Europe/Londn") }
        #expect(error?.message.contains("\"Europe/Londn\" is not an IANA time zone") == true)
        #expect(error?.message.contains("Europe/London") == true)
    }

    @Test("Offsets written as zone names are refused", arguments: ["GMT+5", "GMT-03", "Mars/Olympus", ""])
    func refusedNames(name: String) {
        #expect(throws: InvalidInput.self) { try ZoneID(name) }
    }

    // MARK: Laws

    static let zoneNames = [
        "America/New_York", "Australia/Sydney", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata",
        "America/Sao_Paulo", "Pacific/Auckland", "UTC",
    ]

    @Test("A wall time that occurs once maps to an instant and back to itself")
    func localRoundTrip() async {
        // 2000-01-01 … 2040-01-01 on the zone-less clock.
        await propertyCheck(
            count: 300,
            input: Gen.int64(in: 946_684_800...2_208_988_800),
            Gen.int(in: 0...Self.zoneNames.count - 1)
        ) { seconds, index in
            let zone = zone(Self.zoneNames[index])
            let local = LocalDateTime(secondsSinceLocalEpoch: seconds)
            guard case .unique(let instant) = zone.resolve(local) else { return }
            #expect(zone.localDateTime(at: instant) == local)
        }
    }

    @Test("Every instant is among the resolutions of its own wall time")
    func instantRoundTrip() async {
        await propertyCheck(
            count: 300,
            input: Gen.int64(in: 946_684_800...2_208_988_800),
            Gen.int(in: 0...Self.zoneNames.count - 1)
        ) { seconds, index in
            let zone = zone(Self.zoneNames[index])
            let instant = Instant(secondsSinceEpoch: seconds)
            switch zone.resolve(zone.localDateTime(at: instant)) {
            case .unique(let only):
                #expect(only == instant)
            case .repeated(let earlier, let later):
                #expect(instant == earlier || instant == later)
            case .skipped:
                Issue.record("a wall time shown by the clock at \(instant.iso8601) cannot be skipped")
            }
        }
    }
}
