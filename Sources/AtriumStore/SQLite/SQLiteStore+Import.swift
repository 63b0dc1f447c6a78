import AtriumCore
import Foundation
import GRDB

extension SQLiteStore: ImportStore {
    public func importEntries<Result: Sendable>(
        into workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ body: @Sendable (any EntryImport) throws -> ImportOutcome<Result>
    ) async throws -> Result {
        do {
            // Every row written refers to the workspace, or to people, clients, projects, tags and entries
            // read or made in this transaction: nothing for SQLite to look up.
            return try await write(checkingForeignKeys: false) { db in
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                let writer = try SQLiteEntryImport(db, workspace: workspace, stamp: stamp)
                switch try body(writer) {
                case .commit(let result):
                    try writer.finish()
                    return result
                case .rollback(let result):
                    throw ImportRollback(result: result)
                }
            }
        } catch let rollback as ImportRollback<Result> {
            return rollback.result
        }
    }
}

/// Thrown out of the transaction to discard it, carrying what the import found.
private struct ImportRollback<Result: Sendable>: Error {
    let result: Result
}

/// The writes of one import on one SQLite connection: the audit head, the next entry number, the
/// tag ids and the totals are kept in memory and written once at the end.
final class SQLiteEntryImport: EntryImport {
    private let db: Database
    private let stamp: AuditStamp
    let workspace: Workspace
    private(set) var people: [Person]
    private(set) var clients: [Client]
    private(set) var projects: [Project]
    private(set) var tasks: [WorkTask]
    private var head: AuditHead
    private var nextNumber: Int
    private var tagIDs: [String: String] = [:]
    private var totals: DayTotals
    private var running: Set<ID<Person>> = []
    private var added = 0
    private let insertEntry: RawStatement
    private let insertTag: RawStatement
    private let insertAudit: RawStatement
    /// The workspace's id as text, bound on every row.
    private let workspaceText: String
    /// The text of each person, client and project id met so far.
    private var idTexts = IDTexts()

    /// Starts an import on `db` inside its transaction. A large import touches every page of the
    /// entry and audit indexes: a bigger page cache (64 MiB; the caller puts the old size back)
    /// keeps them from being spilled to the WAL and read back mid-transaction.
    init(_ db: Database, workspace id: ID<Workspace>, stamp: AuditStamp) throws {
        try db.execute(sql: "PRAGMA cache_size = -65536")
        self.db = db
        self.stamp = stamp
        workspace = try SQLiteStore.workspace(db, id)
        people = try SQLiteStore.people(db, id)
        clients = try SQLiteStore.clients(db, id)
        projects = try SQLiteStore.projects(db, id)
        tasks = try SQLiteStore.tasks(db, id)
        head = try SQLiteStore.auditHead(db, workspace: id)
        nextNumber =
            try Int.fetchOne(
                db,
                sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM time_entries WHERE workspace_id = ?",
                arguments: [id]
            )
            ?? 1
        for row in try Row.fetchAll(db, sql: "SELECT name, id FROM tags WHERE workspace_id = ?", arguments: [id]) {
            tagIDs[row[0]] = row[1]
        }
        totals = DayTotals(workspace: id)
        workspaceText = id.description
        insertEntry = try RawStatement(
            db,
            sql: """
                INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, project_id, started_at,
                    ended_at, memo, is_billable, source, created_at, deleted_at, price_kind, price_minor,
                    price_currency, import_key, tag_names, task_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
                """
        )
        insertTag = try RawStatement(
            db,
            sql: "INSERT INTO time_entry_tags (entry_id, tag_id, workspace_id) VALUES (?, ?, ?)"
        )
        insertAudit = try RawStatement(db, sql: SQLiteStore.insertAuditSQL)
    }

    var tagNames: Set<String> { Set(tagIDs.keys) }

    func addPerson(_ person: Person) throws {
        try SQLiteStore.insertPerson(db, person)
        people.append(person)
    }

    func addClient(_ client: Client) throws {
        try withStoredHead { try SQLiteStore.insertClient(db, client, contacts: [], stamp: stamp) }
        clients.append(client)
    }

    func addProject(_ project: Project) throws {
        try withStoredHead { try SQLiteStore.insertProject(db, project, stamp: stamp) }
        projects.append(project)
    }

    func addTask(_ task: WorkTask) throws {
        try withStoredHead { try SQLiteStore.insertTask(db, task, stamp: stamp) }
        tasks.append(task)
    }

    func releaseTaskFromProject(_ task: ID<WorkTask>) throws {
        try db.run(
            "UPDATE tasks SET project_id = NULL WHERE id = ? AND workspace_id = ?",
            arguments: [task, workspace.id]
        )
        if let index = tasks.firstIndex(where: { $0.id == task }) { tasks[index].projectID = nil }
    }

    func hasRunningTimer(_ person: ID<Person>) throws -> Bool {
        if running.contains(person) { return true }
        return try SQLiteStore.runningEntry(db, person: person, workspace: workspace.id) != nil
    }

    func importedEntry(of person: ID<Person>, keyPrefix: String) throws -> TimeEntry? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(TimeEntry.selection) FROM time_entries e
                WHERE e.workspace_id = ? AND e.import_key >= ? AND e.import_key < ?
                    AND e.person_id = ? AND e.deleted_at IS NULL
                """
        )
        // The keys starting with the prefix, a short range of the key index: the prefix ends in a
        // colon, and nothing sorts between it and the same text ending in the next character.
        let end = String(keyPrefix.dropLast()) + ";"
        statement.arguments = [workspaceText, keyPrefix, end, person]
        return try TimeEntry.fetchOne(statement)
    }

    func stop(_ entry: TimeEntry, at end: Instant) throws {
        var stopped = entry
        stopped.end = end
        try withStoredHead { try SQLiteStore.store(db, before: entry, after: stopped, stamp: stamp, totals: &totals) }
        running.remove(entry.personID)
    }

    func addEntry(_ entry: TimeEntry) throws -> Bool {
        var stored = entry
        // A restored entry keeps its number; an imported one takes the next.
        stored.number = entry.number > 0 ? entry.number : nextNumber
        let entryID = stored.id.description
        let statement = insertEntry
        statement.bind(1, entryID)
        statement.bind(2, workspaceText)
        statement.bind(3, Int64(stored.number))
        statement.bind(4, idTexts.text(of: stored.personID))
        statement.bind(5, idTexts.text(of: stored.clientID))
        statement.bind(6, stored.projectID.map { idTexts.text(of: $0) })
        statement.bind(7, stored.start.secondsSinceEpoch)
        statement.bind(8, stored.end?.secondsSinceEpoch)
        statement.bind(9, stored.memo)
        statement.bind(10, stored.isBillable)
        statement.bind(11, stored.source.rawValue)
        statement.bind(12, stored.createdAt.secondsSinceEpoch)
        statement.bind(13, stored.deletedAt?.secondsSinceEpoch)
        statement.bind(14, stored.price?.kind)
        statement.bind(15, stored.price?.money.minorUnits)
        statement.bind(16, stored.price?.money.currency.code)
        statement.bind(17, stored.importKey)
        statement.bind(18, stored.tagNames)
        statement.bind(19, stored.taskID?.description)
        let changes: Int
        do {
            changes = try statement.run()
        } catch let error as DatabaseError where error.isRepeatedKey {
            throw entry.number > 0
                ? SQLiteStore.conflict(error, restoring: stored) : SQLiteStore.conflict(error, inserting: stored)
        }
        guard changes > 0 else { return false }
        nextNumber = max(nextNumber, stored.number + 1)
        if stored.isRunning { running.insert(stored.personID) }
        for tag in stored.tags {
            insertTag.bind(1, entryID)
            insertTag.bind(2, try tagID(tag.name))
            insertTag.bind(3, workspaceText)
            try insertTag.run()
        }
        let record = AuditChain.seal(
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: .created,
                entity: AuditEntity(kind: .timeEntry, id: stored.id.description),
                summary: "time entry #\(stored.number) \(entry.number > 0 ? "restored" : "imported")",
                before: nil,
                after: AuditState.json(AuditState.Entry(stored))
            ),
            workspaceID: workspace.id,
            after: head
        )
        SQLiteStore.bind(record, to: insertAudit)
        try insertAudit.run()
        head = AuditHead(sequence: record.sequence, hash: record.hash)
        try totals.add(db, stored, sign: 1)
        added += 1
        if added % 20_000 == 0 {
            // The sums of a long import touch hundreds of thousands of (day, project, person) rows:
            // write them now and then rather than holding them all.
            try totals.flush(db)
            totals = DayTotals(workspace: workspace.id)
        }
        return true
    }

    /// Writes the totals and the audit head kept in memory.
    func finish() throws {
        try totals.flush(db)
        try storeHead()
    }

    private func tagID(_ name: String) throws -> String {
        if let id = tagIDs[name] { return id }
        let id = ID<TagName>().description
        try db.run("INSERT INTO tags (id, workspace_id, name) VALUES (?, ?, ?)", arguments: [id, workspace.id, name])
        tagIDs[name] = id
        return id
    }

    /// Runs a write that appends to the audit chain through the workspace's stored head.
    private func withStoredHead(_ write: () throws -> Void) throws {
        try storeHead()
        try write()
        head = try SQLiteStore.auditHead(db, workspace: workspace.id)
    }

    private func storeHead() throws {
        try db.run(
            "UPDATE workspaces SET audit_head_sequence = ?, audit_head_hash = ? WHERE id = ?",
            arguments: [head.sequence, head.hash, workspace.id]
        )
    }
}
