import AtriumCore
import AtriumStore

/// Creating a workspace, finding who the local user is, and the workspace's settings.
public struct WorkspaceService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// What `atrium init` asks for; every field has a default taken from the system by the CLI.
    public struct Setup: Sendable {
        public var name: String
        public var baseCurrency: Currency
        public var zone: ZoneID
        public var weekStart: Weekday
        /// The default hourly rate as typed, in the base currency.
        public var defaultRate: String?
        public var ownerName: String
        public var ownerEmail: String?
        public var language: LanguageCode

        public init(
            name: String,
            baseCurrency: Currency,
            zone: ZoneID,
            weekStart: Weekday,
            defaultRate: String?,
            ownerName: String,
            ownerEmail: String?,
            language: LanguageCode
        ) {
            self.name = name
            self.baseCurrency = baseCurrency
            self.zone = zone
            self.weekStart = weekStart
            self.defaultRate = defaultRate
            self.ownerName = ownerName
            self.ownerEmail = ownerEmail
            self.language = language
        }
    }

    /// Creates the data directory's workspace and its owner.
    ///
    /// - Throws: ``ServiceError/alreadyInitialized(name:)`` when one exists; ``InvalidInput`` for a
    ///   bad name or rate.
    public func initialize(_ setup: Setup) async throws -> Caller {
        if let existing = try await store.workspaces().first {
            throw ServiceError.alreadyInitialized(name: existing.name)
        }
        let name = setup.name.trimmingWhitespace()
        guard (1...120).contains(name.count) else {
            throw InvalidInput("a workspace name has 1 to 120 characters", field: "name")
        }
        let ownerName = setup.ownerName.trimmingWhitespace()
        guard (1...120).contains(ownerName.count) else {
            throw InvalidInput("the owner's name has 1 to 120 characters", field: "owner")
        }
        let rate = try setup.defaultRate.map { try Money.parseRate($0, currency: setup.baseCurrency) }
        let instant = now()
        let workspace = Workspace(
            name: name,
            baseCurrency: setup.baseCurrency,
            zone: setup.zone,
            weekStart: setup.weekStart,
            defaultRate: rate,
            createdAt: instant
        )
        let owner = Person(
            workspaceID: workspace.id,
            name: ownerName,
            email: setup.ownerEmail,
            role: .owner,
            zone: setup.zone,
            language: setup.language,
            createdAt: instant
        )
        try await store.createWorkspace(workspace, owner: owner, stamp: AuditStamp(actorID: owner.id, at: instant))
        return Caller(workspaceID: workspace.id, personID: owner.id, role: .owner)
    }

    /// The person the command line acts as: the first owner of the first workspace in the store.
    ///
    /// - Throws: ``ServiceError/notInitialized`` when the store holds no workspace.
    public func localCaller() async throws -> Caller {
        guard let workspace = try await store.workspaceIDs().first else { throw ServiceError.notInitialized }
        // From the snapshot that the command's directory is then read from again, unchanged (the
        // directory adds the parts its use case needs).
        let people = try await store.snapshot(of: workspace, including: []).people
        guard let owner = people.first(where: { $0.role == .owner }) ?? people.first else {
            throw ServiceError.notInitialized
        }
        return Caller(workspaceID: workspace, personID: owner.id, role: owner.role)
    }

    /// A workspace's name, for pages shown before sign-in (an invitation).
    public func workspaceName(_ id: ID<Workspace>) async throws -> String {
        try await store.workspace(id).name
    }

    /// The caller's workspace, people, clients and projects; without rates for a member
    /// (``Caller/seesMoney``).
    public func directory(for caller: Caller) async throws -> Directory {
        try await Directory.load(store, for: caller).shown(to: caller)
    }

    /// What a workspace edit sets; nil leaves a field as it is.
    public struct Changes: Sendable {
        public var name: String?
        /// A new base currency needs a new default rate (or ``clearsDefaultRate``) when one is set.
        public var baseCurrency: Currency?
        public var zone: ZoneID?
        public var weekStart: Weekday?
        /// The default hourly rate as typed, in the base currency.
        public var defaultRate: String?
        /// Removes the default rate.
        public var clearsDefaultRate = false
        /// What invoices say under the business's name; empty removes it.
        public var invoiceDetails: String?

        public init() {}
    }

    /// Changes the workspace's settings; a changed default rate is audited.
    ///
    /// - Throws: ``ServiceError/forbidden(_:)`` for members, ``InvalidInput`` naming the field.
    public func edit(_ changes: Changes, as caller: Caller) async throws -> Workspace {
        try caller.requireOwner(to: "change the workspace")
        let name = changes.name?.trimmingWhitespace()
        if let name, !(1...120).contains(name.count) {
            throw InvalidInput("a workspace name has 1 to 120 characters", field: "name")
        }
        return try await store.updateWorkspace(caller.workspaceID, stamp: caller.stamp(at: now())) { workspace in
            if let name { workspace.name = name }
            if let currency = changes.baseCurrency, currency != workspace.baseCurrency {
                if let rate = workspace.defaultRate, changes.defaultRate == nil, !changes.clearsDefaultRate {
                    throw ServiceError.incomplete(
                        "the default rate is \(rate.labeled); give a new default rate in \(currency) with the new "
                            + "base currency, or clear it",
                        field: "rate"
                    )
                }
                workspace.baseCurrency = currency
            }
            if let zone = changes.zone { workspace.zone = zone }
            if let details = changes.invoiceDetails {
                workspace.invoiceDetails = details.trimmingWhitespace()
                guard workspace.invoiceDetails.count <= 2_000 else {
                    throw InvalidInput("invoice details have at most 2,000 characters", field: "invoiceDetails")
                }
            }
            if let weekStart = changes.weekStart { workspace.weekStart = weekStart }
            if changes.clearsDefaultRate { workspace.defaultRate = nil }
            if let rate = changes.defaultRate {
                workspace.defaultRate = try Money.parseRate(rate, currency: workspace.baseCurrency)
            }
        }
    }

    /// What a person may change about themselves; nil leaves a field as it is.
    public struct ProfileChanges: Sendable {
        public var name: String?
        /// Their days, and the `9:30` they type, follow it; their per-day totals are recomputed.
        public var zone: ZoneID?
        public var language: LanguageCode?

        public init(name: String? = nil, zone: ZoneID? = nil, language: LanguageCode? = nil) {
            self.name = name
            self.zone = zone
            self.language = language
        }
    }

    /// Changes the caller's own name, zone or language.
    ///
    /// - Throws: ``InvalidInput`` on `name` unless it has 1 to 120 characters.
    public func editProfile(_ changes: ProfileChanges, as caller: Caller) async throws -> Person {
        let name = changes.name?.trimmingWhitespace()
        if let name, !(1...120).contains(name.count) {
            throw InvalidInput("a name has 1 to 120 characters", field: "name")
        }
        return try await store.updatePerson(caller.personID, in: caller.workspaceID) { person in
            if let name { person.name = name }
            if let zone = changes.zone { person.zone = zone }
            if let language = changes.language { person.language = language }
        }
    }
}
