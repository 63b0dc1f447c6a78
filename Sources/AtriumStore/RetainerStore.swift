import AtriumCore

/// A client's retainer as stored: its terms and the date its first period begins.
public struct StoredRetainer: Sendable, Equatable {
    public var clientID: ID<Client>
    public var workspaceID: ID<Workspace>
    public var terms: RetainerTerms
    /// A day of the first period (on the client's clock); periods before it are not counted.
    public var startsOn: LocalDate
    public var createdAt: Instant

    public init(
        clientID: ID<Client>,
        workspaceID: ID<Workspace>,
        terms: RetainerTerms,
        startsOn: LocalDate,
        createdAt: Instant
    ) {
        self.clientID = clientID
        self.workspaceID = workspaceID
        self.terms = terms
        self.startsOn = startsOn
        self.createdAt = createdAt
    }
}

/// When a billable entry started and how long it ran.
public struct BillableSpan: Sendable, Equatable {
    public var start: Instant
    public var seconds: Int64

    public init(start: Instant, seconds: Int64) {
        self.start = start
        self.seconds = seconds
    }
}

/// Retainers, one per client.
public protocol RetainerStore: Sendable {
    /// The start and raw length of every billable, not deleted entry of the client that starts in
    /// `interval`, a running one counted up to `now`, in start order: what a retainer counts, read
    /// without decoding whole entries.
    func billableSpans(
        ofClient client: ID<Client>,
        in workspace: ID<Workspace>,
        interval: Range<Instant>,
        now: Instant
    ) async throws -> [BillableSpan]
    /// Stores the client's retainer, replacing any earlier one.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client of another workspace.
    func setRetainer(_ retainer: StoredRetainer) async throws
    /// The client's retainer, or nil.
    func retainer(of client: ID<Client>, in workspace: ID<Workspace>) async throws -> StoredRetainer?
    /// Whether the client has a retainer: what every stopped timer asks, cheaper than reading it.
    func hasRetainer(_ client: ID<Client>, in workspace: ID<Workspace>) async throws -> Bool
    /// Removes the client's retainer.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` when it has none.
    func deleteRetainer(of client: ID<Client>, in workspace: ID<Workspace>) async throws
    /// Records the alerts not recorded before (one per client, period and threshold) and returns those.
    func recordRetainerAlerts(_ alerts: [RetainerAlert], in workspace: ID<Workspace>) async throws -> [RetainerAlert]
    /// The recorded alerts, newest first; with `client`, that client's only.
    func retainerAlerts(of client: ID<Client>?, in workspace: ID<Workspace>) async throws -> [RetainerAlert]
}
