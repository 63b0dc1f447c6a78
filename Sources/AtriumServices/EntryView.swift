import AtriumCore

/// A time entry with the names and local times a person reads, in the viewer's zone.
public struct EntryView: Sendable, Equatable {
    public var entry: TimeEntry
    public var clientName: String
    /// Empty when the entry has no project.
    public var projectName: String
    /// Empty when the entry has no task.
    public var taskName: String
    public var personName: String
    /// The zone the local times are in (the viewer's).
    public var zone: ZoneID
    public var start: LocalDateTime
    /// Nil while running.
    public var end: LocalDateTime?
    /// Up to the end, or up to now while running.
    public var duration: TimeSpan

    /// `Acme Realty / Listings`, or just the client; with the task after a colon
    /// (`Acme Realty / Listings: Photo edits`).
    public var target: String {
        (projectName.isEmpty ? clientName : "\(clientName) / \(projectName)")
            + (taskName.isEmpty ? "" : ": \(taskName)")
    }

    /// The project and the task, as far as the entry has them (`Listings: Photo edits`, `Listings`,
    /// `Photo edits`), for a column next to the client.
    public var work: String {
        [projectName, taskName].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}

extension Directory {
    /// The entry as the caller reads it: names resolved, times in the caller's zone.
    func view(_ entry: TimeEntry, now: Instant) -> EntryView {
        EntryView(
            entry: entry,
            clientName: client(entry.clientID)?.name ?? "?",
            projectName: project(entry.projectID)?.name ?? "",
            taskName: task(entry.taskID)?.name ?? "",
            personName: personName(entry.personID),
            zone: person.zone,
            start: person.zone.localDateTime(at: entry.start),
            end: entry.end.map { person.zone.localDateTime(at: $0) },
            duration: entry.duration(now: now)
        )
    }
}
