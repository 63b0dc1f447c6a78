import AtriumCore

/// Everything Atrium persists, as one value the services hold. SQLite implements it today;
/// PostgreSQL will implement the same protocols.
public typealias AtriumStore = WorkspaceStore & ClientStore & TimeEntryStore & AuditStore & AccountStore
    & ScheduleStore & RetainerStore & ImportStore & InvoiceStore & RateStore

/// Who makes a change and when: stamped on every audited write.
public struct AuditStamp: Sendable, Equatable {
    public var actorID: ID<Person>?
    public var at: Instant

    public init(actorID: ID<Person>?, at: Instant) {
        self.actorID = actorID
        self.at = at
    }
}

/// Workspaces and the people in them.
public protocol WorkspaceStore: Sendable {
    /// Stores a new workspace with its owner, in one transaction.
    func createWorkspace(_ workspace: Workspace, owner: Person, stamp: AuditStamp) async throws
    /// Every workspace, oldest first.
    func workspaces() async throws -> [Workspace]
    /// Every workspace's id, oldest first: what a command asks before anything else.
    func workspaceIDs() async throws -> [ID<Workspace>]
    /// - Throws: ``StoreError/notFound(_:)``.
    func workspace(_ id: ID<Workspace>) async throws -> Workspace
    /// Applies `change` to the workspace and stores it; a changed default rate is audited.
    func updateWorkspace(
        _ id: ID<Workspace>,
        stamp: AuditStamp,
        _ change: @Sendable (inout Workspace) throws -> Void
    ) async throws -> Workspace
    /// The workspace's people, oldest first.
    func people(in workspace: ID<Workspace>) async throws -> [Person]
    /// The workspace with its people, its clients and `parts`, read in one transaction (or kept from
    /// an earlier read while the workspace's revision stands).
    func snapshot(of workspace: ID<Workspace>, including parts: SnapshotParts) async throws -> WorkspaceSnapshot
    /// A number that differs from the last one returned whenever anything was committed to the
    /// store in between, by this process or another; nil when the store cannot tell cheaply, and
    /// then nothing may be kept on its strength. The server keeps ready responses while it stands.
    func dataVersion() -> Int64?
    /// Adds a person to a workspace.
    func insertPerson(_ person: Person) async throws
    /// Applies `change` to the person (name, zone, language, role) and stores them; a zone change
    /// recomputes their cached per-day totals, whose days are in their zone.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a person of another workspace.
    func updatePerson(
        _ id: ID<Person>,
        in workspace: ID<Workspace>,
        _ change: @Sendable (inout Person) throws -> Void
    ) async throws -> Person
    /// Replaces the clients a person is assigned to.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a person or client not in the workspace.
    func setAssignments(of person: ID<Person>, to clients: Set<ID<Client>>, in workspace: ID<Workspace>) async throws
}

/// Clients, their contacts and their projects.
public protocol ClientStore: Sendable {
    /// Every client of the workspace, archived ones included, by name.
    func clients(in workspace: ID<Workspace>) async throws -> [Client]
    /// Stores a new client and its contacts; its rate and rounding are audited.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when the name is taken.
    func insertClient(_ client: Client, contacts: [ClientContact], stamp: AuditStamp) async throws
    /// Applies `change` and stores the client with `newContacts`, in one transaction. Rate and
    /// rounding changes are audited; a rounding change recomputes the client's cached totals.
    func updateClient(
        _ id: ID<Client>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        addingContacts newContacts: [ClientContact],
        _ change: @Sendable (inout Client) throws -> Void
    ) async throws -> Client
    /// The client's contacts, primary first.
    func contacts(of client: ID<Client>, in workspace: ID<Workspace>) async throws -> [ClientContact]
    /// Every project of the workspace, archived ones included.
    func projects(in workspace: ID<Workspace>) async throws -> [Project]
    /// Stores a new project; its rate is audited.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when the client already has a project of that name.
    func insertProject(_ project: Project, stamp: AuditStamp) async throws
    /// Applies `change` and stores the project; a rate change is audited.
    func updateProject(
        _ id: ID<Project>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ change: @Sendable (inout Project) throws -> Void
    ) async throws -> Project
    /// Every task of the workspace, archived ones included, by name.
    func tasks(in workspace: ID<Workspace>) async throws -> [WorkTask]
    /// Stores a new task; its rate is audited.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when the client already has a task of that name,
    ///   ``StoreError/notFound(_:)`` for a client or project not in the workspace.
    func insertTask(_ task: WorkTask, stamp: AuditStamp) async throws
    /// Applies `change` (name, project, rate, archived) and stores the task; a rate change is audited.
    func updateTask(
        _ id: ID<WorkTask>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ change: @Sendable (inout WorkTask) throws -> Void
    ) async throws -> WorkTask
}

/// Which entry a write is about.
public enum EntrySelector: Sendable, Equatable {
    /// The entry with this number.
    case number(Int)
    /// The running timer of this person.
    case running(ID<Person>)
}

/// A filter for listing entries. Deleted entries are never listed.
public struct EntryQuery: Sendable, Equatable {
    /// Entries that start within this interval; all when nil.
    public var interval: Range<Instant>?
    public var personID: ID<Person>?
    public var clientID: ID<Client>?
    public var projectID: ID<Project>?
    /// Only the entries after this one in the list's order (start, then number): the next page.
    public var after: EntryPosition?
    /// At most this many, the first in the list's order.
    public var limit: Int?
    /// Newest first: the list's order reversed (start, then number, both descending), and ``after``
    /// then means older than that entry.
    public var newestFirst = false

    public init(
        interval: Range<Instant>? = nil,
        personID: ID<Person>? = nil,
        clientID: ID<Client>? = nil,
        projectID: ID<Project>? = nil
    ) {
        self.interval = interval
        self.personID = personID
        self.clientID = clientID
        self.projectID = projectID
    }
}

/// Where an entry stands in a list ordered by start, then number: where a page ends.
public struct EntryPosition: Sendable, Equatable {
    public var start: Instant
    public var number: Int

    public init(start: Instant, number: Int) {
        self.start = start
        self.number = number
    }

    /// The position of `entry`.
    public init(_ entry: TimeEntry) { self.init(start: entry.start, number: entry.number) }
}

/// Which entries a total covers.
public enum TotalsScope: Sendable, Equatable {
    /// Every entry, answered from totals kept current on every write: a few hundred rows.
    case allTime
    /// Entries whose start falls in the interval, answered by reading those entries.
    case startingIn(Range<Instant>)
    /// Entries whose start falls on these days *in their person's zone*, answered from the per-day
    /// totals. Equal to ``startingIn(_:)`` for a period in a zone every person shares.
    case personDays(ClosedRange<LocalDate>)
}

/// What starting a timer did.
public struct TimerStart: Sendable, Equatable {
    /// The timer that was running and has been stopped, if any.
    public var stopped: TimeEntry?
    public var started: TimeEntry

    public init(stopped: TimeEntry?, started: TimeEntry) {
        self.stopped = stopped
        self.started = started
    }
}

/// Time entries. Every write is one transaction that also appends to the audit trail and keeps
/// the per-day totals current.
public protocol TimeEntryStore: Sendable {
    /// The person's running timer, if any.
    func runningEntry(of person: ID<Person>, in workspace: ID<Workspace>) async throws -> TimeEntry?
    /// The entry with this number, deleted or not.
    ///
    /// - Throws: ``StoreError/notFound(_:)``.
    func entry(number: Int, in workspace: ID<Workspace>) async throws -> TimeEntry
    /// Live entries matching `query`, by start.
    func entries(in workspace: ID<Workspace>, matching query: EntryQuery) async throws -> [TimeEntry]
    /// Stops the person's running timer with `stopRunning` (if one runs), then stores `entry` as
    /// the new running timer with the next number, after `check` (when given) accepts it beside the
    /// person's entries near its interval.
    func startTimer(
        _ entry: TimeEntry,
        stamp: AuditStamp,
        check: (@Sendable (_ entry: TimeEntry, _ neighbours: [TimeEntry]) throws -> Void)?,
        stopRunning: @escaping @Sendable (inout TimeEntry) throws -> Void
    ) async throws -> TimerStart
    /// Gives `entry` the next number and stores it after `check` accepts it; `check` sees the
    /// person's entries near its interval, or none when `readsNeighbours` is false (overlaps are
    /// allowed: nothing to compare).
    func insertEntry(
        _ entry: TimeEntry,
        stamp: AuditStamp,
        readsNeighbours: Bool,
        check: @escaping @Sendable (_ entry: TimeEntry, _ neighbours: [TimeEntry]) throws -> Void
    ) async throws -> TimeEntry
    /// Stores many finished entries in one transaction, numbered in order, each audited as created.
    /// No overlap checks: imported history keeps its overlaps.
    func insertEntries(_ entries: [TimeEntry], stamp: AuditStamp) async throws -> [TimeEntry]
    /// Applies `change` to the selected live entry, lets `check` (when given) see the result and its
    /// person's neighbouring entries, and stores it. Returns the entry before and after, and what
    /// `change` returned.
    func updateEntry<Result: Sendable>(
        _ selector: EntrySelector,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        change: @escaping @Sendable (inout TimeEntry) throws -> Result,
        check: (@Sendable (_ entry: TimeEntry, _ neighbours: [TimeEntry]) throws -> Void)?
    ) async throws -> (before: TimeEntry, after: TimeEntry, result: Result)
    /// Marks the selected live entry deleted (it stays for the audit trail).
    func deleteEntry(_ selector: EntrySelector, in workspace: ID<Workspace>, stamp: AuditStamp) async throws
        -> TimeEntry
    /// Finished, live entries summed per client, project, person and billability, each entry
    /// rounded by its client's rule. See ``TotalsScope`` for which entries and how they are read.
    func entryTotals(in workspace: ID<Workspace>, _ scope: TotalsScope) async throws -> [EntryTotal]
}

/// The audit trail, read for verification.
public protocol AuditStore: Sendable {
    /// The head kept with the workspace.
    func auditHead(of workspace: ID<Workspace>) async throws -> AuditHead
    /// Folds `step` over the audit records in sequence order, until it returns false.
    func foldAuditRecords<State: Sendable>(
        in workspace: ID<Workspace>,
        into state: State,
        _ step: @Sendable (inout State, AuditRecord) -> Bool
    ) async throws -> State
    /// The workspace's billing records as stored, table by table (see ``WorkspaceDocument/billing``):
    /// what an export carries of them.
    func billingRecords(in workspace: ID<Workspace>) async throws -> [RecordTable]
    /// Folds `step` over every time entry (deleted ones too) as stored, in number order, in one
    /// read transaction, until it returns false: for streaming a whole workspace out without
    /// parsing and re-formatting a million ids.
    func foldStoredEntries<State: Sendable>(
        in workspace: ID<Workspace>,
        into state: State,
        _ step: @Sendable (inout State, StoredEntryText) throws -> Bool
    ) async throws -> State
    /// Folds `step` over every time entry (deleted ones too) with the `after` state of its latest
    /// audit record (nil when it has none), until it returns false.
    func foldEntriesWithAuditedState<State: Sendable>(
        in workspace: ID<Workspace>,
        into state: State,
        _ step: @Sendable (inout State, TimeEntry, String?) -> Bool
    ) async throws -> State
    /// The latest records, newest first.
    func recentAuditRecords(in workspace: ID<Workspace>, limit: Int) async throws -> [AuditRecord]
}

/// A time entry as the store holds it, ids as text and instants as seconds since the epoch.
public struct StoredEntryText: Sendable {
    public var number: Int
    public var id: String
    public var personID: String
    public var clientID: String
    public var projectID: String?
    public var start: Int64
    public var end: Int64?
    public var memo: String
    /// Tag names, sorted, separated by spaces.
    public var tagNames: String
    public var isBillable: Bool
    public var source: String
    public var createdAt: Int64
    public var deletedAt: Int64?
    /// The entry's own price (`hourly` or `fixed`, minor units, currency); nil when it has none.
    public var priceKind: String?
    public var priceMinor: Int64?
    public var priceCurrency: String?
    public var importKey: String?
    public var taskID: String?
}
