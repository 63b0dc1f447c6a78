import AtriumCore

/// A meeting or block as typed (CLI options, form fields, JSON), read in one place.
public struct ScheduleInput: Sendable {
    public var kind: ScheduleItem.Kind
    /// The client it is for; a meeting may have none.
    public var client: String?
    public var title: String?
    /// `09:00`, or a range `08:00-10:00` that also gives the duration.
    public var at: String
    /// `30m`, `1h`; needed unless ``at`` is a range.
    public var duration: String?
    /// `week`, `2 weeks`, `month`, `day`, `weekday`; nil for a single occurrence.
    public var every: String?
    /// `Tue,Thu`, `15`, `2nd Tue`.
    public var on: String?
    /// The first date (ISO, `today`, `tomorrow`); the first matching date on or after it is used.
    public var from: String?
    public var count: Int?
    public var until: String?
    /// `client`, `me` (or `person`), `utc`; default: the client's for a meeting with a client, else mine.
    public var zone: String?
    /// ISO dates to leave out.
    public var except: [String]

    public init(
        kind: ScheduleItem.Kind,
        client: String? = nil,
        title: String? = nil,
        at: String,
        duration: String? = nil,
        every: String? = nil,
        on: String? = nil,
        from: String? = nil,
        count: Int? = nil,
        until: String? = nil,
        zone: String? = nil,
        except: [String] = []
    ) {
        self.kind = kind
        self.client = client
        self.title = title
        self.at = at
        self.duration = duration
        self.every = every
        self.on = on
        self.from = from
        self.count = count
        self.until = until
        self.zone = zone
        self.except = except
    }

    /// The item these fields describe, for `caller` in `directory` at `now`.
    ///
    /// - Throws: ``InvalidInput`` naming the field; ``LookupError`` for an unknown client.
    func item(in directory: Directory, now: Instant) throws -> ScheduleItem {
        let client = try client.map { name in try attributing(to: "client") { try directory.client(named: name) } }
        if kind == .block, client == nil { throw InvalidInput("a block is planned for a client", field: "client") }
        let anchor = try readAnchor(hasClient: client != nil)
        let zone: ZoneID =
            switch anchor {
            case .client: client?.zone ?? directory.person.zone
            case .person: directory.person.zone
            case .utc: .utc
            }
        let (start, minutes) = try readTimes()
        let context = TimeContext(now: now, zone: zone)
        let today = context.today
        let firstWanted =
            try from.map { text in try attributing(to: "from") { try TimeExpression.parseDate(text, context: context) }
            } ?? today
        let end = try readEnd(context: context)
        let recurrence = try every.map { text in
            try Recurrence.parse(every: text, on: on, end: end, start: firstWanted)
        }
        if every == nil, on != nil || count != nil || until != nil {
            throw InvalidInput(
                "--on, --count and --until need --every",
                field: "every",
                neutral: "days, a count and an end date need a repetition (every day, week or month)"
            )
        }
        guard let startDate = recurrence.map({ $0.firstDate(onOrAfter: firstWanted) }) ?? firstWanted else {
            throw InvalidInput("the rule never happens", field: "on")
        }
        let exceptions = try except.map { text in
            try attributing(to: "except") { try TimeExpression.parseISODate(text) }
        }
        // Blocks always have a client (checked above); a meeting may have none.
        let defaultTitle =
            kind == .block ? "\(client?.name ?? "") work" : client.map { "Meeting with \($0.name)" } ?? "Meeting"
        let item = ScheduleItem(
            workspaceID: directory.workspace.id,
            personID: directory.person.id,
            clientID: client?.id,
            kind: kind,
            title: (title?.trimmingWhitespace()).flatMap { $0.isEmpty ? nil : $0 } ?? defaultTitle,
            anchor: anchor,
            startDate: startDate,
            startTime: start,
            durationMinutes: minutes,
            recurrence: recurrence,
            exceptions: exceptions,
            createdAt: now
        )
        try item.validate()
        return item
    }

    private func readAnchor(hasClient: Bool) throws -> ScheduleItem.Anchor {
        guard let zone else { return kind == .meeting && hasClient ? .client : .person }
        switch zone.lowercased() {
        case "client":
            guard hasClient else {
                throw InvalidInput(
                    "--zone client needs a client",
                    field: "zone",
                    neutral: "the client's zone needs a client"
                )
            }
            return .client
        case "me", "mine", "person", "my": return .person
        case "utc": return .utc
        default: throw InvalidInput("\"\(zone)\" is not a zone choice: use client, me or utc", field: "zone")
        }
    }

    private func readTimes() throws -> (start: LocalTime, minutes: Int) {
        if at.contains("-") {
            let (start, end) = try attributing(to: "at") { try WorkingInterval.parseTimes(at) }
            guard end > start else {
                throw InvalidInput("a planned block ends on the day it starts", field: "at")
            }
            if duration != nil {
                throw InvalidInput(
                    "give either a time range or --duration, not both",
                    field: "duration",
                    neutral: "give either a time range or a duration, not both"
                )
            }
            return (LocalTime(secondsSinceMidnight: start * 60) ?? .midnight, end - start)
        }
        let start = try attributing(to: "at") { try LocalTime.parse(at) }
        guard let duration else {
            throw InvalidInput(
                "how long is it? give --duration (e.g. 30m) or a range such as 09:00-09:30",
                field: "duration",
                neutral: "how long is it? give a duration (e.g. 30m) or a range such as 09:00-09:30"
            )
        }
        let span = try attributing(to: "duration") { try TimeSpan.parse(duration) }
        return (start, Int(span.seconds / 60))
    }

    private func readEnd(context: TimeContext) throws -> Recurrence.End {
        switch (count, until) {
        case (.some, .some):
            throw InvalidInput(
                "give either --count or --until, not both",
                field: "until",
                neutral: "give either a count or an end date, not both"
            )
        case (.some(let count), nil): return .count(count)
        case (nil, .some(let text)):
            return .until(try attributing(to: "until") { try TimeExpression.parseDate(text, context: context) })
        case (nil, nil): return .never
        }
    }
}
