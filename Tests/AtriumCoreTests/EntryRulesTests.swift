import AtriumCore
import Testing

@Suite struct EntryRulesTests {
    static let workspace = ID<Workspace>()
    static let person = ID<Person>()
    static let client = ID<Client>()
    /// 12:00Z on 2026-11-20.
    static let now = utc(2026, 11, 20, 12, 0)

    static func entry(
        _ start: Instant,
        _ end: Instant?,
        person: ID<Person> = person,
        client: ID<Client> = client,
        deletedAt: Instant? = nil
    ) -> TimeEntry {
        TimeEntry(
            workspaceID: workspace,
            personID: person,
            clientID: client,
            start: start,
            end: end,
            source: .manual,
            createdAt: utc(2026, 11, 20, 8, 0),
            deletedAt: deletedAt
        )
    }

    static func at(_ hour: Int, _ minute: Int = 0) -> Instant { utc(2026, 11, 20, hour, minute) }

    // MARK: Overlaps

    @Test(
        "Entries overlap when they share a moment; touching ends do not count",
        arguments: [
            ((9, 0), (10, 0), (10, 0), (11, 0), false),  // touching
            ((9, 0), (10, 0), (9, 59), (11, 0), true),
            ((9, 0), (12, 0), (10, 0), (11, 0), true),  // contained
            ((9, 0), (10, 0), (9, 0), (10, 0), true),  // identical
            ((9, 0), (10, 0), (10, 30), (11, 0), false),  // apart
            ((9, 0), (10, 0), (8, 0), (9, 1), true),
        ]
    )
    func overlaps(aStart: (Int, Int), aEnd: (Int, Int), bStart: (Int, Int), bEnd: (Int, Int), expected: Bool) {
        let a = Self.entry(Self.at(aStart.0, aStart.1), Self.at(aEnd.0, aEnd.1))
        let b = Self.entry(Self.at(bStart.0, bStart.1), Self.at(bEnd.0, bEnd.1))
        #expect(a.overlaps(b, now: Self.now) == expected)
        #expect(b.overlaps(a, now: Self.now) == expected)
    }

    @Test(
        "A running entry extends to now",
        arguments: [
            ((11, 0), (11, 30), true),
            ((8, 0), (9, 30), true),
            ((11, 59), (13, 0), true),
            ((12, 0), (13, 0), false),  // starts exactly now
            ((13, 0), (14, 0), false),
            ((7, 0), (9, 0), false),  // ended before the timer started
        ]
    )
    func runningEntry(otherStart: (Int, Int), otherEnd: (Int, Int), expected: Bool) {
        let running = Self.entry(Self.at(9), nil)
        let other = Self.entry(Self.at(otherStart.0, otherStart.1), Self.at(otherEnd.0, otherEnd.1))
        #expect(running.overlaps(other, now: Self.now) == expected)
        #expect(other.overlaps(running, now: Self.now) == expected)
    }

    @Test("Two running entries overlap once both have started")
    func twoRunning() {
        let first = Self.entry(Self.at(9), nil)
        let second = Self.entry(Self.at(11), nil)
        #expect(first.overlaps(second, now: Self.now))
        #expect(second.overlaps(first, now: Self.now))
    }

    @Test("Only the same person's live entries, other than the entry itself, count as overlapping")
    func overlappingFilters() {
        let entry = Self.entry(Self.at(9), Self.at(11))
        var edited = entry
        edited.end = Self.at(10)
        let samePerson = Self.entry(Self.at(10), Self.at(12))
        let otherClient = Self.entry(Self.at(8), Self.at(9, 30), client: ID())
        let otherPerson = Self.entry(Self.at(9), Self.at(11), person: ID())
        let deleted = Self.entry(Self.at(9), Self.at(11), deletedAt: Self.at(11, 30))
        let apart = Self.entry(Self.at(11), Self.at(12))
        let candidates = [edited, samePerson, otherPerson, deleted, apart, otherClient]
        #expect(entry.overlapping(candidates, now: Self.now) == [samePerson, otherClient])
    }

    @Test("A running entry of the same person overlaps up to now")
    func overlappingRunning() {
        let timer = Self.entry(Self.at(10), nil)
        let manual = Self.entry(Self.at(11), Self.at(11, 30))
        #expect(manual.overlapping([timer], now: Self.now) == [timer])
        #expect(manual.overlapping([timer], now: Self.at(10, 59)).isEmpty)
    }

    // MARK: Validation

    @Test("An end at or before the start is refused", arguments: [(9, 0), (8, 59)])
    func endNotAfterStart(end: (Int, Int)) {
        let entry = Self.entry(Self.at(9), Self.at(end.0, end.1))
        let error = #expect(throws: EntryError.self) {
            try entry.validateTimes(now: Self.now, allowLong: true, allowFuture: true)
        }
        #expect(error == .endNotAfterStart(start: Self.at(9), end: Self.at(end.0, end.1)))
        #expect(error?.field == "end")
        #expect(error?.kind == .invalidInput)
    }

    @Test("An entry of exactly 24 hours is accepted")
    func twentyFourHours() throws {
        let entry = Self.entry(utc(2026, 11, 19, 11, 0), Self.at(11))
        try entry.validateTimes(now: Self.now, allowLong: false, allowFuture: false)
    }

    @Test("An entry longer than 24 hours is refused unless long entries are allowed")
    func tooLong() throws {
        let entry = Self.entry(utc(2026, 11, 19, 10, 59, 59), Self.at(11))
        let error = #expect(throws: EntryError.self) {
            try entry.validateTimes(now: Self.now, allowLong: false, allowFuture: false)
        }
        #expect(error == .tooLong(TimeSpan(seconds: 86_401)))
        #expect(error?.userMessage.contains("would last 24h 1s, more than 24 hours") == true)
        try entry.validateTimes(now: Self.now, allowLong: true, allowFuture: false)
    }

    @Test("An end in the future is refused unless future times are allowed")
    func futureEnd() throws {
        let entry = Self.entry(Self.at(11), Self.at(12, 1))
        let error = #expect(throws: EntryError.self) {
            try entry.validateTimes(now: Self.now, allowLong: false, allowFuture: false)
        }
        #expect(error == .endsInFuture(Self.at(12, 1)))
        #expect(error?.field == "end")
        try entry.validateTimes(now: Self.now, allowLong: false, allowFuture: true)
    }

    @Test("An end exactly now is not in the future")
    func endNow() throws {
        try Self.entry(Self.at(11), Self.now).validateTimes(now: Self.now, allowLong: false, allowFuture: false)
    }

    @Test("A running entry may not start in the future unless allowed")
    func futureStart() throws {
        let running = Self.entry(Self.at(12, 0).adding(seconds: 1), nil)
        let error = #expect(throws: EntryError.self) {
            try running.validateTimes(now: Self.now, allowLong: false, allowFuture: false)
        }
        #expect(error == .startsInFuture(Self.at(12, 0).adding(seconds: 1)))
        #expect(error?.field == "start")
        try running.validateTimes(now: Self.now, allowLong: false, allowFuture: true)
        try Self.entry(Self.now, nil).validateTimes(now: Self.now, allowLong: false, allowFuture: false)
    }

    // MARK: Durations

    @Test("A running entry lasts until now")
    func runningDuration() {
        #expect(Self.entry(Self.at(9, 15), nil).duration(now: Self.now) == TimeSpan(seconds: 9900))
    }

    @Test("An entry across midnight lasts exactly the time between its instants")
    func acrossMidnight() {
        let newYork = zone("America/New_York")
        let start = newYork.instant(for: wall(2026, 11, 20, 22, 30))
        let end = newYork.instant(for: wall(2026, 11, 21, 1, 15))
        #expect(Self.entry(start, end).duration(now: Self.now) == TimeSpan(seconds: 9900))
    }

    @Test(
        "An entry across a clock change lasts the real time, not the wall-clock difference",
        arguments: [
            // 23:00 → 04:00 on the wall is 4 h when clocks spring forward and 6 h when they fall back.
            ("America/New_York", (2026, 3, 7, 23, 0), (2026, 3, 8, 4, 0), 4 * 3600),
            ("America/New_York", (2026, 10, 31, 23, 0), (2026, 11, 1, 4, 0), 6 * 3600),
            ("Australia/Sydney", (2026, 10, 3, 23, 0), (2026, 10, 4, 4, 0), 4 * 3600),
            ("Australia/Sydney", (2026, 4, 4, 23, 0), (2026, 4, 5, 4, 0), 6 * 3600),
            ("Europe/London", (2026, 3, 28, 23, 0), (2026, 3, 29, 4, 0), 4 * 3600),
            ("Europe/London", (2026, 10, 24, 23, 0), (2026, 10, 25, 4, 0), 6 * 3600),
        ] as [(String, (Int, Int, Int, Int, Int), (Int, Int, Int, Int, Int), Int64)]
    )
    func acrossClockChange(
        name: String,
        start: (Int, Int, Int, Int, Int),
        end: (Int, Int, Int, Int, Int),
        seconds: Int64
    ) {
        let zone = zone(name)
        let from = zone.instant(for: wall(start.0, start.1, start.2, start.3, start.4))
        let to = zone.instant(for: wall(end.0, end.1, end.2, end.3, end.4))
        #expect(Self.entry(from, to).duration(now: Self.now) == TimeSpan(seconds: seconds))
    }

    @Test("Both occurrences of a repeated hour give an entry its real length")
    func withinRepeatedHour() {
        // 01:30 EDT to 01:30 EST: the same wall time, one hour apart.
        let entry = Self.entry(utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30))
        #expect(entry.duration(now: Self.now) == .hours(1))
    }

    // MARK: Tags

    @Test("Tags are kept sorted and without duplicates")
    func tagsSorted() throws {
        var entry = Self.entry(Self.at(9), Self.at(10))
        entry.setTags([try TagName("rush"), try TagName("+Admin"), try TagName("RUSH")])
        #expect(entry.tags.map(\.name) == ["admin", "rush"])
        let made = TimeEntry(
            workspaceID: Self.workspace,
            personID: Self.person,
            clientID: Self.client,
            start: Self.at(9),
            tags: [try TagName("b"), try TagName("a"), try TagName("b")],
            source: .timer,
            createdAt: Self.at(9)
        )
        #expect(made.tags.map(\.name) == ["a", "b"])
        #expect(made.isRunning)
        #expect(!made.isDeleted)
    }
}
