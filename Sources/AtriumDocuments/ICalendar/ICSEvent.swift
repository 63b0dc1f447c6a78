import AtriumCore

/// One event of an iCalendar feed: a start on a zone's clock, a length, and how it repeats.
public struct ICSEvent: Sendable, Equatable {
    /// Stable across feeds, so calendar apps update the event instead of adding another.
    public var uid: String
    public var summary: String
    public var description: String?
    public var categories: [String]
    /// The zone of ``start``, written as a TZID with its IANA name; UTC is written with `Z`.
    public var zone: ZoneID
    public var start: LocalDateTime
    public var durationMinutes: Int
    public var rule: Recurrence?
    /// For a rule ending on a date: the instant that date ends in ``zone``, written as `UNTIL`.
    public var untilInstant: Instant?
    /// The starts (on ``zone``'s clock) of the occurrences that do not happen.
    public var exceptions: [LocalDateTime]

    public init(
        uid: String,
        summary: String,
        description: String? = nil,
        categories: [String] = [],
        zone: ZoneID,
        start: LocalDateTime,
        durationMinutes: Int,
        rule: Recurrence? = nil,
        untilInstant: Instant? = nil,
        exceptions: [LocalDateTime] = []
    ) {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.categories = categories
        self.zone = zone
        self.start = start
        self.durationMinutes = durationMinutes
        self.rule = rule
        self.untilInstant = untilInstant
        self.exceptions = exceptions
    }
}
