import AtriumCore

/// A recurring or single event read from an iCalendar file, in the terms Atrium stores a meeting in.
public struct ICSImportedEvent: Sendable, Equatable {
    public var uid: String
    public var summary: String
    /// The zone its local times are on; nil for a floating time (the same wall time anywhere).
    public var zone: ZoneID?
    public var start: LocalDateTime
    public var durationMinutes: Int
    public var rule: Recurrence?
    /// Local dates (on ``zone``'s clock) of occurrences that do not happen.
    public var exceptions: [LocalDate]
}

/// An event of the file that Atrium cannot represent, and why.
public struct ICSRejectedEvent: Sendable, Equatable {
    public var summary: String
    public var lineNumber: Int
    public var reason: String

    /// `line 22, "Weekly sync": its time zone … `.
    public var description: String { "line \(lineNumber), \"\(summary)\": \(reason)" }
}

/// Reads the meetings of an iCalendar file (RFC 5545) — Google, Outlook/Exchange, Thunderbird,
/// Apple and Android exports, or a bare VEVENT — in the subset Atrium stores: a start in an IANA
/// zone, UTC or floating; a length (DTEND or DURATION); a daily, weekly or monthly rule; EXDATEs.
/// Everything else is rejected per event, with the reason: all-day events, RDATE, changed single
/// occurrences (RECURRENCE-ID), zones that are not IANA names (Windows names such as
/// "GMT +0100 (Standard) / GMT +0200 (Daylight)"), rules outside the subset.
public enum ICSReader {
    /// The events of `text`, each read or rejected. Alarms, time zone definitions and unknown
    /// properties are ignored.
    ///
    /// - Throws: ``InvalidInput`` when the text holds no event at all.
    public static func read(_ text: String) throws(InvalidInput) -> (
        events: [ICSImportedEvent], rejected: [ICSRejectedEvent]
    ) {
        var events: [ICSImportedEvent] = []
        var rejected: [ICSRejectedEvent] = []
        var depth: [String] = []
        var current: [ICSContentLine] = []
        var startLine = 0
        for line in ICSContentLine.lines(of: text) {
            switch line.name {
            case "BEGIN":
                depth.append(line.value.uppercased())
                if line.value.uppercased() == "VEVENT" {
                    current = []
                    startLine = line.lineNumber
                }
            case "END":
                let ended = depth.popLast()
                if ended == "VEVENT" {
                    switch event(current) {
                    case .success(let event): events.append(event)
                    case .failure(let error):
                        let summary = current.first { $0.name == "SUMMARY" }?.text ?? "(no title)"
                        rejected.append(
                            ICSRejectedEvent(summary: summary, lineNumber: startLine, reason: error.message)
                        )
                    }
                }
            default:
                if depth.last == "VEVENT" { current.append(line) }
            }
        }
        guard !events.isEmpty || !rejected.isEmpty else {
            throw InvalidInput("the file holds no event (no BEGIN:VEVENT); is it an iCalendar (.ics) file?")
        }
        return (events, rejected)
    }

    private static func event(_ lines: [ICSContentLine]) -> Result<ICSImportedEvent, InvalidInput> {
        do {
            return .success(try readEvent(lines))
        } catch {
            return .failure(error)
        }
    }

    private static func readEvent(_ lines: [ICSContentLine]) throws(InvalidInput) -> ICSImportedEvent {
        if let line = lines.first(where: \.value.holdsNUL) {
            throw InvalidInput("\(line.name) on line \(line.lineNumber) \(String.nulRefusal)")
        }
        func first(_ name: String) -> ICSContentLine? { lines.first { $0.name == name } }
        if first("RDATE") != nil {
            throw InvalidInput("it adds single dates with RDATE, which Atrium's rules do not hold")
        }
        if first("RECURRENCE-ID") != nil {
            throw InvalidInput("it changes one occurrence of another event (RECURRENCE-ID); import the series itself")
        }
        if lines.filter({ $0.name == "RRULE" }).count > 1 {
            throw InvalidInput("it has several RRULEs; Atrium keeps one rule per meeting")
        }
        guard let startLine = first("DTSTART") else { throw InvalidInput("it has no DTSTART") }
        if lines.filter({ $0.name == "DTSTART" }).count > 1 { throw InvalidInput("it has more than one DTSTART") }
        let start = try moment(startLine)
        var minutes = 60
        if let endLine = first("DTEND") {
            let end = try moment(endLine)
            minutes = Int(start.instant.seconds(until: end.instant) / 60)
        } else if let durationLine = first("DURATION") {
            minutes = try duration(durationLine.value)
        }
        guard (1...1440).contains(minutes) else {
            throw InvalidInput("it lasts \(minutes) minutes; a meeting lasts 1 minute to 24 hours")
        }
        var rule: Recurrence?
        if let ruleLine = first("RRULE") {
            rule = try recurrence(ruleLine.value, start: start)
        }
        var exceptions: [LocalDate] = []
        for line in lines where line.name == "EXDATE" {
            for value in line.value.split(separator: ",") {
                var single = line
                single.value = String(value).trimmingWhitespace()
                let moment = try moment(single)
                exceptions.append(start.localDate(of: moment))
            }
        }
        let uid = first("UID")?.value ?? ""
        return ICSImportedEvent(
            uid: uid,
            summary: first("SUMMARY")?.text.trimmingWhitespace() ?? "",
            zone: start.zone,
            start: start.local,
            durationMinutes: minutes,
            rule: rule,
            exceptions: Array(Set(exceptions)).sorted()
        )
    }

    /// A DTSTART, DTEND or EXDATE value: its wall time, zone (nil when floating) and instant.
    struct Moment {
        var local: LocalDateTime
        var zone: ZoneID?
        var instant: Instant

        /// The date `other` falls on, on this moment's clock.
        func localDate(of other: Moment) -> LocalDate {
            guard let zone else { return other.local.date }
            return zone.localDate(at: other.instant)
        }
    }

    static func moment(_ line: ICSContentLine) throws(InvalidInput) -> Moment {
        if line.parameters["VALUE"]?.uppercased() == "DATE" || (line.value.count == 8 && !line.value.contains("T")) {
            throw InvalidInput("it is an all-day event (\(line.name) is a date), not a meeting at a time")
        }
        if line.parameters["VALUE"]?.uppercased() == "PERIOD" {
            throw InvalidInput("\(line.name) holds periods, which Atrium does not import")
        }
        let value = line.value.trimmingWhitespace()
        let isUTC = value.hasSuffix("Z")
        let stamp = isUTC ? String(value.dropLast()) : value
        let parts = stamp.split(separator: "T")
        guard parts.count == 2, let date = ICSText.parseDate(String(parts[0])), parts[1].count == 6,
            let number = Int(parts[1]),
            let time = LocalTime(hour: number / 10_000, minute: number / 100 % 100, second: number % 100)
        else {
            throw InvalidInput("\(line.name) \"\(line.value)\" is not a date-time such as 20261124T090000")
        }
        let local = LocalDateTime(date: date, time: time)
        if isUTC {
            return Moment(local: local, zone: .utc, instant: Instant(secondsSinceEpoch: local.secondsSinceLocalEpoch))
        }
        guard let tzid = line.parameters["TZID"] else {
            return Moment(local: local, zone: nil, instant: Instant(secondsSinceEpoch: local.secondsSinceLocalEpoch))
        }
        let name = tzid.hasPrefix("/") ? String(tzid.dropFirst()) : tzid
        guard let zone = try? ZoneID(name) else {
            throw InvalidInput(
                "its time zone \"\(tzid)\" is not an IANA name (such as Europe/Berlin); re-export the calendar with IANA zones"
            )
        }
        return Moment(local: local, zone: zone, instant: zone.instant(for: local))
    }

    /// `PT30M`, `PT1H30M`, `P1D`, `P1W`, `PT45M30S` (seconds dropped) as minutes.
    static func duration(_ text: String) throws(InvalidInput) -> Int {
        var seconds = 0
        var number = ""
        var inTime = false
        for character in text.uppercased() where character != "+" {
            switch character {
            case "P": continue
            case "T": inTime = true
            case "0"..."9": number.append(character)
            default:
                let value = Int(number) ?? 0
                number = ""
                switch (character, inTime) {
                case ("W", false): seconds += value * 7 * 86_400
                case ("D", false): seconds += value * 86_400
                case ("H", true): seconds += value * 3600
                case ("M", true): seconds += value * 60
                case ("S", true): seconds += value
                default: throw InvalidInput("DURATION \"\(text)\" is not an RFC 5545 duration such as PT30M")
                }
            }
        }
        return seconds / 60
    }

    /// The RRULE in Atrium's subset. Spaces inside values are dropped (Exchange writes `MO, TU`), a
    /// daily rule limited to weekdays becomes the weekly rule it means, and a UTC `UNTIL` becomes the
    /// last local date an occurrence may start on.
    static func recurrence(_ value: String, start: Moment) throws(InvalidInput) -> Recurrence {
        let compact = value.filter { !$0.isWhitespace }
        var parts = compact.split(separator: ";").map(String.init)
        var untilMoment: Moment?
        if let index = parts.firstIndex(where: { $0.uppercased().hasPrefix("UNTIL=") }) {
            let until = String(parts[index].dropFirst("UNTIL=".count))
            if until.count > 8 {
                var line = ICSContentLine(name: "UNTIL", parameters: [:], value: until, lineNumber: 0)
                if let zone = start.zone, !until.hasSuffix("Z") { line.parameters["TZID"] = zone.identifier }
                untilMoment = try moment(line)
                parts[index] = "UNTIL=" + String(until.prefix(8))
            }
        }
        let upper = parts.map { $0.uppercased() }
        if upper.contains("FREQ=DAILY"), upper.contains(where: { $0.hasPrefix("BYDAY=") }),
            !upper.contains(where: { $0.hasPrefix("INTERVAL=") && $0 != "INTERVAL=1" })
        {
            parts = parts.map { $0.uppercased() == "FREQ=DAILY" ? "FREQ=WEEKLY" : $0 }
        }
        parts.removeAll { $0.uppercased() == "INTERVAL=1" }
        // The week start only matters to rules that skip weeks.
        if !parts.contains(where: { $0.uppercased().hasPrefix("INTERVAL=") }) {
            parts.removeAll { $0.uppercased().hasPrefix("WKST=") }
        }
        var rule = try Recurrence.parse(rrule: parts.joined(separator: ";"))
        if let untilMoment {
            // The last local date whose occurrence starts at or before UNTIL.
            var last = start.localDate(of: untilMoment)
            let untilLocal = start.zone.map { $0.localDateTime(at: untilMoment.instant) } ?? untilMoment.local
            if untilLocal.time < start.local.time { last = last.adding(days: -1) }
            rule.end = .until(last)
        }
        return rule
    }
}
