import AtriumCore
import AtriumServices
import Hummingbird

/// `/api/v1/tasks`: clients' tasks, listed by everyone (members without rates), added and changed
/// by owners.
struct TaskAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.get("/tasks") { request, context in
            let caller = try context.apiCaller()
            let query = request.uri.queryParameters
            let clientID = try query.get("clientId").map { try ID<Client>($0).orProblem("clientId", "a client id") }
            let archived = try query.flag("archived")
            let tasks = try await app.services.tasks.list(client: nil, includeArchived: archived, as: caller)
                .filter { clientID == nil || $0.task.clientID == clientID }
            let page = try APIRoutes.page(tasks, query: query) { "\($0.task.name.lowercased())\u{1F}\($0.task.id)" }
            return try JSONResponse.make(
                APIModel.Page(items: page.items.map { APIModel.Task($0.task) }, nextCursor: page.next)
            )
        }
        api.post("/tasks") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let clientID = try ID<Client>(try body.requiredString("clientId", example: "…")).orProblem(
                "clientId",
                "a client id"
            )
            let projectID = try body.string("projectId").map {
                try ID<Project>($0).orProblem("projectId", "a project id")
            }
            let name = try body.requiredString("name", example: "Monthly close")
            let rate = try body.string("rate")
            try body.finish()
            let added = try await app.services.tasks.add(
                name,
                toClient: clientID,
                project: projectID,
                TaskService.Input(rate: rate),
                as: caller
            )
            return try JSONResponse.make(APIModel.Task(added.task), status: .created)
        }
        api.patch("/tasks/{id}") { request, context in
            let caller = try context.apiCaller()
            let id = try ID<WorkTask>(try context.parameters.require("id")).orProblem("id", "a task id")
            var body = try await JSONBody.read(request, context: context)
            var input = TaskService.Input(name: try body.string("name"))
            input.clearsRate = body.isNull("rate")
            input.rate = try body.string("rate")
            input.archived = try body.bool("archived")
            try body.finish()
            let updated = try await app.services.tasks.edit(id, input, as: caller)
            return try JSONResponse.make(APIModel.Task(updated.task))
        }
    }
}
