import AtriumCore

/// Bringing in another tool's history in one transaction: all of it or none.
public protocol ImportStore: Sendable {
    /// Runs `body` inside one write transaction of `workspace` with an ``EntryImport`` to add
    /// people, clients, projects and entries; keeps the writes when `body` returns
    /// ``ImportOutcome/commit(_:)`` and discards them (a dry run, or refused problems) on
    /// ``ImportOutcome/rollback(_:)`` or a thrown error.
    func importEntries<Result: Sendable>(
        into workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ body: @Sendable (any EntryImport) throws -> ImportOutcome<Result>
    ) async throws -> Result

    /// Writes `document` back as a new workspace, in one transaction: ids, entry numbers and
    /// instants as they were; every client, project and entry audited as restored by its owner at
    /// `at`. The entries are the document's followed by those `moreEntries` hands over until it
    /// returns nil, each written as it comes (a restore read from a file as it is written); an
    /// error it throws discards the whole restore.
    ///
    /// - Returns: How many entries were written.
    /// - Throws: ``StoreError/conflict(_:)`` when the store already holds that workspace, an entry's
    ///   id is already there, or two entries have one number or import key (the caller checks the
    ///   rest; see `ExportEntries`).
    func restoreWorkspace(
        _ document: WorkspaceDocument,
        moreEntries: @escaping @Sendable () throws -> TimeEntry?,
        at: Instant
    ) async throws -> Int
}

/// Whether an import's writes are kept.
public enum ImportOutcome<Result: Sendable>: Sendable {
    case commit(Result)
    case rollback(Result)
}

/// The writes of one import, inside its transaction. Every write is audited as the same writes
/// outside an import are.
public protocol EntryImport: AnyObject {
    /// The workspace as it was when the import began.
    var workspace: Workspace { get }
    /// Its people, clients, projects and tasks, including those added so far.
    var people: [Person] { get }
    var clients: [Client] { get }
    var projects: [Project] { get }
    var tasks: [WorkTask] { get }
    /// The names of the workspace's tags, including those added so far.
    var tagNames: Set<String> { get }
    func addPerson(_ person: Person) throws
    func addClient(_ client: Client) throws
    func addProject(_ project: Project) throws
    func addTask(_ task: WorkTask) throws
    /// Takes the task out of its project: entries of any project of its client may then be on it.
    func releaseTaskFromProject(_ task: ID<WorkTask>) throws
    /// Adds `entry` with the next number, its tags, audit record and totals; returns false, and
    /// writes nothing, when an entry with the same ``TimeEntry/importKey`` is already there.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` for a second running timer of one person.
    func addEntry(_ entry: TimeEntry) throws -> Bool
    /// Whether `person` has a running timer (before or during the import).
    func hasRunningTimer(_ person: ID<Person>) throws -> Bool
    /// The live entry of `person` that an import made with a key starting `keyPrefix` (see
    /// ``ImportKey/prefix(format:sortKey:)``), if one did.
    func importedEntry(of person: ID<Person>, keyPrefix: String) throws -> TimeEntry?
    /// Ends `entry`, a running timer an earlier import made, at `end`: its row, audit record and totals.
    func stop(_ entry: TimeEntry, at end: Instant) throws
}
