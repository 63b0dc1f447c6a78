import AtriumCore
import AtriumDocuments
import AtriumStore

/// What an iCalendar import did, or would do on a dry run.
public struct MeetingImportReport: Sendable {
    /// The meetings added (or to be added).
    public var added: [ScheduleEntry]
    /// Events already imported before (same title, start, rule and client): left alone.
    public var alreadyThere: [String]
    /// Events Atrium cannot represent, with the reason.
    public var rejected: [String]
    /// Whether anything was written.
    public var written: Bool
}

extension ScheduleService {
    /// Imports the meetings of an iCalendar file for one client, all in one transaction. An event
    /// keeps its own clock: it is anchored to the client's zone, the caller's or UTC, whichever it
    /// is in (a floating time is read on the client's clock); an event in another zone is rejected.
    /// When any event is rejected nothing is imported unless `skipUnsupported`.
    ///
    /// - Throws: ``InvalidInput`` for a file without events, or listing the rejected events.
    public func importMeetings(
        _ text: String,
        client name: String,
        dryRun: Bool,
        skipUnsupported: Bool,
        as caller: Caller
    ) async throws -> MeetingImportReport {
        let directory = try await Directory.load(store, for: caller)
        let client = try attributing(to: "client") { try directory.client(named: name) }
        let read = try attributing(to: "file") { try ICSReader.read(text) }
        var rejected = read.rejected.map(\.description)
        let existing = try await store.scheduleItems(of: caller.personID, in: caller.workspaceID)
        var items: [ScheduleItem] = []
        var alreadyThere: [String] = []
        let instant = now()
        for event in read.events {
            let title = event.summary.isEmpty ? "Meeting with \(client.name)" : event.summary
            let anchor: ScheduleItem.Anchor
            switch event.zone {
            case nil, client.zone?: anchor = .client
            case directory.person.zone?: anchor = .person
            case ZoneID.utc?: anchor = .utc
            case let zone?:
                rejected.append(
                    "\"\(title)\": it is on the \(zone) clock, neither \(client.name)'s (\(client.zone)) nor yours "
                        + "(\(directory.person.zone)); Atrium keeps a meeting on one of those clocks or UTC"
                )
                continue
            }
            let item = ScheduleItem(
                workspaceID: caller.workspaceID,
                personID: caller.personID,
                clientID: client.id,
                kind: .meeting,
                title: String(title.prefix(200)),
                anchor: anchor,
                startDate: event.start.date,
                startTime: event.start.time,
                durationMinutes: event.durationMinutes,
                recurrence: event.rule,
                exceptions: event.exceptions,
                createdAt: instant
            )
            do {
                try item.validate()
            } catch {
                rejected.append("\"\(title)\": \(error.message)")
                continue
            }
            if existing.contains(where: { $0.sameMeeting(as: item) })
                || items.contains(where: { $0.sameMeeting(as: item) })
            {
                alreadyThere.append(title)
                continue
            }
            items.append(item)
        }
        if !rejected.isEmpty, !skipUnsupported {
            throw InvalidInput(
                "nothing was imported: \(rejected.count) event(s) cannot be represented — "
                    + rejected.joined(separator: "; ")
                    + ". Import the others with --skip-unsupported.",
                field: "file"
            )
        }
        if !dryRun, !items.isEmpty { try await store.insertScheduleItems(items) }
        return MeetingImportReport(
            added: items.map { ScheduleEntry($0, directory: directory) },
            alreadyThere: alreadyThere,
            rejected: rejected,
            written: !dryRun && !items.isEmpty
        )
    }
}

extension ScheduleItem {
    /// The same meeting as `other` apart from its id and creation: an import seen before.
    func sameMeeting(as other: ScheduleItem) -> Bool {
        var copy = other
        copy.id = id
        copy.createdAt = createdAt
        return copy == self
    }
}
