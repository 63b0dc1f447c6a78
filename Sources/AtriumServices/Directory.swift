import AtriumCore
import AtriumStore
import Foundation

/// What a use case needs to know about the caller's workspace, read in one transaction: the
/// workspace, the caller, its people and clients, and the parts of the snapshot the use case asked
/// for (all unless it says otherwise). Resolves the names people type.
public struct Directory: Sendable {
    /// The workspace as read, with its by-id tables.
    let snapshot: WorkspaceSnapshot
    public let person: Person
    /// The clients a member is assigned to; nil for an owner, who sees every client.
    public let assignedClientIDs: Set<ID<Client>>?
    /// Whom the directory was read for.
    let caller: Caller
    /// Whether the rates were taken out for showing (``shown(to:)``): kept so when parts are added.
    let ratesRemoved: Bool

    public var workspace: Workspace { snapshot.workspace }
    public var people: [Person] { snapshot.people }
    /// Every client of the workspace, for naming what the caller may see; lookups only find
    /// ``visibleClients``.
    public var clients: [Client] { snapshot.clients }
    public var projects: [Project] { snapshot.projects }
    /// Working hours of the clients and people that have them.
    public var clientHours: [ID<Client>: WeeklyHours] { snapshot.clientHours }
    public var personHours: [ID<Person>: WeeklyHours] { snapshot.personHours }
    /// People's own rates for clients.
    public var personRates: [PersonRate] { snapshot.personRates }

    /// The caller's view of `snapshot`.
    init(
        _ snapshot: WorkspaceSnapshot,
        person: Person,
        assignedClientIDs: Set<ID<Client>>?,
        caller: Caller,
        ratesRemoved: Bool = false
    ) {
        self.snapshot = snapshot
        self.person = person
        self.assignedClientIDs = assignedClientIDs
        self.caller = caller
        self.ratesRemoved = ratesRemoved
    }

    /// The caller's directory with `parts` of the workspace beyond its people and clients (all by
    /// default; a member's assignments always).
    static func load(_ store: any AtriumStore, for caller: Caller, including parts: SnapshotParts = .all)
        async throws -> Directory
    {
        let isOwner = caller.role == .owner
        let snapshot = try await store.snapshot(
            of: caller.workspaceID,
            including: isOwner ? parts : parts.union(.assignments)
        )
        guard let person = snapshot.peopleByID[caller.personID] else {
            throw StoreError.notFound("The person")
        }
        return Directory(
            snapshot,
            person: person,
            assignedClientIDs: isOwner ? nil : snapshot.assignments[person.id] ?? [],
            caller: caller
        )
    }

    /// This directory with `parts` too (without rates still, if it was shown without them); itself
    /// when it has them.
    func including(_ parts: SnapshotParts, from store: any AtriumStore) async throws -> Directory {
        if snapshot.parts.isSuperset(of: parts) { return self }
        let loaded = try await Directory.load(store, for: caller, including: snapshot.parts.union(parts))
        return ratesRemoved ? loaded.shown(to: caller) : loaded
    }

    /// This directory with what ``view(_:now:)`` reads to name `entries`' projects and tasks, for
    /// showing entries just written: when those cannot be read, the entries are shown without the
    /// names rather than the write reported as failed.
    func viewing(_ entries: [TimeEntry], from store: any AtriumStore) async -> Directory {
        var parts: SnapshotParts = []
        if entries.contains(where: { $0.projectID != nil }) { parts.insert(.projects) }
        if entries.contains(where: { $0.taskID != nil }) { parts.insert(.tasks) }
        do {
            return try await including(parts, from: store)
        } catch {
            return Directory(
                snapshot.assuming(parts),
                person: person,
                assignedClientIDs: assignedClientIDs,
                caller: caller,
                ratesRemoved: ratesRemoved
            )
        }
    }

    /// The workspace's rate chain: its default rate and people's rates for clients.
    public var rateCard: RateCard {
        RateCard(workspaceDefault: workspace.defaultRate, personRates: personRates)
    }

    /// The clients the caller may see: all for an owner, the assigned ones for a member.
    public var visibleClients: [Client] { clients.filter(canSee) }

    /// The projects of ``visibleClients``.
    public var visibleProjects: [Project] {
        projects.filter { project in assignedClientIDs?.contains(project.clientID) ?? true }
    }

    public func canSee(_ client: Client) -> Bool { assignedClientIDs?.contains(client.id) ?? true }

    /// Owners see every entry; members their own and those of the clients they are assigned to.
    public func canSee(_ entry: TimeEntry) -> Bool {
        entry.personID == person.id || (assignedClientIDs?.contains(entry.clientID) ?? true)
    }

    /// Whether a total (one client, project, person and billability) is in the caller's view.
    func canSee(_ total: EntryTotal) -> Bool {
        total.personID == person.id || (assignedClientIDs?.contains(total.clientID) ?? true)
    }

    /// Now and the caller's zone, for reading times they type.
    func timeContext(now: Instant) -> TimeContext { TimeContext(now: now, zone: person.zone) }

    public func client(_ id: ID<Client>) -> Client? { snapshot.clientsByID[id] }
    public func project(_ id: ID<Project>?) -> Project? { id.flatMap { snapshot.projectsByID[$0] } }
    public func personName(_ id: ID<Person>) -> String { snapshot.peopleByID[id]?.name ?? "?" }

    /// The client a person means by `name` (unique prefix, case- and accent-insensitive).
    ///
    /// Active clients are matched first; archived ones only when no active one matches.
    /// - Throws: ``LookupError`` listing the candidates.
    public func client(named name: String) throws -> Client {
        let clients = visibleClients
        return try NameLookup.find(
            name,
            preferring: clients.filter { !$0.isArchived },
            in: clients,
            kind: "client",
            name: \.name
        )
    }

    /// The project of `client` a person means by `name`.
    ///
    /// - Throws: ``LookupError`` listing the client's projects.
    public func project(named name: String, of client: Client) throws -> Project {
        let own = projects.filter { $0.clientID == client.id }
        return try NameLookup.find(
            name,
            preferring: own.filter { !$0.isArchived },
            in: own,
            kind: "project of \(client.name)",
            name: \.name
        )
    }

    /// The person of the workspace a name means (unique prefix, case- and accent-insensitive).
    ///
    /// - Throws: ``LookupError`` listing the people.
    public func person(named name: String) throws -> Person {
        try NameLookup.find(name, in: people, kind: "person", name: \.name)
    }

    /// Reads `client` or `client/project`.
    ///
    /// - Throws: ``LookupError`` for an unknown or ambiguous name, ``InvalidInput`` for an empty one.
    public func target(_ text: String) throws -> (client: Client, project: Project?) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            throw InvalidInput("name a client, or a client and project as client/project", field: "client")
        }
        guard let slash = trimmed.firstIndex(of: "/") else { return (try client(named: trimmed), nil) }
        let client = try client(named: String(trimmed[..<slash]))
        let projectName = String(trimmed[trimmed.index(after: slash)...])
        guard !projectName.trimmingWhitespace().isEmpty else { return (client, nil) }
        return (client, try project(named: projectName, of: client))
    }

    /// The client and project given by id (the API), else by name as typed.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for an id not in this workspace, ``InvalidInput`` for a
    ///   project of another client, or the errors of ``target(_:)``.
    public func target(named name: String?, clientID: ID<Client>?, projectID: ID<Project>?) throws -> (
        client: Client, project: Project?
    ) {
        guard let clientID else { return try target(name ?? "") }
        guard let client = client(clientID), canSee(client) else { throw StoreError.notFound("The client") }
        guard let projectID else { return (client, nil) }
        guard let project = project(projectID), project.clientID == client.id else {
            throw InvalidInput("that project is not one of \(client.name)'s", field: "projectId")
        }
        return (client, project)
    }

    /// A one-line reference to an entry for messages: `#12 2026-11-22 14:00–15:30 Acme Realty`.
    func reference(_ entry: TimeEntry) -> EntryReference {
        let start = person.zone.localDateTime(at: entry.start)
        let end = entry.end.map { person.zone.localDateTime(at: $0).time.description } ?? "running"
        let name = client(entry.clientID)?.name ?? "?"
        return EntryReference(number: entry.number, text: "#\(entry.number) \(start)–\(end) \(name)")
    }
}
