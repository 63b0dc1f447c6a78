import AtriumCore
import AtriumStore

extension Directory {
    /// Every task of the workspace, archived ones included, by name.
    public var tasks: [WorkTask] { snapshot.tasks }

    /// The tasks of ``visibleClients``.
    public var visibleTasks: [WorkTask] {
        tasks.filter { task in assignedClientIDs?.contains(task.clientID) ?? true }
    }

    public func task(_ id: ID<WorkTask>?) -> WorkTask? { id.flatMap { snapshot.tasksByID[$0] } }

    /// The task of `client` a person means by `name` (unique prefix, case- and accent-insensitive);
    /// active tasks first.
    ///
    /// - Throws: ``LookupError`` listing the client's tasks.
    public func task(named name: String, of client: Client) throws -> WorkTask {
        let own = tasks.filter { $0.clientID == client.id }
        return try NameLookup.find(
            name,
            preferring: own.filter { !$0.isArchived },
            in: own,
            kind: "task of \(client.name)",
            name: \.name
        )
    }

    /// The task given by id (the API), else by name as typed, of `client`; nil when neither is given.
    ///
    /// - Throws: ``InvalidInput`` on `taskId` for a task of another client, ``LookupError`` for a name.
    func task(named name: String?, id: ID<WorkTask>?, of client: Client) throws -> WorkTask? {
        if let id {
            guard let task = task(id), task.clientID == client.id else {
                throw InvalidInput("that task is not one of \(client.name)'s", field: "taskId")
            }
            return task
        }
        guard let name else { return nil }
        guard !name.trimmingWhitespace().isEmpty else {
            throw InvalidInput(
                "give the task's name (or --no-task to take an entry off its task)",
                field: "--task",
                neutral: "give the task's name"
            )
        }
        return try attributing(to: "--task") { try task(named: name, of: client) }
    }

    /// Puts `entry` on `task` by ``TimeEntry/put(on:projectName:)``, naming projects as the workspace does.
    ///
    /// - Throws: ``InvalidInput`` on `--task`.
    func place(_ entry: inout TimeEntry, on task: WorkTask) throws {
        try entry.put(on: task) { self.project($0)?.name ?? "another project" }
    }
}
