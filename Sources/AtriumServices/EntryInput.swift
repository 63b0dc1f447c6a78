import AtriumCore

/// The fields of a manual entry or an edit, as typed. Times are read in the caller's zone; a time
/// without a date is on `date` (or, for an edit, on the entry's own date).
public struct EntryInput: Sendable {
    /// `client` or `client/project`.
    public var target: String?
    /// The client by id (the API); takes precedence over ``target``.
    public var clientID: ID<Client>?
    public var projectID: ID<Project>?
    /// The task of the entry's client, by name as typed (unique prefix).
    public var task: String?
    /// The task by id (the API); takes precedence over ``task``.
    public var taskID: ID<WorkTask>?
    /// Takes the entry off its task (`--no-task`, the API's `"taskId": null`).
    public var clearsTask = false
    public var date: String?
    public var from: String?
    public var to: String?
    public var duration: TimeSpan?
    public var memo: String?
    /// Replaces the tags when set.
    public var tags: [TagName]?
    public var isBillable: Bool?
    /// Takes the entry off its project (the API's `"projectId": null`).
    public var clearsProject = false
    /// Keep the entry even if it overlaps another.
    public var allowsOverlap = false
    /// Accept more than 24 hours, or times in the future.
    public var force = false

    public init(
        target: String? = nil,
        date: String? = nil,
        from: String? = nil,
        to: String? = nil,
        duration: TimeSpan? = nil,
        memo: String? = nil,
        tags: [TagName]? = nil,
        isBillable: Bool? = nil
    ) {
        self.target = target
        self.date = date
        self.from = from
        self.to = to
        self.duration = duration
        self.memo = memo
        self.tags = tags
        self.isBillable = isBillable
    }

    /// The start and end of a new entry.
    ///
    /// - Throws: ``InvalidInput`` naming `--from`, `--to`, `--duration` or `--date`.
    func interval(context: TimeContext) throws -> (start: ResolvedTime, end: ResolvedTime) {
        let day =
            try date.map { text in
                try attributing(to: "--date") { try TimeExpression.parseDate(text, context: context) }
            }
            ?? context.today
        if to != nil, duration != nil {
            throw InvalidInput(
                "give --to or --duration, not both",
                field: "--duration",
                neutral: "give an end or a duration, not both"
            )
        }
        let start = try from.map { try Self.time($0, field: "--from", day: day, context: context) }
        let end = try to.map { try Self.time($0, field: "--to", day: day, context: context) }
        switch (start, end, duration) {
        case (let start?, let end?, nil):
            return (start, end)
        case (let start?, nil, let duration?):
            return (start, ResolvedTime(instant: start.instant.adding(seconds: duration.seconds)))
        case (nil, let end?, let duration?):
            return (ResolvedTime(instant: end.instant.adding(seconds: -duration.seconds)), end)
        case (nil, _, _):
            throw InvalidInput(
                "give the start with --from, e.g. --from 14:00 --to 15:30",
                field: "--from",
                neutral: "give the start, e.g. 14:00"
            )
        default:
            throw InvalidInput(
                "give the end with --to or the length with --duration, e.g. --to 15:30",
                field: "--to",
                neutral: "give the end or the length, e.g. 15:30 or 1h30m"
            )
        }
    }

    /// Applies the set fields to `entry`. Times without a date fall on the entry's own date (or `--date`);
    /// `--from` alone moves only the start; `--date` alone moves the whole entry to that day, keeping
    /// its local times and length.
    ///
    /// - Returns: Notes on times read by a daylight-saving rule.
    func apply(to entry: inout TimeEntry, directory: Directory, context: TimeContext) throws -> [String] {
        var notes: [String] = []
        var removesProject = clearsProject
        if target != nil || clientID != nil {
            let resolved = try directory.target(named: target, clientID: clientID, projectID: projectID)
            entry.clientID = resolved.client.id
            entry.projectID = resolved.project?.id
            removesProject = removesProject || resolved.project == nil
        } else if let projectID {
            // A project alone: one of the entry's own client's.
            let resolved = try directory.target(named: nil, clientID: entry.clientID, projectID: projectID)
            entry.projectID = resolved.project?.id
        }
        if clearsProject { entry.projectID = nil }
        notes += try applyTask(to: &entry, directory: directory, removesProject: removesProject)
        let zone = context.zone
        let startLocal = zone.localDateTime(at: entry.start)
        let day =
            try date.map { text in
                try attributing(to: "--date") { try TimeExpression.parseDate(text, context: context) }
            }
            ?? startLocal.date
        let length = entry.end.map { entry.start.seconds(until: $0) }
        if let from {
            let start = try Self.time(from, field: "--from", day: day, context: context)
            entry.start = start.instant
            notes += start.note.map { [$0] } ?? []
        } else if date != nil {
            let moved = TimeExpression.resolve(LocalDateTime(date: day, time: startLocal.time), in: zone)
            entry.start = moved.instant
            notes += moved.note.map { [$0] } ?? []
        }
        if to != nil, duration != nil {
            throw InvalidInput(
                "give --to or --duration, not both",
                field: "--duration",
                neutral: "give an end or a duration, not both"
            )
        }
        if let to {
            let end = try Self.time(to, field: "--to", day: zone.localDate(at: entry.start), context: context)
            entry.end = end.instant
            notes += end.note.map { [$0] } ?? []
        } else if let duration {
            entry.end = entry.start.adding(seconds: duration.seconds)
        } else if let length, from == nil, date != nil {
            entry.end = entry.start.adding(seconds: length)
        }
        if let memo { entry.memo = try TimeEntry.memo(memo) }
        if let tags { entry.setTags(tags) }
        if let isBillable { entry.isBillable = isBillable }
        return notes
    }

    private static func time(_ text: String, field: String, day: LocalDate, context: TimeContext) throws -> ResolvedTime
    {
        try attributing(to: field) { try TimeExpression.parse(text, context: context, bareTime: .on(day)) }
    }

    /// Sets the entry's task as asked; an entry moved to another client leaves its old one (with a
    /// note saying so). A task in another project than the entry's is refused, whether given now or
    /// kept; so is taking the entry out of its task's project while it stays on the task.
    ///
    /// - Parameter removesProject: Whether the input took the entry out of any project.
    /// - Returns: A note when the entry left its task.
    /// - Throws: ``InvalidInput`` on `--task`, ``LookupError`` for an unknown task.
    func applyTask(to entry: inout TimeEntry, directory: Directory, removesProject: Bool = false) throws -> [String] {
        var notes: [String] = []
        if clearsTask {
            entry.taskID = nil
        } else if let kept = directory.task(entry.taskID), kept.clientID != entry.clientID {
            entry.taskID = nil
            if task == nil, taskID == nil {
                let owner = directory.client(kept.clientID)?.name ?? "another client"
                notes.append("The entry is no longer on the task \"\(kept.name)\", a task of \(owner).")
            }
        }
        guard let client = directory.client(entry.clientID) else { return notes }
        if let chosen = try directory.task(named: task, id: taskID, of: client) {
            try directory.place(&entry, on: chosen)
        } else if let current = directory.task(entry.taskID) {
            if removesProject, let home = current.projectID {
                let name = directory.project(home)?.name ?? "a project"
                throw InvalidInput(
                    "the entry's task \"\(current.name)\" is in \(name): keep that project, or take the entry off "
                        + "the task (--no-task)",
                    field: "--task",
                    neutral: "the entry's task \"\(current.name)\" is in \(name): keep that project, or take the "
                        + "entry off its task"
                )
            }
            try directory.place(&entry, on: current)
        }
        return notes
    }
}
