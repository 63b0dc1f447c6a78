import AtriumCore
import AtriumStore

/// Client retainers: setting the terms, and where this period stands.
public struct RetainerService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// The terms as typed.
    public struct Input: Sendable {
        /// The monthly fee in the client's currency, e.g. `900`.
        public var monthly: String
        /// Included hours, e.g. `20`, `20h`, `7h30m`.
        public var hours: String
        /// `5h` (the period's unused hours carry once, up to 5 h), `none`, or nil for none.
        public var rollover: String?
        /// Unused hours carry for this many periods (instead of a cap).
        public var rolloverPeriods: Int?
        public var overageRate: String?
        /// Periods start on this day of the month instead of the 1st.
        public var startDay: Int?
        /// If given, must be the client's currency (a check against typos).
        public var currency: String?
        /// The first period is the one holding this date (default: today on the client's clock).
        public var from: String?

        public init(
            monthly: String,
            hours: String,
            rollover: String? = nil,
            rolloverPeriods: Int? = nil,
            overageRate: String? = nil,
            startDay: Int? = nil,
            currency: String? = nil,
            from: String? = nil
        ) {
            self.monthly = monthly
            self.hours = hours
            self.rollover = rollover
            self.rolloverPeriods = rolloverPeriods
            self.overageRate = overageRate
            self.startDay = startDay
            self.currency = currency
            self.from = from
        }
    }

    /// Sets (or replaces) the client's retainer. Owners only.
    ///
    /// - Throws: ``InvalidInput`` naming the field; ``LookupError`` for an unknown client.
    public func set(_ input: Input, forClient name: String, as caller: Caller) async throws -> StoredRetainer {
        try caller.requireOwner(to: "set retainers")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        if let code = input.currency {
            let currency = try attributing(to: "currency") { try Currency(code: code) }
            guard currency == client.currency else {
                throw InvalidInput(
                    "\(client.name) is billed in \(client.currency), not \(currency); a retainer is in the client's currency",
                    field: "currency"
                )
            }
        }
        let fee = try attributing(to: "monthly") { try Money.parse(input.monthly, currency: client.currency) }
        let hours = try attributing(to: "hours") { try Self.hours(input.hours) }
        let overage = try input.overageRate.map { text in
            try attributing(to: "overage-rate") { try Money.parse(text, currency: client.currency) }
        }
        let rollover: RetainerTerms.Rollover
        switch (input.rollover, input.rolloverPeriods) {
        case (.some, .some):
            throw InvalidInput("give either a rollover cap or a number of periods, not both", field: "rollover")
        case (nil, let periods?):
            rollover = .expiring(afterPeriods: periods)
        case (let text?, nil) where text.lowercased() != "none":
            rollover = .capped(seconds: try attributing(to: "rollover") { try Self.hours(text) })
        default:
            rollover = .none
        }
        let terms = RetainerTerms(
            fee: fee,
            includedSeconds: hours,
            periodStart: input.startDay.map { .day($0) } ?? .calendarMonth,
            rollover: rollover,
            overageRate: overage
        )
        try terms.validate()
        let today = client.zone.localDate(at: now())
        let from =
            try input.from.map { text in
                try attributing(to: "from") { try TimeExpression.parseISODate(text) }
            } ?? today
        let retainer = StoredRetainer(
            clientID: client.id,
            workspaceID: caller.workspaceID,
            terms: terms,
            startsOn: terms.period(containing: from).lowerBound,
            createdAt: now()
        )
        try await store.setRetainer(retainer)
        return retainer
    }

    /// Removes the client's retainer. Owners only.
    public func remove(forClient name: String, as caller: Caller) async throws -> Client {
        try caller.requireOwner(to: "remove retainers")
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        try await store.deleteRetainer(of: client.id, in: caller.workspaceID)
        return client
    }

    /// Where the client's retainer stands now: every period since it began, the current one last,
    /// with the pace forecast and the alerts the current period has reached.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` when the client has no retainer.
    public func status(forClient name: String, as caller: Caller) async throws -> RetainerStatus {
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        guard let status = try await status(of: client, directory: directory, as: caller) else {
            throw StoreError.notFound("A retainer for \(client.name) (set one with: atrium retainer set)")
        }
        return status.shown(to: caller)
    }

    /// The retainer status of the client with this id, or nil when it has no retainer.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client the caller cannot see.
    public func status(ofClient id: ID<Client>, as caller: Caller) async throws -> RetainerStatus? {
        let directory = try await Directory.load(store, for: caller)
        guard let client = directory.client(id), directory.canSee(client) else {
            throw StoreError.notFound("The client")
        }
        return try await status(of: client, directory: directory, as: caller)?.shown(to: caller)
    }

    /// The retainer period of `client` holding `date`, with its balance (rollover from the periods
    /// before it counted); nil when the client has no retainer.
    func period(of client: Client, containing date: LocalDate, directory: Directory, as caller: Caller) async throws
        -> (status: RetainerStatus, period: RetainerStatus.Period)?
    {
        guard let status = try await status(of: client, directory: directory, as: caller, through: date) else {
            return nil
        }
        return (status, status.current)
    }

    private func status(of client: Client, directory: Directory, as caller: Caller, through last: LocalDate? = nil)
        async throws -> RetainerStatus?
    {
        guard let retainer = try await store.retainer(of: client.id, in: caller.workspaceID) else { return nil }
        let instant = now()
        let zone = client.zone
        var periods: [ClosedRange<LocalDate>] = []
        var date = retainer.startsOn
        let today = last ?? zone.localDate(at: instant)
        while date <= today {
            let period = retainer.terms.period(containing: date)
            periods.append(period)
            date = period.upperBound.adding(days: 1)
        }
        guard let first = periods.first, let current = periods.last else {
            throw InvalidInput("the retainer begins on \(retainer.startsOn), after today", field: "from")
        }
        let interval = zone.startOfDay(first.lowerBound)..<zone.startOfDay(current.upperBound.adding(days: 1))
        let spans = try await store.billableSpans(
            ofClient: client.id,
            in: caller.workspaceID,
            interval: interval,
            now: instant
        )
        var used = Array(repeating: Int64(0), count: periods.count)
        let starts = periods.map { zone.startOfDay($0.lowerBound) }
        var index = 0
        for span in spans {
            while index + 1 < starts.count, starts[index + 1] <= span.start { index += 1 }
            used[index] += client.roundingScope == .entry ? client.rounding.apply(to: span.seconds) : span.seconds
        }
        // A client rounding per line has each period's time rounded once, as its invoice would.
        if client.roundingScope == .line { used = used.map { client.rounding.apply(to: $0) } }
        let balances = RetainerLedger.balances(terms: retainer.terms, usedSeconds: used)
        let balance = balances[balances.count - 1]
        let alerts = RetainerLedger.alertsCrossed(from: nil, to: balance)
        var recorded: [RetainerAlert] = []
        if last == nil {
            _ = try await store.recordRetainerAlerts(
                alerts.map { threshold in
                    RetainerAlert(
                        clientID: client.id,
                        period: current,
                        thresholdBasisPoints: threshold,
                        usedSeconds: balance.usedSeconds,
                        availableSeconds: balance.availableSeconds,
                        reachedAt: instant
                    )
                },
                in: caller.workspaceID
            )
            recorded = try await store.retainerAlerts(of: client.id, in: caller.workspaceID).filter {
                $0.period.lowerBound == current.lowerBound
            }
        }
        let periodStart = zone.startOfDay(current.lowerBound)
        let periodEnd = zone.startOfDay(current.upperBound.adding(days: 1))
        return RetainerStatus(
            client: client,
            retainer: retainer,
            periods: Array(zip(periods, balances)).map { RetainerStatus.Period(dates: $0.0, balance: $0.1) },
            runsOut: RetainerLedger.runsOut(
                periodStart: periodStart,
                now: instant,
                periodEnd: periodEnd,
                balance: balance
            ),
            alerts: alerts,
            recordedAlerts: recorded
        )
    }

    /// Records the alerts the current period of the client's retainer has reached (75, 90, 100 % of
    /// its hours) and not recorded before; nothing for a client without a retainer. Called after
    /// time is added or stopped, so an alert is recorded when the work reaches it. The time is
    /// stored by then: a failure here must not undo or hide that, and the alert is recorded the
    /// next time the retainer's status is read, so it is not thrown.
    func recordAlerts(ofClient id: ID<Client>, as caller: Caller) async {
        guard (try? await store.hasRetainer(id, in: caller.workspaceID)) == true else { return }
        _ = try? await status(ofClient: id, as: caller)
    }

    /// The alerts recorded, newest first; with `clientName`, that client's only. Owners only.
    public func alerts(forClient clientName: String?, as caller: Caller) async throws -> [(Client, RetainerAlert)] {
        try caller.requireOwner(to: "see retainer alerts")
        let directory = try await Directory.load(store, for: caller)
        let client = try clientName.map { name in try attributing(to: "client") { try directory.client(named: name) } }
        return try await store.retainerAlerts(of: client?.id, in: caller.workspaceID).compactMap { alert in
            directory.client(alert.clientID).map { ($0, alert) }
        }
    }

    /// `20`, `20h`, `7h30m`, `1.5h` as seconds.
    static func hours(_ text: String) throws -> Int64 {
        let trimmed = text.trimmingWhitespace()
        if let whole = Int64(trimmed) { return whole * 3600 }
        return try TimeSpan.parse(trimmed).seconds
    }
}

/// A retainer's periods from its first to the current one, with the forecast.
public struct RetainerStatus: Sendable {
    public struct Period: Sendable {
        public var dates: ClosedRange<LocalDate>
        public var balance: RetainerPeriodBalance
    }

    public var client: Client
    public var retainer: StoredRetainer
    /// Oldest first; the last is the current period.
    public var periods: [Period]
    /// When the current period's hours run out at the pace so far, if before its end.
    public var runsOut: Instant?
    /// The thresholds (basis points) the current period has reached: 7,500, 9,000, 10,000.
    public var alerts: [Int]
    /// The current period's alerts as recorded, newest first: when each threshold was first seen.
    public var recordedAlerts: [RetainerAlert] = []
    /// False for a member: the status holds hours only (the fee zero, no overage rate).
    public var showsMoney = true

    public var current: Period { periods[periods.count - 1] }

    /// The status as `caller` may see it: in hours only for a member (``Caller/seesMoney``).
    func shown(to caller: Caller) -> RetainerStatus {
        guard !caller.seesMoney else { return self }
        var status = self
        status.retainer.terms.fee = Money(minorUnits: 0, currency: retainer.terms.fee.currency)
        status.retainer.terms.overageRate = nil
        status.showsMoney = false
        return status
    }
}
