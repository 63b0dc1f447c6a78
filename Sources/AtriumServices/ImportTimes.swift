import AtriumCore
import AtriumDocuments

/// Turns an imported row's times into instants: wall-clock times read in the import's zone (by
/// Atrium's stated rule for gaps and repeated hours), and Harvest's days laid end to end from 09:00.
struct ImportTimes {
    /// Where the next duration-only entry of a person and day begins.
    private var dayCursors: [DayKey: Instant] = [:]
    /// Where the last span's day would put the next entry: kept by ``keep()`` once its row is
    /// taken, so that a refused row moves no one's day.
    private var pendingCursor: (key: DayKey, next: Instant)?
    /// Zone rules read once per zone and year.
    private var timelines: [TimelineKey: ZoneTimeline] = [:]
    /// When a day's entries begin when the file gives no times.
    static let dayStart = LocalTime(hour: 9, minute: 0)!

    private struct DayKey: Hashable {
        var person: ID<Person>
        var day: LocalDate
    }

    private struct TimelineKey: Hashable {
        var zone: String
        var year: Int
    }

    /// The entry's start and end (nil while running). A duration-only entry starts where its
    /// person's day has come to; call ``keep()`` when the row is taken.
    ///
    /// - Throws: ``ImportProblem`` when it ends before it starts, or lasts more than a year.
    mutating func span(of entry: ImportedEntry, person: ID<Person>, zone: ZoneID) throws(ImportProblem)
        -> (start: Instant, end: Instant?)
    {
        pendingCursor = nil
        var start: Instant
        switch entry.start {
        case .local(let local): start = instant(local, zone: zone)
        case .instant(let instant): start = instant
        case .day(let day):
            let key = DayKey(person: person, day: day)
            start = dayCursors[key] ?? instant(LocalDateTime(date: day, time: Self.dayStart), zone: zone)
            pendingCursor = (key, start.adding(seconds: entry.durationSeconds ?? 0))
        }
        var end: Instant?
        switch entry.end {
        case .local(let local): end = instant(local, zone: zone)
        case .instant(let instant): end = instant
        case .day, nil: end = entry.durationSeconds.map { start.adding(seconds: $0) }
        }
        if let stop = end, stop < start {
            // A repeated hour read as its first occurrence can put the end before the start: the
            // stated duration settles it.
            guard let seconds = entry.durationSeconds else {
                throw entry.problem("the entry ends before it starts")
            }
            end = start.adding(seconds: seconds)
        } else if let stop = end, let seconds = entry.durationSeconds, start.seconds(until: stop) != seconds {
            // A time in the hour a fall-back night repeats is read as its first occurrence; when the
            // stated duration fits the other one (the clocks showing the same time), it is that one.
            if case .local(let local) = entry.end, self.local(start.adding(seconds: seconds), zone: zone) == local {
                end = start.adding(seconds: seconds)
            } else if case .local(let local) = entry.start,
                self.local(stop.adding(seconds: -seconds), zone: zone) == local
            {
                start = stop.adding(seconds: -seconds)
            }
        }
        if let stop = end, TimeSpan(seconds: start.seconds(until: stop)) > TimeEntry.longestImported {
            throw entry.problem("the entry lasts more than a year")
        }
        return (start, end)
    }

    /// Takes the row of the last span: the next duration-only entry of its person and day begins
    /// after it.
    mutating func keep() {
        if let (key, next) = pendingCursor { dayCursors[key] = next }
        pendingCursor = nil
    }

    /// What the zone's clocks show at `instant`.
    private mutating func local(_ instant: Instant, zone: ZoneID) -> LocalDateTime {
        timeline(zone: zone, year: LocalDateTime(secondsSinceLocalEpoch: instant.secondsSinceEpoch).date.year)
            .localDateTime(at: instant)
    }

    private mutating func instant(_ local: LocalDateTime, zone: ZoneID) -> Instant {
        timeline(zone: zone, year: local.date.year).instant(for: local)
    }

    /// The zone's rules over `year` (padded by the timeline's days each side).
    private mutating func timeline(zone: ZoneID, year: Int) -> ZoneTimeline {
        let key = TimelineKey(zone: zone.identifier, year: year)
        if let timeline = timelines[key] { return timeline }
        let timeline = ZoneTimeline(
            zone: zone,
            from: LocalDate(year: year, month: 1, day: 1)!,
            through: LocalDate(year: year, month: 12, day: 31)!
        )
        timelines[key] = timeline
        return timeline
    }
}
