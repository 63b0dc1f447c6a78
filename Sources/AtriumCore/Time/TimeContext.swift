/// The clock reading and zone that relative input (`yesterday`, `9:30`) is read against.
public struct TimeContext: Sendable, Equatable {
    /// The current instant, read once per use case.
    public var now: Instant
    /// The zone of the person typing: their wall clock gives `9:30` its meaning.
    public var zone: ZoneID

    public init(now: Instant, zone: ZoneID) {
        self.now = now
        self.zone = zone
    }

    /// The person's date now.
    public var today: LocalDate { zone.localDate(at: now) }
}

/// An instant read from a person's input, with a note when a daylight-saving rule decided it.
public struct ResolvedTime: Sendable, Equatable {
    public var instant: Instant
    /// Set when the wall time was skipped or repeated by a clock change; says which instant was used.
    public var note: String?

    public init(instant: Instant, note: String? = nil) {
        self.instant = instant
        self.note = note
    }
}
