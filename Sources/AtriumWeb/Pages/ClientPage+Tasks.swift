import AtriumCore
import AtriumServices
import Hummingbird

/// The client page's task forms: add a task; change a task's rate or archive it (owners).
extension ClientPage {
    func registerTasks(on router: Router<AppContext>) {
        router.post("/clients/{id}/tasks") { request, context in try await addTask(request, context) }
        router.post("/clients/{id}/tasks/{task}") { request, context in try await editTask(request, context) }
    }

    private func addTask(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        let id = try Self.id(context)
        do {
            let project = try form.text("project").map { text in
                try ID<Project>(text).orProblem("project", "one of the client's projects")
            }
            let added = try await app.services.tasks.add(
                form["name"] ?? "",
                toClient: id,
                project: project,
                TaskService.Input(rate: form.text("rate")),
                as: signed.caller
            )
            return signed.redirect(to: "/clients/\(id)", notice: "Task \(added.task.name) added.")
        } catch let error as any UserFacingError {
            return try await page(signed, id: id, taskError: error)
        }
    }

    /// A task row's form: the rate as typed (empty removes it), and, from its Archive or Bring back
    /// button, `archived` on or off: the whole row is saved, whichever button sent it.
    private func editTask(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        let id = try Self.id(context)
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        guard let taskID = ID<WorkTask>(try context.parameters.require("task")),
            let task = directory.task(taskID), task.clientID == id
        else { throw Problem(.notFound, "The task was not found.") }
        do {
            var input = TaskService.Input(rate: form.text("rate"))
            input.clearsRate = input.rate == nil && form["rate"] != nil
            if let archived = form["archived"] { input.archived = archived == "on" }
            let updated = try await app.services.tasks.edit(task.id, input, as: signed.caller)
            let state =
                input.archived.map { $0 ? "archived" : "active again" }
                ?? "at \(updated.task.rate.map { "\($0.labeled)/h" } ?? "the project's or client's rate")"
            return signed.redirect(to: "/clients/\(id)", notice: "\(updated.task.name) is \(state).")
        } catch let error as any UserFacingError {
            return try await page(signed, id: id, taskError: error)
        }
    }
}
