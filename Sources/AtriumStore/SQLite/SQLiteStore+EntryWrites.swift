import AtriumCore
import GRDB

extension SQLiteStore: TimeEntryStore {
    public func startTimer(
        _ entry: TimeEntry,
        stamp: AuditStamp,
        check: (@Sendable (_ entry: TimeEntry, _ neighbours: [TimeEntry]) throws -> Void)?,
        stopRunning: @escaping @Sendable (inout TimeEntry) throws -> Void
    ) async throws -> TimerStart {
        try await groupedWrite { db in
            var totals = DayTotals(workspace: entry.workspaceID)
            var stopped: TimeEntry?
            if var running = try Self.runningEntry(db, person: entry.personID, workspace: entry.workspaceID) {
                let before = running
                try stopRunning(&running)
                try Self.store(db, before: before, after: running, stamp: stamp, totals: &totals)
                stopped = running
            }
            // After the running timer stopped: it ends where the new one starts.
            if let check { try check(entry, try Self.neighbours(db, of: entry)) }
            let started = try Self.insert(db, entry, stamp: stamp, totals: &totals)
            try totals.flush(db)
            return TimerStart(stopped: stopped, started: started)
        }
    }

    public func insertEntry(
        _ entry: TimeEntry,
        stamp: AuditStamp,
        readsNeighbours: Bool,
        check: @escaping @Sendable (_ entry: TimeEntry, _ neighbours: [TimeEntry]) throws -> Void
    ) async throws -> TimeEntry {
        try await groupedWrite { db in
            try check(entry, readsNeighbours ? try Self.neighbours(db, of: entry) : [])
            var totals = DayTotals(workspace: entry.workspaceID)
            let stored = try Self.insert(db, entry, stamp: stamp, totals: &totals)
            try totals.flush(db)
            return stored
        }
    }

    public func insertEntries(_ entries: [TimeEntry], stamp: AuditStamp) async throws -> [TimeEntry] {
        guard let workspace = entries.first?.workspaceID else { return [] }
        return try await groupedWrite { db in
            var totals = DayTotals(workspace: workspace)
            let stored = try entries.map { try Self.insert(db, $0, stamp: stamp, totals: &totals) }
            try totals.flush(db)
            return stored
        }
    }

    public func updateEntry<Result: Sendable>(
        _ selector: EntrySelector,
        in workspace: ID<Workspace>,
        stamp: AuditStamp,
        change: @escaping @Sendable (inout TimeEntry) throws -> Result,
        check: (@Sendable (_ entry: TimeEntry, _ neighbours: [TimeEntry]) throws -> Void)?
    ) async throws -> (before: TimeEntry, after: TimeEntry, result: Result) {
        try await groupedWrite { db in
            let before = try Self.liveEntry(db, selector, workspace: workspace)
            var after = before
            let result = try change(&after)
            after.id = before.id
            after.number = before.number
            after.workspaceID = before.workspaceID
            if let check { try check(after, try Self.neighbours(db, of: after)) }
            var totals = DayTotals(workspace: workspace)
            try Self.store(db, before: before, after: after, stamp: stamp, totals: &totals)
            try totals.flush(db)
            return (before, after, result)
        }
    }

    public func deleteEntry(_ selector: EntrySelector, in workspace: ID<Workspace>, stamp: AuditStamp) async throws
        -> TimeEntry
    {
        try await groupedWrite { db in
            let before = try Self.liveEntry(db, selector, workspace: workspace)
            var after = before
            after.deletedAt = stamp.at
            var totals = DayTotals(workspace: workspace)
            try Self.store(db, before: before, after: after, stamp: stamp, totals: &totals)
            try totals.flush(db)
            return after
        }
    }

    private static func liveEntry(_ db: Database, _ selector: EntrySelector, workspace: ID<Workspace>) throws
        -> TimeEntry
    {
        switch selector {
        case .number(let number):
            let entry = try entry(db, number: number, workspace: workspace)
            guard !entry.isDeleted else { throw EntryError.alreadyDeleted(number: number) }
            try requireNotHeld(db, number: number, workspace: workspace)
            return entry
        case .running(let person):
            guard let entry = try runningEntry(db, person: person, workspace: workspace) else {
                throw EntryError.noRunningTimer
            }
            return entry
        }
    }

    /// Refuses to change an entry that an invoice holds: an issued one bills it (void the invoice
    /// first), and a draft's lines were made from it as it was (discard the draft first), so a change
    /// would leave the invoice billing time that is no longer there.
    private static func requireNotHeld(_ db: Database, number: Int, workspace: ID<Workspace>) throws {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT i.status, i.number, i.draft_number FROM entry_reservations r
                    JOIN invoices i ON i.workspace_id = r.workspace_id AND i.draft_number = r.invoice_draft_number
                        AND i.kind = 'invoice'
                    WHERE r.workspace_id = ? AND r.entry_number = ?
                    """,
                arguments: [workspace, number]
            )
        else { return }
        let status: String = row[0]
        if status == Invoice.Status.draft.rawValue {
            let draft = Invoice.draftReference(row[2])
            throw StoreError.conflict(
                "Entry #\(number) is on draft \(draft), which was made from it as it is. "
                    + "Discard the draft to change it, then draft again."
            )
        }
        let invoice: String = row[1] ?? "?"
        throw StoreError.conflict(
            "Entry #\(number) is billed on invoice \(invoice): it is locked. Void the invoice to change it."
        )
    }

    /// Inserts `entry` with the workspace's next number, its tags, its audit record and its totals.
    private static func insert(_ db: Database, _ entry: TimeEntry, stamp: AuditStamp, totals: inout DayTotals) throws
        -> TimeEntry
    {
        var stored = entry
        stored.number =
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM time_entries WHERE workspace_id = ?"),
                arguments: [entry.workspaceID]
            ) ?? 1
        do {
            try db.run(
                """
                INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, project_id, task_id,
                    started_at, ended_at, memo, is_billable, source, created_at, deleted_at, price_kind, price_minor,
                    price_currency, import_key, tag_names)
                VALUES (:id, :workspace_id, :number, :person_id, :client_id, :project_id, :task_id, :started_at,
                    :ended_at, :memo, :is_billable, :source, :created_at, :deleted_at, :price_kind, :price_minor,
                    :price_currency, :import_key, :tag_names)
                """,
                arguments: stored.databaseArguments &+ ["tag_names": stored.tagNames]
            )
        } catch let error as DatabaseError where error.isRepeatedKey {
            throw conflict(error, inserting: stored)
        }
        try linkTags(db, stored)
        try appendAudit(
            db,
            workspace: stored.workspaceID,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: .created,
                entity: AuditEntity(kind: .timeEntry, id: stored.id.description),
                summary: "time entry #\(stored.number) created",
                before: nil,
                after: AuditState.json(AuditState.Entry(stored))
            )
        )
        try totals.add(db, stored, sign: 1)
        return stored
    }

    /// Writes a changed entry with its audit record, moving its contribution in the totals.
    static func store(
        _ db: Database,
        before: TimeEntry,
        after: TimeEntry,
        stamp: AuditStamp,
        totals: inout DayTotals
    ) throws {
        guard before != after else { return }
        // Only the columns that changed: SQLite then checks only their foreign keys and rewrites only
        // the indexes that hold them (a stop sets `ended_at` alone).
        let changed = after.columnsChanged(since: before)
        if !changed.isEmpty {
            let assignments = changed.map { "\($0) = :\($0)" }.joined(separator: ", ")
            try db.run(
                "UPDATE time_entries SET \(assignments) WHERE id = :id AND workspace_id = :workspace_id",
                arguments: after.databaseArguments
            )
        }
        if before.tags != after.tags { try writeTags(db, after) }
        let action: AuditAction = after.isDeleted && !before.isDeleted ? .deleted : .edited
        try appendAudit(
            db,
            workspace: after.workspaceID,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: action,
                entity: AuditEntity(kind: .timeEntry, id: after.id.description),
                summary: "time entry #\(after.number) \(action.rawValue)",
                before: AuditState.json(AuditState.Entry(before)),
                after: AuditState.json(AuditState.Entry(after))
            )
        )
        try totals.add(db, before, sign: -1)
        try totals.add(db, after, sign: 1)
    }

    /// Puts a changed entry's new tags in place of its old ones.
    private static func writeTags(_ db: Database, _ entry: TimeEntry) throws {
        try db.run("UPDATE time_entries SET tag_names = ? WHERE id = ?", arguments: [entry.tagNames, entry.id])
        try db.run("DELETE FROM time_entry_tags WHERE entry_id = ?", arguments: [entry.id])
        try linkTags(db, entry)
    }

    /// Links the entry to its tags, making those the workspace does not have yet.
    private static func linkTags(_ db: Database, _ entry: TimeEntry) throws {
        for tag in entry.tags {
            try db.run(
                "INSERT INTO tags (id, workspace_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [ID<TagName>(), entry.workspaceID, tag.name]
            )
            try db.run(
                """
                INSERT INTO time_entry_tags (entry_id, tag_id, workspace_id)
                SELECT ?, id, workspace_id FROM tags WHERE workspace_id = ? AND name = ?
                """,
                arguments: [entry.id, entry.workspaceID, tag.name]
            )
        }
    }
}

extension SQLiteStore {
    /// What a repeated key means when `entry` is inserted, read from SQLite's message, which names
    /// the columns of the index (`UNIQUE constraint failed: time_entries.person_id`).
    static func conflict(_ error: DatabaseError, inserting entry: TimeEntry) -> StoreError {
        let message = error.message ?? ""
        if message.hasSuffix("time_entries.person_id") {
            return .conflict("A timer is already running for this person.")
        }
        if message.hasSuffix("time_entries.number") {
            return .conflict("Entry number \(entry.number) is already taken.")
        }
        if message.hasSuffix("time_entries.id") {
            return .conflict("An entry with the id \(entry.id) is already there.")
        }
        return .conflict("The entry repeats a key of one already there.")
    }

    /// The refusal of a restored entry (one keeping its number from the document) whose key
    /// another entry of the document holds.
    static func conflict(_ error: DatabaseError, restoring entry: TimeEntry) -> StoreError {
        let message = error.message ?? ""
        if message.hasSuffix("time_entries.person_id") {
            return .conflict("Entry #\(entry.number) is a second running timer of its person in the document.")
        }
        if message.hasSuffix("time_entries.id") {
            return .conflict("Entry #\(entry.number) has the id \(entry.id) of an earlier entry of the document.")
        }
        return .conflict("Entry #\(entry.number) repeats the number or a key of an earlier entry of the document.")
    }
}
