import AtriumCore
import Foundation

/// Reads Atrium's own `atrium-export` document (versions 1 to 5; 3 adds people's rates and exchange
/// rates, 4 the billing records, 5 tasks) back into a ``WorkspaceDocument``:
/// every id, number and instant as exported, so that exporting the restored workspace gives the
/// same document.
///
/// Everything but the entries is read whole (Foundation's JSON parser); the entries, which a large
/// workspace has a million of, are read a batch at a time as the restore writes them
/// (``ExportEntries``), so a restore holds a thousand of them at a time, not all.
public enum AtriumExportReader {
    static let format = "Atrium"

    /// Opens the export at `path`: reads everything but its entries, and checks it, now; the entries
    /// come from the stream returned, checked one by one as they are read.
    ///
    /// - Throws: ``ImportFileError`` naming the first field that cannot be read (`clients[2].zone: …`).
    public static func open(path: String) throws(ImportFileError) -> Opened {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be opened")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            // The entries are read by a second reader of the same open file, not of the path: an export
            // replaced meanwhile (another file renamed to its name, as editors save) is not read half.
            let whole = try JSONByteReader(path: path)
            let split = try ExportFileSplit(whole, splitting: "entries", format: format)
            return try open(split) { offset throws(ImportFileError) in
                try JSONByteReader(sameFileAs: whole, offset: offset)
            }
        case S_IFDIR:
            throw .unreadable(path: path, reason: "it is a folder, not a file")
        case S_IFIFO:
            // A pipe cannot be read twice: read it whole.
            guard let data = try? FileHandle(forReadingAtPath: path)?.readToEnd() else {
                throw .unreadable(path: path, reason: "it cannot be read")
            }
            return try open(data: data)
        default:
            throw .unreadable(path: path, reason: "it is not a file")
        }
    }

    /// An export opened for a restore: all of it but the entries, and the entries to read.
    public typealias Opened = (document: WorkspaceDocument, entries: ExportEntries)

    /// Reads the whole document in `data`, entries included.
    ///
    /// - Throws: ``ImportFileError`` naming the first field that cannot be read, or that repeats an
    ///   earlier entry's id or import key (which a restore leaves to the store, see ``ExportEntries``).
    public static func read(data: Data) throws(ImportFileError) -> WorkspaceDocument {
        var (document, entries) = try open(data: data)
        var ids: Set<ID<TimeEntry>> = []
        var importKeys: [String: Int] = [:]
        while let entry = try entries.next() {
            let index = document.entries.count
            let path = "entries[\(index)]"
            guard ids.insert(entry.id).inserted else {
                throw .notFormat(format: format, reason: "\(path).id: \(entry.id) is the id of an earlier one")
            }
            if let key = entry.importKey, let earlier = importKeys.updateValue(index, forKey: key) {
                throw .notFormat(
                    format: format,
                    reason: "\(path).importKey: \(key) is also the import key of entries[\(earlier)]"
                )
            }
            document.entries.append(entry)
        }
        return document
    }

    private static func open(data: Data) throws(ImportFileError) -> Opened {
        let split = try ExportFileSplit(JSONByteReader(data: data), splitting: "entries", format: format)
        return try open(split) { offset in JSONByteReader(data: data, offset: offset) }
    }

    /// Reads the document's head and sets up the reading of its entries from a reader at `offset`.
    private static func open(
        _ split: ExportFileSplit,
        reader: (_ offset: Int) throws(ImportFileError) -> JSONByteReader
    ) throws(ImportFileError) -> Opened {
        guard let parsed = try? JSONSerialization.jsonObject(with: split.head) else {
            throw .notFormat(format: format, reason: "it is not valid JSON (outside its entries)")
        }
        if JSONFields.mayHoldNUL(split.head) {
            try JSONFields.refuseNUL(in: parsed, path: "document", format: format)
        }
        let root = try JSONFields(parsed, path: "document", format: format)
        let document = try head(root)
        let context = ExportEntries.Context(
            workspace: document.workspace.id,
            people: Set(document.people.map(\.id)),
            clients: document.clients.byID(),
            projects: document.projects.byID(),
            tasks: document.tasks.byID()
        )
        if let offset = split.listOffset {
            guard root.object["entries"] == nil else {
                throw .notFormat(format: format, reason: "entries appears twice")
            }
            let list = try JSONListElements(reader(offset), name: "entries", format: format)
            return (document, ExportEntries(context, list: list))
        }
        return (document, ExportEntries(context, parsed: try root.array("entries")))
    }

    /// Everything of the document but its entries.
    private static func head(_ root: JSONFields) throws(ImportFileError) -> WorkspaceDocument {
        guard (try? root.string("format")) == "atrium-export" else {
            throw .notFormat(format: format, reason: "its \"format\" is not atrium-export")
        }
        let version = try root.integer("version")
        guard (1...5).contains(version) else {
            throw .notFormat(format: format, reason: "version \(version) is newer than this Atrium reads (1–5)")
        }
        let workspace = try self.workspace(JSONFields(root.object["workspace"], path: "workspace", format: format))
        var document = WorkspaceDocument(workspace: workspace, people: [])
        for (index, value) in try root.array("people").enumerated() {
            let fields = try JSONFields(value, path: "people[\(index)]", format: format)
            let person = try self.person(fields, workspace: workspace.id)
            document.people.append(person)
            if let hours = try fields.readIfPresent("workingHours", WeeklyHours.parse) {
                document.personHours[person.id] = hours
            }
        }
        for (index, value) in try root.array("clients").enumerated() {
            try addClient(JSONFields(value, path: "clients[\(index)]", format: format), to: &document)
        }
        for (index, value) in try root.array("projects").enumerated() {
            let fields = try JSONFields(value, path: "projects[\(index)]", format: format)
            document.projects.append(try project(fields, document: document))
        }
        if version >= 5 {
            for (index, value) in try root.array("tasks").enumerated() {
                let fields = try JSONFields(value, path: "tasks[\(index)]", format: format)
                document.tasks.append(try task(fields, document: document))
            }
        }
        for (index, value) in try root.array("assignments").enumerated() {
            let fields = try JSONFields(value, path: "assignments[\(index)]", format: format)
            document.assignments[try fields.id("personId"), default: []].insert(try fields.id("clientId"))
        }
        for (index, value) in try root.array("schedule").enumerated() {
            let fields = try JSONFields(value, path: "schedule[\(index)]", format: format)
            document.schedule.append(try scheduleItem(fields, workspace: workspace.id))
        }
        if version >= 3 { try readRates(root, into: &document) }
        if version >= 4 {
            document.billing = try RecordTableJSON.read(root.object["billing"], path: "billing", format: format)
        }
        try requireUniqueIDs(document.people, at: "people")
        try requireUniqueIDs(document.clients, at: "clients")
        try requireUniqueIDs(document.projects, at: "projects")
        try requireUniqueIDs(document.tasks, at: "tasks")
        guard document.owner != nil else { throw .notFormat(format: format, reason: "no one in it is an owner") }
        return document
    }

    /// Refuses a record whose id an earlier one of the list already has: the restore would write one
    /// over the other, or stop at the database's refusal.
    private static func requireUniqueIDs<Record: Identified>(_ records: [Record], at path: String)
        throws(ImportFileError)
    {
        var seen = Set<Record.Identity>()
        for (index, record) in records.enumerated() where !seen.insert(record.id).inserted {
            throw .notFormat(format: format, reason: "\(path)[\(index)].id: \(record.id) is the id of an earlier one")
        }
    }

    private static func workspace(_ fields: JSONFields) throws(ImportFileError) -> Workspace {
        var workspace = Workspace(
            id: try fields.id("id"),
            name: try fields.string("name"),
            baseCurrency: try fields.read("baseCurrency") { try Currency(code: $0) },
            zone: try fields.read("zone") { try ZoneID($0) },
            weekStart: try fields.read("weekStart") { try Weekday(rawValue: $0).orThrow() },
            defaultRate: try fields.money("defaultRate"),
            createdAt: try fields.instant("createdAt")
        )
        workspace.invoiceDetails = try fields.optionalString("invoiceDetails") ?? ""
        return workspace
    }

    private static func person(_ fields: JSONFields, workspace: ID<Workspace>) throws(ImportFileError) -> Person {
        Person(
            id: try fields.id("id"),
            workspaceID: workspace,
            name: try fields.string("name"),
            email: try fields.optionalString("email"),
            role: try fields.read("role") { try PersonRole(rawValue: $0).orThrow() },
            zone: try fields.read("zone") { try ZoneID($0) },
            language: try fields.read("language") { try LanguageCode($0) },
            createdAt: try fields.instant("createdAt")
        )
    }

    /// People's rates for clients and exchange rates.
    private static func readRates(_ root: JSONFields, into document: inout WorkspaceDocument) throws(ImportFileError) {
        for (index, value) in try root.array("personRates").enumerated() {
            let fields = try JSONFields(value, path: "personRates[\(index)]", format: format)
            guard let rate = try fields.money("rate") else { throw fields.fail("rate", "expected an amount") }
            document.personRates.append(
                PersonRate(clientID: try fields.id("clientId"), personID: try fields.id("personId"), rate: rate)
            )
        }
        for (index, value) in try root.array("exchangeRates").enumerated() {
            let fields = try JSONFields(value, path: "exchangeRates[\(index)]", format: format)
            let currency = try fields.read("currency") { try Currency(code: $0) }
            let base = try fields.read("base") { try Currency(code: $0) }
            let date = try fields.read("date") { try FieldReading.isoDate($0) }
            let source = try fields.string("source")
            document.exchangeRates.append(
                try fields.read("rate") { text in
                    try ExchangeRate(currency: currency, base: base, date: date, rate: text, source: source)
                }
            )
        }
    }

    private static func addClient(_ fields: JSONFields, to document: inout WorkspaceDocument) throws(ImportFileError) {
        var client = Client(
            id: try fields.id("id"),
            workspaceID: document.workspace.id,
            name: try fields.string("name"),
            legalName: try fields.optionalString("legalName"),
            zone: try fields.read("zone") { try ZoneID($0) },
            language: try fields.read("language") { try LanguageCode($0) },
            currency: try fields.read("currency") { try Currency(code: $0) },
            rate: try fields.money("rate"),
            rounding: try fields.read("rounding", TimeRounding.parse),
            status: try fields.read("status") { try ClientStatus(rawValue: $0).orThrow() },
            createdAt: try fields.instant("createdAt")
        )
        client.roundingScope =
            try fields.readIfPresent("roundingScope") { try RoundingScope(rawValue: $0).orThrow() } ?? .entry
        client.timeLines =
            try fields.readIfPresent("timeLines") { try TimeLineGrouping(rawValue: $0).orThrow() } ?? .project
        client.preferredChannel = try fields.readIfPresent("preferredChannel") {
            try ContactChannel(rawValue: $0).orThrow()
        }
        client.responseTimeHours = try fields.optionalInteger("responseTimeHours").map { Int($0) }
        client.reportFrequency = try fields.readIfPresent("reportFrequency") {
            try ReportFrequency(rawValue: $0).orThrow()
        }
        client.billingAddress = try fields.optionalString("billingAddress")
        client.taxID = try fields.optionalString("taxId")
        client.notes = try fields.string("notes")
        client.preferences = try fields.string("preferences")
        client.followUpDays = try fields.optionalInteger("followUpDays").map { Int($0) }
        client.archivedAt = try fields.readIfPresent("archivedAt", JSONFields.instant)
        do { try client.validate() } catch { throw fields.fail(error.field ?? "name", error.message) }
        document.clients.append(client)
        if let hours = try fields.readIfPresent("workingHours", WeeklyHours.parse) {
            document.clientHours[client.id] = hours
        }
        for (index, value) in try fields.array("contacts").enumerated() {
            let contact = try JSONFields(value, path: "\(fields.path).contacts[\(index)]", format: format)
            document.contacts[client.id, default: []].append(
                ClientContact(
                    clientID: client.id,
                    name: try contact.string("name"),
                    email: try contact.optionalString("email"),
                    phone: try contact.optionalString("phone"),
                    role: try contact.optionalString("role"),
                    isPrimary: try contact.bool("primary")
                )
            )
        }
    }

    private static func project(_ fields: JSONFields, document: WorkspaceDocument) throws(ImportFileError) -> Project {
        let clientID: ID<Client> = try fields.id("clientId")
        guard document.clients.contains(where: { $0.id == clientID }) else {
            throw fields.fail("clientId", "no client in the document has this id")
        }
        let project = Project(
            id: try fields.id("id"),
            workspaceID: document.workspace.id,
            clientID: clientID,
            name: try fields.string("name"),
            rate: try fields.money("rate"),
            budget: try fields.readIfPresent("budgetHours") { TimeSpan(seconds: try FieldReading.hours($0)) },
            createdAt: try fields.instant("createdAt"),
            archivedAt: try fields.readIfPresent("archivedAt", JSONFields.instant)
        )
        if let client = document.clients.first(where: { $0.id == clientID }) {
            do { try project.validate(for: client) } catch { throw fields.fail(error.field ?? "name", error.message) }
        }
        return project
    }

    private static func task(_ fields: JSONFields, document: WorkspaceDocument) throws(ImportFileError) -> WorkTask {
        let clientID: ID<Client> = try fields.id("clientId")
        guard document.clients.contains(where: { $0.id == clientID }) else {
            throw fields.fail("clientId", "no client in the document has this id")
        }
        let projectID = try fields.readIfPresent("projectId") { try ID<Project>($0).orThrow() }
        if let projectID {
            guard document.projects.contains(where: { $0.id == projectID && $0.clientID == clientID }) else {
                throw fields.fail("projectId", "no project of the task's client in the document has this id")
            }
        }
        let task = WorkTask(
            id: try fields.id("id"),
            workspaceID: document.workspace.id,
            clientID: clientID,
            projectID: projectID,
            name: try fields.string("name"),
            rate: try fields.money("rate"),
            createdAt: try fields.instant("createdAt"),
            archivedAt: try fields.readIfPresent("archivedAt", JSONFields.instant)
        )
        if let client = document.clients.first(where: { $0.id == clientID }) {
            do { try task.validate(for: client) } catch { throw fields.fail(error.field ?? "name", error.message) }
        }
        return task
    }

    private static func scheduleItem(_ fields: JSONFields, workspace: ID<Workspace>) throws(ImportFileError)
        -> ScheduleItem
    {
        let startDate = try fields.read("startDate", TimeExpression.parseISODate)
        return ScheduleItem(
            id: try fields.id("id"),
            workspaceID: workspace,
            personID: try fields.id("personId"),
            clientID: try fields.readIfPresent("clientId") { try ID<Client>($0).orThrow() },
            kind: try fields.read("kind") { try ScheduleItem.Kind(rawValue: $0).orThrow() },
            title: try fields.string("title"),
            anchor: try fields.read("anchor") { try ScheduleItem.Anchor(rawValue: $0).orThrow() },
            startDate: startDate,
            startTime: try fields.read("startTime", LocalTime.parse),
            durationMinutes: Int(try fields.integer("durationMinutes")),
            recurrence: try fields.readIfPresent("rule") { try Recurrence.parse(rrule: $0) },
            exceptions: try fields.array("exceptions").map { value throws(ImportFileError) in
                guard let text = value as? String, let date = try? TimeExpression.parseISODate(text) else {
                    throw fields.fail("exceptions", "expected dates such as 2026-11-24")
                }
                return date
            },
            createdAt: try fields.instant("createdAt")
        )
    }
}
