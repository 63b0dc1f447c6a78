/// Something on a person's calendar, once or repeating: a meeting with a client, or a block of
/// time planned for a client's work. Stored as a local start time, a rule and the zone the
/// local time belongs to, so a 09:00 Sydney call stays at 09:00 in Sydney all year.
public struct ScheduleItem: Sendable, Equatable, Identifiable {
    /// A meeting is an appointment; a block is time set aside, compared with time tracked by `plan`.
    public enum Kind: String, Sendable, CaseIterable {
        case meeting, block
    }

    /// Whose clock the local time is read on.
    public enum Anchor: String, Sendable, CaseIterable {
        /// The client's zone, following it if the client's zone is changed.
        case client
        /// The zone of the person the item belongs to.
        case person
        /// UTC: the same instant everywhere, drifting on every local clock with DST.
        case utc
    }

    public var id: ID<ScheduleItem>
    public var workspaceID: ID<Workspace>
    /// Whose calendar it is on.
    public var personID: ID<Person>
    public var clientID: ID<Client>?
    public var kind: Kind
    public var title: String
    public var anchor: Anchor
    /// The local date of the first occurrence.
    public var startDate: LocalDate
    /// The local time each occurrence starts.
    public var startTime: LocalTime
    public var durationMinutes: Int
    /// How it repeats; nil for a single occurrence.
    public var recurrence: Recurrence?
    /// Local dates on which a repeating item does not happen.
    public var exceptions: [LocalDate]
    public var createdAt: Instant

    public init(
        id: ID<ScheduleItem> = ID(),
        workspaceID: ID<Workspace>,
        personID: ID<Person>,
        clientID: ID<Client>?,
        kind: Kind,
        title: String,
        anchor: Anchor,
        startDate: LocalDate,
        startTime: LocalTime,
        durationMinutes: Int,
        recurrence: Recurrence?,
        exceptions: [LocalDate] = [],
        createdAt: Instant
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.personID = personID
        self.clientID = clientID
        self.kind = kind
        self.title = title
        self.anchor = anchor
        self.startDate = startDate
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.recurrence = recurrence
        self.exceptions = exceptions.sorted()
        self.createdAt = createdAt
    }

    /// Checks what a person typed: a title, a duration of 1 minute to 24 hours, a valid rule, and a
    /// start date the rule itself produces (the first occurrence).
    ///
    /// - Throws: ``InvalidInput`` naming the field.
    public func validate() throws(InvalidInput) {
        let trimmed = title.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 200 else {
            throw InvalidInput("give it a title of 1 to 200 characters", field: "title")
        }
        guard (1...1440).contains(durationMinutes) else {
            throw InvalidInput("the duration must be between 1 minute and 24 hours", field: "duration")
        }
        guard let recurrence else { return }
        try recurrence.validate()
        guard recurrence.matchesPattern(startDate) else {
            throw InvalidInput("\(startDate) is not one of the rule's days (\(recurrence))", field: "from")
        }
        if case .until(let until) = recurrence.end, until < startDate {
            throw InvalidInput("the end date \(until) is before the first occurrence \(startDate)", field: "until")
        }
    }

    /// The local dates it happens on from `first` through `last`, exceptions removed.
    public func dates(from first: LocalDate, through last: LocalDate) -> [LocalDate] {
        guard let recurrence else { return startDate >= first && startDate <= last ? [startDate] : [] }
        let excluded = Set(exceptions)
        return recurrence.dates(startingOn: startDate, through: last).filter { $0 >= first && !excluded.contains($0) }
    }

    /// The occurrences that start in `window`, on the anchor zone's `timeline`.
    public func occurrences(in window: Range<Instant>, on timeline: ZoneTimeline) -> [Occurrence] {
        let first = timeline.localDateTime(at: window.lowerBound).date.adding(days: -1)
        let last = timeline.localDateTime(at: window.upperBound).date
        return dates(from: first, through: last).compactMap { date in
            let resolution = timeline.resolve(LocalDateTime(date: date, time: startTime))
            let start = resolution.instant
            guard window.contains(start) else { return nil }
            return Occurrence(
                itemID: id,
                localDate: date,
                start: start,
                end: start.adding(seconds: Int64(durationMinutes) * 60),
                resolution: resolution
            )
        }
    }
}

/// One happening of a ``ScheduleItem``.
public struct Occurrence: Sendable, Equatable {
    public var itemID: ID<ScheduleItem>
    /// The date on the anchor zone's clock.
    public var localDate: LocalDate
    public var start: Instant
    public var end: Instant
    /// How its local start time was read: ``LocalResolution/skipped(shiftedTo:gapSeconds:)`` or
    /// ``LocalResolution/repeated(earlier:later:)`` when a clock change touched it.
    public var resolution: LocalResolution

    public init(
        itemID: ID<ScheduleItem>,
        localDate: LocalDate,
        start: Instant,
        end: Instant,
        resolution: LocalResolution
    ) {
        self.itemID = itemID
        self.localDate = localDate
        self.start = start
        self.end = end
        self.resolution = resolution
    }

    /// Why the start differs from the local time asked for, in words, or nil when it does not.
    public var clockChangeNote: String? {
        switch resolution {
        case .unique: return nil
        case .skipped(_, let gap):
            return "the start time does not exist on this day (clocks go forward); moved \(gap / 60) minutes later"
        case .repeated:
            return "the start time happens twice on this day (clocks go back); the first is used"
        }
    }
}

/// An occurrence seen from a viewer's zone, with whether its time on the viewer's clock moved
/// since the previous occurrence of the same item (a clock change in one of the two zones).
public struct ViewedOccurrence: Sendable, Equatable {
    public var occurrence: Occurrence
    /// The start on the viewer's clock.
    public var viewerStart: LocalDateTime
    /// Minutes the viewer's local start moved against the previous occurrence; nil when it did not.
    public var movedMinutes: Int?

    /// `occurrences` of one item, in order, seen on `viewer`'s clock.
    public static func view(_ occurrences: [Occurrence], on viewer: ZoneTimeline) -> [ViewedOccurrence] {
        var previous: Int?
        return occurrences.map { occurrence in
            let local = viewer.localDateTime(at: occurrence.start)
            let minute = local.time.secondsSinceMidnight / 60
            var moved: Int?
            if let previous, previous != minute {
                var delta = minute - previous
                if delta > 720 { delta -= 1440 }
                if delta < -720 { delta += 1440 }
                moved = delta
            }
            previous = minute
            return ViewedOccurrence(occurrence: occurrence, viewerStart: local, movedMinutes: moved)
        }
    }
}
