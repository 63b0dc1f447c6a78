import AtriumCore

/// Writes an RFC 5545 calendar: CRLF line ends, lines folded at 75 octets, text escaped, local
/// times with a TZID naming the IANA zone (calendar apps and libraries resolve these names), UTC
/// times with `Z`.
public enum ICSWriter {
    /// The whole calendar named `name`, stamped `stamp` (DTSTAMP: when this copy was made).
    public static func calendar(name: String, events: [ICSEvent], stamp: Instant) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Atrium//Atrium Schedule//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name),
        ]
        for event in events { lines += eventLines(event, stamp: stamp) }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    static func eventLines(_ event: ICSEvent, stamp: Instant) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:" + escape(event.uid), "DTSTAMP:" + ICSText.utcStamp(stamp)]
        lines.append("DTSTART" + timeValue(event.start, zone: event.zone))
        lines.append("DURATION:" + duration(minutes: event.durationMinutes))
        if let rule = event.rule { lines.append("RRULE:" + rule.icsValue(untilInstant: event.untilInstant)) }
        if !event.exceptions.isEmpty {
            let zoned = timeValue(event.exceptions[0], zone: event.zone)
            let parameter = zoned.prefix { $0 != ":" }
            let values = event.exceptions.map { exception in
                String(timeValue(exception, zone: event.zone).drop { $0 != ":" }.dropFirst())
            }
            lines.append("EXDATE" + parameter + ":" + values.joined(separator: ","))
        }
        lines.append("SUMMARY:" + escape(event.summary))
        if let description = event.description, !description.isEmpty {
            lines.append("DESCRIPTION:" + escape(description))
        }
        if !event.categories.isEmpty {
            lines.append("CATEGORIES:" + event.categories.map(escape).joined(separator: ","))
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// `;TZID=Australia/Sydney:20261124T090000`, or `:20261124T090000Z` in UTC.
    static func timeValue(_ local: LocalDateTime, zone: ZoneID) -> String {
        zone == .utc ? ":" + ICSText.localStamp(local) + "Z" : ";TZID=\(zone.identifier):" + ICSText.localStamp(local)
    }

    /// `PT30M`, `PT1H30M`, `P1D`.
    static func duration(minutes: Int) -> String {
        if minutes == 1440 { return "P1D" }
        let hours = minutes / 60
        let rest = minutes % 60
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : "")
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// The content line with CRLF, folded so no line exceeds 75 octets, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let length = scalar.utf8.count
            if octets + length > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += length
        }
        return result + "\r\n"
    }
}
