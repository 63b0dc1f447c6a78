import Foundation
import Synchronization

/// A validated IANA time zone name (`Australia/Sydney`), with the rules to move between instants
/// and that zone's wall clock.
public struct ZoneID: Hashable, Sendable, CustomStringConvertible {
    /// The canonical spelling of the IANA name.
    public let identifier: String
    private let rules: ZoneRules

    private var timeZone: TimeZone { rules.timeZone(identifier) }

    /// The zone named `name`, matched case-insensitively against the IANA database.
    ///
    /// - Throws: ``InvalidInput`` listing close matches when the name is unknown.
    public init(_ name: String) throws(InvalidInput) {
        let trimmed = name.trimmingWhitespace()
        if let zone = TimeZone(identifier: trimmed), zone.identifier == trimmed, !trimmed.hasPrefix("GMT+"),
            !trimmed.hasPrefix("GMT-")
        {
            self.identifier = trimmed
            self.rules = ZoneRules(zone)
            return
        }
        let known = ZoneID.knownIdentifiers
        if let match = known.first(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }),
            let zone = TimeZone(identifier: match)
        {
            self.identifier = match
            self.rules = ZoneRules(zone)
            return
        }
        let suggestions = ZoneID.suggestions(for: trimmed, among: known)
        let hint = suggestions.isEmpty ? "" : " Close matches: \(suggestions.joined(separator: ", "))."
        throw InvalidInput(
            "\"\(name)\" is not an IANA time zone; use a name such as Europe/London or America/New_York.\(hint)"
        )
    }

    /// A zone name that was validated when it was stored. Its rules are loaded on first use, so
    /// reading fifty clients does not load fifty zones; a name the system no longer knows reads as UTC.
    public init(storedIdentifier: String) {
        identifier = storedIdentifier
        rules = ZoneRules(nil)
    }

    /// Coordinated Universal Time. (Not looked up by name: Foundation calls UTC `GMT`, and matching
    /// `UTC` against every known zone name cost each command a few milliseconds at start.)
    public static let utc = ZoneID(storedIdentifier: "UTC")

    public var description: String { identifier }

    public static func == (lhs: ZoneID, rhs: ZoneID) -> Bool { lhs.identifier == rhs.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    /// Seconds this zone's clocks are ahead of UTC at `instant` (negative west of Greenwich).
    public func offset(at instant: Instant) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch)))
    }

    /// What a clock in this zone shows at `instant`.
    public func localDateTime(at instant: Instant) -> LocalDateTime {
        LocalDateTime(secondsSinceLocalEpoch: instant.secondsSinceEpoch + Int64(offset(at: instant)))
    }

    /// ISO 8601 on this zone's clock with its offset: `2026-11-20T14:00:00-06:00`.
    public func iso8601(at instant: Instant) -> String {
        localDateTime(at: instant).iso8601 + TimeExpression.offsetText(offset(at: instant))
    }

    /// The date in this zone at `instant`.
    public func localDate(at instant: Instant) -> LocalDate { localDateTime(at: instant).date }

    /// The offset from UTC at `instant`, as people write it: `UTC+11`, `UTC-5`, `UTC+5:30`, `UTC`.
    ///
    /// Used instead of abbreviations such as AEDT, which are ambiguous and not available everywhere.
    public func offsetLabel(at instant: Instant) -> String {
        let seconds = offset(at: instant)
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        let sign = seconds < 0 ? "-" : "+"
        return minutes % 60 == 0 ? "UTC\(sign)\(minutes / 60)" : "UTC\(sign)\(minutes / 60):\((minutes % 60).twoDigits)"
    }

    /// Every instant at which this zone's clocks show `local`: none in a spring-forward gap, two in
    /// a fall-back overlap, otherwise one.
    public func resolve(_ local: LocalDateTime) -> LocalResolution {
        let wall = local.secondsSinceLocalEpoch
        let window: Int64 = 2 * 86_400
        var offsets: [Int] = [offset(at: Instant(secondsSinceEpoch: wall - window))]
        var cursor = Date(timeIntervalSince1970: TimeInterval(wall - window))
        let end = Date(timeIntervalSince1970: TimeInterval(wall + window))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            offsets.append(timeZone.secondsFromGMT(for: next))
            cursor = next
        }
        offsets.append(offset(at: Instant(secondsSinceEpoch: wall + window)))
        var solutions: [Instant] = []
        for candidate in Set(offsets) {
            let instant = Instant(secondsSinceEpoch: wall - Int64(candidate))
            if offset(at: instant) == candidate { solutions.append(instant) }
        }
        solutions.sort()
        if solutions.count == 1 { return .unique(solutions[0]) }
        if solutions.count >= 2 { return .repeated(earlier: solutions[0], later: solutions[solutions.count - 1]) }
        // In a gap: read the wall time with the offset in force before the gap, which lands after it.
        let before = offset(at: Instant(secondsSinceEpoch: wall - window / 2))
        let shifted = Instant(secondsSinceEpoch: wall - Int64(before))
        let after = offset(at: shifted)
        return .skipped(shiftedTo: shifted, gapSeconds: Int64(after - before))
    }

    /// The instant a clock in this zone shows `local`, by Atrium's stated rule: a time skipped by a
    /// spring-forward gap is moved forward by the gap's length (02:30 → 03:30); a time repeated by a
    /// fall-back overlap means its first occurrence. (RFC 5545 reads local times the same way.)
    public func instant(for local: LocalDateTime) -> Instant { resolve(local).instant }

    /// The first instant of `date` in this zone (midnight, or the end of a gap that swallows it).
    public func startOfDay(_ date: LocalDate) -> Instant {
        instant(for: LocalDateTime(date: date, time: LocalTime(checkedSecondsSinceMidnight: 0)))
    }

    /// The instants in `range` at which this zone's offset changes, with the offset from then on,
    /// in order; for precomputing a ``ZoneTimeline``.
    func transitions(in range: Range<Instant>) -> [(at: Instant, offset: Int)] {
        var result: [(at: Instant, offset: Int)] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(range.lowerBound.secondsSinceEpoch))
        let end = Date(timeIntervalSince1970: TimeInterval(range.upperBound.secondsSinceEpoch))
        let zone = timeZone
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            let at = Instant(secondsSinceEpoch: Int64(next.timeIntervalSince1970.rounded()))
            result.append((at, zone.secondsFromGMT(for: next)))
            cursor = next
        }
        return result
    }

    static let knownIdentifiers: [String] = {
        var names = Set(TimeZone.knownTimeZoneIdentifiers)
        names.insert("UTC")
        return names.sorted()
    }()

    static func suggestions(for name: String, among known: [String]) -> [String] {
        let lower = name.lowercased()
        let lastPart = lower.split(separator: "/").last.map(String.init) ?? lower
        let key = lastPart.replacingOccurrences(of: " ", with: "_")
        let scored = known.compactMap { candidate -> (String, Int)? in
            let candidateLower = candidate.lowercased()
            let city = candidateLower.split(separator: "/").last.map(String.init) ?? candidateLower
            if !key.isEmpty, city.contains(key) || candidateLower.contains(lower) { return (candidate, 0) }
            let distance = editDistance(city, key)
            return distance <= max(2, key.count / 3) ? (candidate, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
    }
}

/// The instants at which a wall-clock time occurs in a zone.
public enum LocalResolution: Equatable, Sendable {
    /// The time occurs once.
    case unique(Instant)
    /// The time does not occur: clocks jumped over it. `shiftedTo` is the time moved forward by the gap.
    case skipped(shiftedTo: Instant, gapSeconds: Int64)
    /// The time occurs twice: clocks were set back over it.
    case repeated(earlier: Instant, later: Instant)

    /// The instant Atrium uses: the only one, the shifted one in a gap, the earlier one in an overlap.
    public var instant: Instant {
        switch self {
        case .unique(let instant): return instant
        case .skipped(let shifted, _): return shifted
        case .repeated(let earlier, _): return earlier
        }
    }
}

/// Levenshtein distance between two short strings, for "did you mean" suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        previous = current
    }
    return previous[b.count]
}

/// A zone's rules, loaded once and shared by the copies of a ``ZoneID``.
private final class ZoneRules: Sendable {
    private let loaded: Mutex<TimeZone?>

    init(_ timeZone: TimeZone?) {
        loaded = Mutex(timeZone)
    }

    func timeZone(_ identifier: String) -> TimeZone {
        loaded.withLock { cached in
            if let cached { return cached }
            let zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0) ?? .gmt
            cached = zone
            return zone
        }
    }
}
