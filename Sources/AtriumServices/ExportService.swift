import AtriumCore
import AtriumDocuments
import AtriumStore

/// The whole workspace as one JSON document (format `atrium-export`, version 5), streamed: the
/// entries are written in chunks as they are read, so a million of them never sit in memory.
///
/// The document: `format`, `version`, `exportedAt`, then `workspace`, `people` (with working
/// hours), `clients` (every profile field, contacts, working hours), `projects`, `tasks`, `assignments`,
/// `schedule` (meetings and blocks with their RRULE), `personRates`, `exchangeRates`, `billing`
/// (see ``RecordTableJSON``: the invoice numbering, retainers and their alerts, reminder schedules,
/// invoices and credit notes with their lines, payments, deductions and the entry numbers each
/// invoice holds) and `entries` (deleted ones too, with `deletedAt`). Instants are ISO 8601 UTC, money `{amountMinor, currency}`, absent values null.
public struct ExportService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    /// The document format's version; a change to its shape gets a new one.
    /// Version 2 added each entry's `price` (`{kind, amountMinor, currency}`, kept from another
    /// tool's history) and `importKey`; 3 people's rates, exchange rates and each client's line and
    /// rounding choices; 4 the billing records; 5 tasks, and each entry's `taskId`.
    public static let version = 5

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Writes the document to `sink` in chunks; returns how many entries it holds. Owners only.
    public func exportWorkspace(
        as caller: Caller,
        to sink: @escaping @Sendable ([UInt8]) throws -> Void
    ) async throws -> Int {
        try caller.requireOwner(to: "export the workspace")
        let snapshot = try await store.snapshot(of: caller.workspaceID)
        let schedule = try await store.scheduleItems(of: nil, in: caller.workspaceID)
        var contacts: [ID<Client>: [ClientContact]] = [:]
        for client in snapshot.clients {
            contacts[client.id] = try await store.contacts(of: client.id, in: caller.workspaceID)
        }
        var json = JSONWriter(capacity: 1 << 16)
        json.beginObject()
        json.key("format")
        json.string("atrium-export")
        json.key("version")
        json.integer(Self.version)
        json.key("exportedAt")
        json.string(now().iso8601)
        json.key("workspace")
        Self.write(snapshot.workspace, to: &json)
        json.key("people")
        json.beginArray()
        for person in snapshot.people { Self.write(person, hours: snapshot.personHours[person.id], to: &json) }
        json.endArray()
        json.key("clients")
        json.beginArray()
        for client in snapshot.clients {
            Self.write(client, contacts: contacts[client.id] ?? [], hours: snapshot.clientHours[client.id], to: &json)
        }
        json.endArray()
        json.key("projects")
        json.beginArray()
        for project in snapshot.projects { Self.write(project, to: &json) }
        json.endArray()
        json.key("tasks")
        json.beginArray()
        for task in snapshot.tasks { Self.write(task, to: &json) }
        json.endArray()
        json.key("assignments")
        json.beginArray()
        for (person, clients) in snapshot.assignments.sorted(by: { $0.key.description < $1.key.description }) {
            for client in clients.sorted(by: { $0.description < $1.description }) {
                json.beginObject()
                json.member("personId", person.description)
                json.member("clientId", client.description)
                json.endObject()
            }
        }
        json.endArray()
        json.key("schedule")
        json.beginArray()
        for item in schedule { Self.write(item, to: &json) }
        json.endArray()
        json.key("personRates")
        json.beginArray()
        for rate in snapshot.personRates.sorted(by: {
            ($0.clientID.description, $0.personID.description) < ($1.clientID.description, $1.personID.description)
        }) {
            json.beginObject()
            json.member("clientId", rate.clientID.description)
            json.member("personId", rate.personID.description)
            Self.money("rate", rate.rate, to: &json)
            json.endObject()
        }
        json.endArray()
        json.key("exchangeRates")
        json.beginArray()
        for rate in try await store.exchangeRates(in: caller.workspaceID) {
            json.beginObject()
            json.member("currency", rate.currency.code)
            json.member("base", rate.base.code)
            json.member("date", rate.date.description)
            json.member("rate", rate.rateText)
            json.member("source", rate.source)
            json.endObject()
        }
        json.endArray()
        json.key("billing")
        RecordTableJSON.write(try await store.billingRecords(in: caller.workspaceID), to: &json)
        json.key("entries")
        json.beginArray()
        try sink(json.drain())
        let (finished, count) = try await store.foldStoredEntries(in: caller.workspaceID, into: (json, 0)) {
            state,
            entry in
            Self.write(entry, to: &state.0)
            state.1 += 1
            if state.0.bytes.count > 1 << 20 { try sink(state.0.drain()) }
            return true
        }
        json = finished
        json.endArray()
        json.endObject()
        var tail = json.drain()
        tail.append(UInt8(ascii: "\n"))
        try sink(tail)
        return count
    }

    static func write(_ workspace: Workspace, to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", workspace.id.description)
        json.member("name", workspace.name)
        json.member("baseCurrency", workspace.baseCurrency.code)
        json.member("zone", workspace.zone.identifier)
        json.member("weekStart", workspace.weekStart.rawValue)
        money("defaultRate", workspace.defaultRate, to: &json)
        json.member("invoiceDetails", workspace.invoiceDetails)
        json.member("createdAt", workspace.createdAt.iso8601)
        json.endObject()
    }

    static func write(_ person: Person, hours: WeeklyHours?, to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", person.id.description)
        json.member("name", person.name)
        optional("email", person.email, to: &json)
        json.member("role", person.role.rawValue)
        json.member("zone", person.zone.identifier)
        json.member("language", person.language.tag)
        optional("workingHours", hours.map(\.description), to: &json)
        json.member("createdAt", person.createdAt.iso8601)
        json.endObject()
    }

    static func write(_ client: Client, contacts: [ClientContact], hours: WeeklyHours?, to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", client.id.description)
        json.member("name", client.name)
        optional("legalName", client.legalName, to: &json)
        json.member("zone", client.zone.identifier)
        json.member("language", client.language.tag)
        json.member("currency", client.currency.code)
        money("rate", client.rate, to: &json)
        json.member("rounding", client.rounding.description)
        json.member("roundingScope", client.roundingScope.rawValue)
        json.member("timeLines", client.timeLines.rawValue)
        json.member("status", client.status.rawValue)
        optional("preferredChannel", client.preferredChannel?.rawValue, to: &json)
        integer("responseTimeHours", client.responseTimeHours, to: &json)
        optional("reportFrequency", client.reportFrequency?.rawValue, to: &json)
        optional("billingAddress", client.billingAddress, to: &json)
        optional("taxId", client.taxID, to: &json)
        json.member("notes", client.notes)
        json.member("preferences", client.preferences)
        integer("followUpDays", client.followUpDays, to: &json)
        optional("workingHours", hours.map(\.description), to: &json)
        json.member("createdAt", client.createdAt.iso8601)
        optional("archivedAt", client.archivedAt?.iso8601, to: &json)
        json.key("contacts")
        json.beginArray()
        for contact in contacts {
            json.beginObject()
            json.member("name", contact.name)
            optional("email", contact.email, to: &json)
            optional("phone", contact.phone, to: &json)
            optional("role", contact.role, to: &json)
            json.key("primary")
            json.bool(contact.isPrimary)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    static func write(_ project: Project, to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", project.id.description)
        json.member("clientId", project.clientID.description)
        json.member("name", project.name)
        money("rate", project.rate, to: &json)
        optional("budgetHours", project.budget?.decimalHours, to: &json)
        json.member("createdAt", project.createdAt.iso8601)
        optional("archivedAt", project.archivedAt?.iso8601, to: &json)
        json.endObject()
    }

    static func write(_ task: WorkTask, to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", task.id.description)
        json.member("clientId", task.clientID.description)
        optional("projectId", task.projectID?.description, to: &json)
        json.member("name", task.name)
        money("rate", task.rate, to: &json)
        json.member("createdAt", task.createdAt.iso8601)
        optional("archivedAt", task.archivedAt?.iso8601, to: &json)
        json.endObject()
    }

    static func write(_ item: ScheduleItem, to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", item.id.description)
        json.member("personId", item.personID.description)
        optional("clientId", item.clientID?.description, to: &json)
        json.member("kind", item.kind.rawValue)
        json.member("title", item.title)
        json.member("anchor", item.anchor.rawValue)
        json.member("startDate", item.startDate.description)
        json.member("startTime", item.startTime.description)
        json.key("durationMinutes")
        json.integer(item.durationMinutes)
        optional("rule", item.recurrence?.description, to: &json)
        json.key("exceptions")
        json.beginArray()
        for date in item.exceptions { json.string(date.description) }
        json.endArray()
        json.member("createdAt", item.createdAt.iso8601)
        json.endObject()
    }

    static func write(_ entry: StoredEntryText, to json: inout JSONWriter) {
        json.beginObject()
        json.key("number")
        json.integer(entry.number)
        json.member("id", entry.id)
        json.member("personId", entry.personID)
        json.member("clientId", entry.clientID)
        optional("projectId", entry.projectID, to: &json)
        optional("taskId", entry.taskID, to: &json)
        json.key("start")
        json.instant(Instant(secondsSinceEpoch: entry.start))
        json.key("end")
        if let end = entry.end { json.instant(Instant(secondsSinceEpoch: end)) } else { json.null() }
        json.member("memo", entry.memo)
        json.key("tags")
        json.beginArray()
        for tag in entry.tagNames.split(separator: " ") { json.string(String(tag)) }
        json.endArray()
        json.key("billable")
        json.bool(entry.isBillable)
        json.member("source", entry.source)
        json.key("createdAt")
        json.instant(Instant(secondsSinceEpoch: entry.createdAt))
        json.key("deletedAt")
        if let deleted = entry.deletedAt { json.instant(Instant(secondsSinceEpoch: deleted)) } else { json.null() }
        json.key("price")
        if let kind = entry.priceKind, let minor = entry.priceMinor, let currency = entry.priceCurrency {
            json.beginObject()
            json.member("kind", kind)
            json.key("amountMinor")
            json.integer(minor)
            json.member("currency", currency)
            json.endObject()
        } else {
            json.null()
        }
        optional("importKey", entry.importKey, to: &json)
        json.endObject()
    }

    /// `"name": "value"`, or `"name": null`: the export names every field.
    private static func optional(_ name: String, _ value: String?, to json: inout JSONWriter) {
        json.key(name)
        if let value { json.string(value) } else { json.null() }
    }

    private static func integer(_ name: String, _ value: Int?, to json: inout JSONWriter) {
        json.key(name)
        if let value { json.integer(value) } else { json.null() }
    }

    private static func money(_ name: String, _ money: Money?, to json: inout JSONWriter) {
        json.key(name)
        guard let money else { return json.null() }
        json.beginObject()
        json.key("amountMinor")
        json.integer(money.minorUnits)
        json.member("currency", money.currency.code)
        json.endObject()
    }
}
