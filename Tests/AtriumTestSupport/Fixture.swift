import AtriumCore
import AtriumServices
import AtriumStore

/// A workspace in a real SQLite file in its own temporary folder, with services on a test clock.
public struct Fixture: Sendable {
    public let directory: TemporaryDirectory
    public let store: SQLiteStore
    public let services: Services
    public let clock: TestClock
    /// The workspace owner.
    public let owner: Caller

    /// Creates the folder, the database and a workspace whose owner lives in `zone`.
    ///
    /// Remove the folder with ``close()``, or use ``withFixture(zone:now:_:)``.
    /// Passwords are hashed at bcrypt's lowest cost (4), which keeps sign-in tests quick.
    public static func make(
        zone: String = "America/Mexico_City",
        now: String = "2026-11-23T18:00:00Z",
        observer: SQLiteStore.TransactionObserver? = nil
    ) async throws -> Fixture {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore.open(at: directory.file("atrium.sqlite"), observer: observer)
        let clock = try TestClock(now)
        let services = Services(store: store, now: clock.reading, passwordCost: 4)
        let owner = try await services.workspaces.initialize(
            WorkspaceService.Setup(
                name: "Test VA",
                baseCurrency: .usd,
                zone: try ZoneID(zone),
                weekStart: .monday,
                defaultRate: "40",
                ownerName: "Maria Lopez",
                ownerEmail: nil,
                language: .english
            )
        )
        return Fixture(directory: directory, store: store, services: services, clock: clock, owner: owner)
    }

    public func close() { directory.remove() }

    /// What `audit verify` finds wrong with the owner's workspace, through `services` (default: the
    /// fixture's own); nil when the chain is intact.
    public func auditProblem(through services: Services? = nil) async throws -> String? {
        let verify = try await (services ?? self.services).audit.verify(as: owner)
        if case .intact = verify.verification { return nil }
        return "\(verify.verification)"
    }

    /// Adds a client with sensible defaults.
    @discardableResult
    public func client(
        _ name: String,
        zone: String = "Australia/Sydney",
        currency: String = "AUD",
        rate: String? = "45",
        rounding: TimeRounding = .none
    ) async throws -> Client {
        var input = ClientInput()
        input.name = name
        input.zone = try ZoneID(zone)
        input.currency = try Currency(code: currency)
        input.rate = rate
        input.rounding = rounding
        return try await services.clients.add(input, as: owner)
    }

    /// Adds a member (UTC, English) assigned to `clients`, and returns them as a caller.
    @discardableResult
    public func member(_ name: String = "Sam", assignedTo clients: Set<ID<Client>> = []) async throws -> Caller {
        let person = Person(
            workspaceID: owner.workspaceID,
            name: name,
            role: .member,
            zone: .utc,
            language: .english,
            createdAt: clock.now
        )
        try await store.insertPerson(person)
        if !clients.isEmpty { try await services.team.assign(person.id, to: clients, as: owner) }
        return Caller(workspaceID: owner.workspaceID, personID: person.id, role: .member)
    }

    /// Adds a finished entry by hand, e.g. `entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:30")`.
    @discardableResult
    public func entry(_ target: String, from: String, to: String, memo: String = "", billable: Bool = true)
        async throws -> TimeEntry
    {
        var input = EntryInput(target: target, from: from, to: to, memo: memo, isBillable: billable)
        input.allowsOverlap = true
        return try await services.entries.add(input, as: owner).entry.entry
    }
}

/// Runs `body` with a fresh ``Fixture`` and removes its folder afterwards.
@discardableResult
public func withFixture<Result>(
    zone: String = "America/Mexico_City",
    now: String = "2026-11-23T18:00:00Z",
    _ body: (Fixture) async throws -> Result
) async throws -> Result {
    let fixture = try await Fixture.make(zone: zone, now: now)
    defer { fixture.close() }
    return try await body(fixture)
}
