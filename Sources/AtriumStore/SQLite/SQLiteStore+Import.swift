import AtriumCore
import GRDB

extension SQLiteStore: ImportStore {
    public func importEntries<Result: Sendable>(
        into workspace: ID<Workspace>,
        stamp: AuditStamp,
        _ body: @Sendable (any EntryImport) throws -> ImportOutcome<Result>
    ) async throws -> Result {
        do {
            return try await write { db in
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
    private var head: AuditHead
    private var nextNumber: Int
    private var tagIDs: [String: String] = [:]
    private var totals: DayTotals
    private var running: Set<ID<Person>> = []
    private var added = 0

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

    func hasRunningTimer(_ person: ID<Person>) throws -> Bool {
        if running.contains(person) { return true }
        return try SQLiteStore.runningEntry(db, person: person, workspace: workspace.id) != nil
    }

    func addEntry(_ entry: TimeEntry) throws -> Bool {
        var stored = entry
        // A restored entry keeps its number; an imported one takes the next.
        stored.number = entry.number > 0 ? entry.number : nextNumber
        // Positional arguments: a million rows spare a dictionary each.
        let arguments: StatementArguments = [
            stored.id, workspace.id, stored.number, stored.personID, stored.clientID, stored.projectID,
            stored.start.secondsSinceEpoch, stored.end?.secondsSinceEpoch, stored.memo, stored.isBillable,
            stored.source.rawValue, stored.createdAt.secondsSinceEpoch, stored.deletedAt?.secondsSinceEpoch,
            stored.price?.kind, stored.price?.money.minorUnits, stored.price?.money.currency.code, stored.importKey,
            stored.tags.map(\.name).joined(separator: " "),
        ]
        do {
            try db.run(
                """
                INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, project_id, started_at,
                    ended_at, memo, is_billable, source, created_at, deleted_at, price_kind, price_minor,
                    price_currency, import_key, tag_names)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
                """,
                arguments: arguments
            )
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.conflict("A timer is already running for this person.")
        }
        guard db.changesCount > 0 else { return false }
        nextNumber = max(nextNumber, stored.number + 1)
        if stored.isRunning { running.insert(stored.personID) }
        for tag in stored.tags {
            try db.run(
                "INSERT INTO time_entry_tags (entry_id, tag_id, workspace_id) VALUES (?, ?, ?)",
                arguments: [stored.id, try tagID(tag.name), workspace.id]
            )
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
        try SQLiteStore.insertAuditRecord(db, record)
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
