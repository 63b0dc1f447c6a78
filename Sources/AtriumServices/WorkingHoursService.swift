import AtriumCore
import AtriumStore

/// Working hours of clients and people, who is working now, and when everyone is.
public struct WorkingHoursService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Replaces a client's working hours (on the client's clock); `none` clears them. Owners only.
    ///
    /// - Throws: ``InvalidInput`` for the `hours` field; ``LookupError`` for an unknown client.
    public func setHours(_ text: String, ofClient name: String, as caller: Caller) async throws -> WeeklyHours {
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        return try await setHours(text, of: client.id, as: caller)
    }

    /// Replaces the working hours of the client with this id.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client the caller cannot see.
    public func setHours(_ text: String, of client: ID<Client>, as caller: Caller) async throws -> WeeklyHours {
        try caller.requireOwner(to: "set a client's working hours")
        let hours = try attributing(to: "hours") { try WeeklyHours.parse(text) }
        try await store.setWorkingHours(hours, of: .client(client), in: caller.workspaceID)
        return hours
    }

    /// Replaces the caller's own working hours (on their clock); `none` clears them.
    ///
    /// - Throws: ``InvalidInput`` for the `hours` field.
    public func setMyHours(_ text: String, as caller: Caller) async throws -> WeeklyHours {
        let hours = try attributing(to: "hours") { try WeeklyHours.parse(text) }
        try await store.setWorkingHours(hours, of: .person(caller.personID), in: caller.workspaceID)
        return hours
    }

    /// The caller's own working hours (``WeeklyHours/none`` when not set).
    public func myHours(as caller: Caller) async throws -> WeeklyHours {
        try await Directory.load(store, for: caller).personHours[caller.personID] ?? .none
    }

    /// Every visible active client's local time now and whether they are working, the caller first.
    public func clock(as caller: Caller) async throws -> WorldClock {
        clock(in: try await Directory.load(store, for: caller))
    }

    /// The world clock from a directory already read (no database access).
    public func clock(in directory: Directory) -> WorldClock {
        let instant = now()
        func face(_ name: String, _ zone: ZoneID, _ hours: WeeklyHours?) -> ClockFace {
            let timeline = ZoneTimeline.cached(zone: zone, around: instant)
            return ClockFace(
                name: name,
                zone: zone,
                local: timeline.localDateTime(at: instant),
                offsetLabel: zone.offsetLabel(at: instant),
                hours: hours ?? .none,
                status: (hours ?? .none).status(at: instant, in: timeline)
            )
        }
        let me = face(directory.person.name, directory.person.zone, directory.personHours[directory.person.id])
        let clients = directory.visibleClients.filter { !$0.isArchived }.map { client in
            (client.id, face(client.name, client.zone, directory.clientHours[client.id]))
        }
        return WorldClock(now: instant, me: me, clients: clients)
    }

    /// The stretches of at least `minimumMinutes` from the start of `first` to the end of `last`
    /// (each party's own dates) inside the working hours of every named client and, when
    /// `includeMine` and the caller has hours set, the caller's own.
    ///
    /// - Throws: ``InvalidInput`` for an empty window, no clients, or a client without hours.
    public func overlap(
        clients names: [String],
        from first: LocalDate,
        through last: LocalDate,
        minimumMinutes: Int,
        includeMine: Bool = true,
        as caller: Caller
    ) async throws -> OverlapReport {
        guard first <= last else {
            throw InvalidInput("the window ends (\(last)) before it starts (\(first))", field: "to")
        }
        guard last.daysSinceEpoch - first.daysSinceEpoch <= 366 else {
            throw InvalidInput("look at most a year ahead at a time", field: "to")
        }
        guard !names.isEmpty else { throw InvalidInput("name at least one client", field: "clients") }
        guard (1...1440).contains(minimumMinutes) else {
            throw InvalidInput("the minimum length must be between 1 minute and 24 hours", field: "min")
        }
        let directory = try await Directory.load(store, for: caller)
        var parties: [OverlapParty] = []
        for name in names {
            let client = try attributing(to: "clients") { try directory.client(named: name) }
            guard let hours = directory.clientHours[client.id], !hours.isEmpty else {
                throw InvalidInput(
                    "\(client.name) has no working hours; set them with: atrium client edit \"\(client.name)\" --hours \"Mon-Fri 09:00-17:00\"",
                    field: "clients",
                    neutral:
                        "\(client.name) has no working hours; set them on the client's page, e.g. Mon-Fri 09:00-17:00"
                )
            }
            parties.append(OverlapParty(name: client.name, zone: client.zone, hours: hours))
        }
        let myHours = directory.personHours[caller.personID] ?? .none
        let me = OverlapParty(name: directory.person.name, zone: directory.person.zone, hours: myHours)
        let countsMe = includeMine && !myHours.isEmpty
        let everyone = countsMe ? [me] + parties : parties
        let lists = everyone.map { party in
            let timeline = ZoneTimeline(zone: party.zone, from: first.adding(days: -1), through: last.adding(days: 1))
            return party.hours.openIntervals(in: timeline, from: first, through: last)
        }
        let slots = IntervalSet.common(lists, minimumSeconds: Int64(minimumMinutes) * 60)
        return OverlapReport(viewer: me, parties: parties, includesViewerHours: countsMe, slots: slots)
    }
}

/// Someone's local time now and whether they are working.
public struct ClockFace: Sendable, Equatable {
    public var name: String
    public var zone: ZoneID
    public var local: LocalDateTime
    /// `UTC+11`.
    public var offsetLabel: String
    public var hours: WeeklyHours
    public var status: OpeningStatus
}

/// The caller's clock and their clients', at one instant.
public struct WorldClock: Sendable {
    public var now: Instant
    public var me: ClockFace
    public var clients: [(id: ID<Client>, face: ClockFace)]
}

/// One side of an overlap search.
public struct OverlapParty: Sendable, Equatable {
    public var name: String
    public var zone: ZoneID
    public var hours: WeeklyHours
}

/// Common working time: the slots, to be shown on each party's clock.
public struct OverlapReport: Sendable {
    /// The caller; slots are listed on their clock first.
    public var viewer: OverlapParty
    /// The clients asked about.
    public var parties: [OverlapParty]
    /// Whether the caller's own hours limited the slots (false when they have none set or asked not to).
    public var includesViewerHours: Bool
    public var slots: [Range<Instant>]
}
