extension TimeEntry {
    /// Puts the entry on `task`, one of its client's. A task in a project keeps its entries in that
    /// project: an entry without a project takes the task's; an entry in another project is refused.
    ///
    /// - Parameter projectName: The name of a project, for the message.
    /// - Throws: ``InvalidInput`` on `--task`, naming both projects.
    public mutating func put(on task: WorkTask, projectName: (ID<Project>?) -> String) throws(InvalidInput) {
        if let home = task.projectID {
            if projectID == nil { projectID = home }
            guard projectID == home else {
                throw InvalidInput(
                    "the task \"\(task.name)\" is in \(projectName(home)), not in \(projectName(projectID))",
                    field: "--task"
                )
            }
        }
        taskID = task.id
    }
}
