import AtriumCore
import GRDB

extension SQLiteStore {
    public func restoreWorkspace(
        _ document: WorkspaceDocument,
        moreEntries: @escaping @Sendable () throws -> TimeEntry?,
        at: Instant
    ) async throws -> Int {
        guard let owner = document.owner else { throw StoreError.conflict("The document names no owner.") }
        return try await write { db in
            let id = document.workspace.id
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM workspaces WHERE id = ?", arguments: [id]) == true {
                throw StoreError.conflict(
                    "This data already holds the workspace \(document.workspace.name): restore into an empty data directory."
                )
            }
            let stamp = AuditStamp(actorID: owner.id, at: at)
            try Self.createWorkspace(db, document.workspace, owner: owner, stamp: stamp)
            for person in document.people where person.id != owner.id { try Self.insertPerson(db, person) }
            for (person, hours) in document.personHours {
                try Self.setWorkingHours(db, hours, of: .person(person), in: id)
            }
            for client in document.clients {
                try Self.insertClient(db, client, contacts: document.contacts[client.id] ?? [], stamp: stamp)
            }
            for (client, hours) in document.clientHours {
                try Self.setWorkingHours(db, hours, of: .client(client), in: id)
            }
            for project in document.projects { try Self.insertProject(db, project, stamp: stamp) }
            for task in document.tasks { try Self.insertTask(db, task, stamp: stamp) }
            for (person, clients) in document.assignments {
                try Self.setAssignments(db, of: person, to: clients, in: id)
            }
            try Self.insertScheduleItems(db, document.schedule)
            for rate in document.personRates {
                try Self.setPersonRate(
                    db,
                    rate.rate,
                    person: rate.personID,
                    client: rate.clientID,
                    in: id,
                    stamp: stamp
                )
            }
            try Self.saveExchangeRates(db, document.exchangeRates, in: id)
            let writer = try SQLiteEntryImport(db, workspace: id, stamp: stamp)
            var written = 0
            func add(_ entry: TimeEntry) throws {
                guard try writer.addEntry(entry) else {
                    throw StoreError.conflict(
                        "Entry #\(entry.number) has the import key of an earlier entry of the document."
                    )
                }
                written += 1
            }
            for entry in document.entries { try add(entry) }
            while let entry = try moreEntries() { try add(entry) }
            try writer.finish()
            try Self.restoreBillingRecords(db, document.billing, in: id)
            return written
        }
    }
}
