import AtriumCore
import AtriumStore

extension Directory {
    /// The directory as `caller` may be shown it: without rates (the workspace's default, clients',
    /// projects', tasks' and people's) for a member, who does not see money (``Caller/seesMoney``). Only
    /// for showing: pricing reads the whole directory.
    func shown(to caller: Caller) -> Directory {
        guard !caller.seesMoney else { return self }
        var workspace = snapshot.workspace
        workspace.defaultRate = nil
        let stripped = WorkspaceSnapshot(
            workspace: workspace,
            people: snapshot.people,
            clients: snapshot.clients.map { client in
                var client = client
                client.rate = nil
                return client
            },
            projects: snapshot.projects.map { project in
                var project = project
                project.rate = nil
                return project
            },
            tasks: snapshot.tasks.map { task in
                var task = task
                task.rate = nil
                return task
            },
            assignments: snapshot.assignments,
            clientHours: snapshot.clientHours,
            personHours: snapshot.personHours,
            personRates: []
        )
        return Directory(stripped, person: person, assignedClientIDs: assignedClientIDs)
    }
}
