import AtriumCore
import AtriumDocuments

/// An entry as scripts and spreadsheets read it: local times with their offset, UTC instants,
/// decimal hours. The CSV and JSON of `atrium log` and the web app's export.
public struct EntryRecord: Encodable, Sendable {
    public var number: Int
    public var date: String
    public var start: String
    public var end: String?
    public var startUTC: String
    public var endUTC: String?
    public var durationSeconds: Int64
    public var hours: String
    public var client: String
    public var project: String
    /// Empty when the entry has no task.
    public var task: String
    public var memo: String
    public var tags: [String]
    public var billable: Bool
    public var running: Bool
    public var source: String
    public var person: String

    public init(_ view: EntryView) {
        let entry = view.entry
        number = entry.number
        date = view.start.date.description
        start = view.zone.iso8601(at: entry.start)
        end = entry.end.map { view.zone.iso8601(at: $0) }
        startUTC = entry.start.iso8601
        endUTC = entry.end?.iso8601
        durationSeconds = view.duration.seconds
        hours = view.duration.decimalHours
        client = view.clientName
        project = view.projectName
        task = view.taskName
        memo = entry.memo
        tags = entry.tags.map(\.name)
        billable = entry.isBillable
        running = entry.isRunning
        source = entry.source.rawValue
        person = view.personName
    }

    enum CodingKeys: String, CodingKey {
        case number, date, start, end, hours, client, project, task, memo, tags, billable, running, source, person
        case startUTC = "start_utc"
        case endUTC = "end_utc"
        case durationSeconds = "duration_seconds"
    }
}

extension EntryRecord {
    /// The entries as RFC 4180 CSV with the header
    /// `number,date,start,end,hours,client,project,memo,tags,billable,person,task` (the task last, so
    /// that spreadsheets made before tasks read the same columns).
    public static func csv(_ entries: [EntryView]) -> String {
        var writer = CSVWriter(header: [
            "number", "date", "start", "end", "hours", "client", "project", "memo", "tags", "billable", "person",
            "task",
        ])
        for record in entries.map(EntryRecord.init) {
            writer.append([
                String(record.number), record.date, record.start, record.end ?? "", record.hours, record.client,
                record.project, record.memo, record.tags.joined(separator: " "), record.billable ? "yes" : "no",
                record.person, record.task,
            ])
        }
        return writer.text
    }
}
