import AtriumCore
import Foundation

extension AtriumExportReader {
    /// One entry, checked against the records of the document it refers to.
    static func entry(_ fields: JSONFields, context: ExportEntries.Context) throws(ImportFileError) -> TimeEntry {
        let number = try fields.integer("number")
        guard number >= 1 else { throw fields.fail("number", "expected a whole number from 1") }
        let personID: ID<Person> = try fields.id("personId")
        guard context.people.contains(personID) else {
            throw fields.fail("personId", "no person in the document has this id")
        }
        let clientID: ID<Client> = try fields.id("clientId")
        guard context.clients[clientID] != nil else {
            throw fields.fail("clientId", "no client in the document has this id")
        }
        let taskID = try fields.readIfPresent("taskId") { try ID<WorkTask>($0).orThrow() }
        let projectID = try fields.readIfPresent("projectId") { try ID<Project>($0).orThrow() }
        if let projectID, context.projects[projectID]?.clientID != clientID {
            throw fields.fail("projectId", "no project of the entry's client in the document has this id")
        }
        let start = try fields.instant("start")
        let end = try fields.readIfPresent("end", JSONFields.instant)
        if let taskID {
            guard let task = context.tasks[taskID], task.clientID == clientID else {
                throw fields.fail("taskId", "no task of the entry's client in the document has this id")
            }
            if let home = task.projectID, home != projectID {
                throw fields.fail("taskId", "the task is in another project than the entry")
            }
        }
        var price: EntryPrice?
        if let value = fields.object["price"], !(value is NSNull) {
            let priced = try JSONFields(value, path: "\(fields.path).price", format: format)
            let currency = try priced.read("currency") { try Currency(code: $0) }
            price = try EntryPrice(
                kind: priced.string("kind"),
                minorUnits: priced.integer("amountMinor"),
                currency: currency
            )
            .orThrow(priced.fail("kind", "expected hourly or fixed"))
        }
        let entry = TimeEntry(
            id: try fields.id("id"),
            workspaceID: context.workspace,
            number: Int(number),
            personID: personID,
            clientID: clientID,
            projectID: projectID,
            taskID: taskID,
            start: start,
            end: end,
            memo: try fields.string("memo"),
            tags: try fields.array("tags").compactMap { ($0 as? String).map(TagName.init(stored:)) },
            isBillable: try fields.bool("billable"),
            source: try fields.read("source") { try EntrySource(rawValue: $0).orThrow() },
            createdAt: try fields.instant("createdAt"),
            deletedAt: try fields.readIfPresent("deletedAt", JSONFields.instant),
            price: price,
            importKey: try fields.optionalString("importKey")
        )
        // History is restored as it was, long or in the future; only an end before the start breaks
        // the rule every entry keeps.
        do {
            try entry.validateTimes(now: start, allowLong: true, allowFuture: true, allowEmpty: true)
        } catch {
            throw fields.fail("end", "it is before the start")
        }
        return entry
    }
}
