import Synchronization

/// A zone's offsets over a stretch of time, read once from the system's rules: converting
/// thousands of meeting occurrences or working-hour edges is then arithmetic, not a rules lookup.
///
/// Answers equal ``ZoneID``'s own for every instant in the covered range; outside it, the
/// nearest known offset is used, so build a timeline a little wider than the times you convert.
public struct ZoneTimeline: Sendable {
    public let zone: ZoneID
    /// The offset in force before the first change.
    private let initialOffset: Int
    /// The instants at which the offset changes, in order, and the offset from each on.
    private let changes: [Instant]
    private let offsets: [Int]

    /// The timeline of `zone` over `range`, padded by two days each side for local times near the edges.
    public init(zone: ZoneID, covering range: Range<Instant>) {
        let padded = range.lowerBound.adding(seconds: -2 * 86_400)..<range.upperBound.adding(seconds: 2 * 86_400)
        self.zone = zone
        initialOffset = zone.offset(at: padded.lowerBound)
        let transitions = zone.transitions(in: padded)
        changes = transitions.map(\.at)
        offsets = transitions.map(\.offset)
    }

    /// The timeline of `zone` from the start of `first` to the end of `last`, by UTC dates.
    public init(zone: ZoneID, from first: LocalDate, through last: LocalDate) {
        let start = Instant(secondsSinceEpoch: first.daysSinceEpoch * 86_400)
        let end = Instant(secondsSinceEpoch: (last.daysSinceEpoch + 1) * 86_400)
        self.init(zone: zone, covering: start..<end)
    }

    /// A timeline of `zone` covering at least the 9 days from `instant`, shared between callers: a
    /// page showing fifty clients' clocks reads each zone's rules once a day, not once per request.
    public static func cached(zone: ZoneID, around instant: Instant) -> ZoneTimeline {
        let day =
            instant.secondsSinceEpoch >= 0
            ? instant.secondsSinceEpoch / 86_400 : (instant.secondsSinceEpoch - 86_399) / 86_400
        if let kept = TimelineCache.shared.entries.withLock({ $0[zone.identifier] }), kept.day == day {
            return kept.timeline
        }
        let start = Instant(secondsSinceEpoch: day * 86_400)
        let timeline = ZoneTimeline(zone: zone, covering: start..<start.adding(seconds: 10 * 86_400))
        TimelineCache.shared.entries.withLock { $0[zone.identifier] = (day, timeline) }
        return timeline
    }

    /// Seconds the zone is ahead of UTC at `instant`.
    public func offset(at instant: Instant) -> Int {
        var low = 0
        var high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initialOffset : offsets[low - 1]
    }

    /// What a clock in the zone shows at `instant`.
    public func localDateTime(at instant: Instant) -> LocalDateTime {
        LocalDateTime(secondsSinceLocalEpoch: instant.secondsSinceEpoch + Int64(offset(at: instant)))
    }

    /// Every instant at which the zone's clocks show `local`; the same answer as ``ZoneID/resolve(_:)``.
    public func resolve(_ local: LocalDateTime) -> LocalResolution {
        let wall = local.secondsSinceLocalEpoch
        // Offsets never exceed ±18 hours, so the instants that can show `wall` lie within a day of
        // it; zones change their offset at most once in two days.
        let before = offset(at: Instant(secondsSinceEpoch: wall - 86_400))
        let after = offset(at: Instant(secondsSinceEpoch: wall + 86_400))
        var solutions: [Instant] = []
        for candidate in before == after ? [before] : [before, after] {
            let instant = Instant(secondsSinceEpoch: wall - Int64(candidate))
            if offset(at: instant) == candidate { solutions.append(instant) }
        }
        solutions.sort()
        if solutions.count == 1 { return .unique(solutions[0]) }
        if solutions.count >= 2 { return .repeated(earlier: solutions[0], later: solutions[solutions.count - 1]) }
        let shifted = Instant(secondsSinceEpoch: wall - Int64(before))
        return .skipped(shiftedTo: shifted, gapSeconds: Int64(offset(at: shifted) - before))
    }

    /// The instant the zone's clocks show `local`, by Atrium's rule (see ``ZoneID/instant(for:)``).
    public func instant(for local: LocalDateTime) -> Instant { resolve(local).instant }
}

/// The timelines ``ZoneTimeline/cached(zone:around:)`` keeps: one per zone, for one UTC day.
private final class TimelineCache: Sendable {
    static let shared = TimelineCache()
    let entries = Mutex<[String: (day: Int64, timeline: ZoneTimeline)]>([:])
}
