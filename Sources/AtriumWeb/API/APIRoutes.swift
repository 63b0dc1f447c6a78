import AtriumCore
import AtriumDocuments
import AtriumServices
import Hummingbird

/// `/api/v1`: everything the web pages do, as JSON, for bearer API tokens.
struct APIRoutes {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        let api = router.group("/api/v1")
        api.get("/openapi.json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
            )
        }
        api.get("/me") { _, context in
            try JSONResponse.make(APIModel.Me(try await directory(context)))
        }
        api.patch("/me") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            var changes = WorkspaceService.ProfileChanges()
            changes.name = try body.string("name")
            changes.zone = try FieldText.zone(body.string("zone"), field: "zone")
            changes.language = try FieldText.language(body.string("language"), field: "language")
            try body.finish()
            _ = try await app.services.workspaces.editProfile(changes, as: caller)
            return try JSONResponse.make(APIModel.Me(try await directory(context)))
        }
        registerClients(on: api)
        registerEntries(on: api)
        registerTimer(on: api)
        api.get("/summary") { request, context in
            let caller = try context.apiCaller()
            let query = request.uri.queryParameters
            let period = try Self.period(query.get("from"), query.get("to"))
            let by = try query.get("by").map { text in
                try SummaryGrouping(rawValue: text).orProblem("by", "client, project, person, tag or day")
            }
            let report = try await app.services.summaries.summary(period, by: by ?? .client, as: caller)
            return try JSONResponse.make(APIModel.Summary(report))
        }
        registerTokens(on: api)
        ScheduleAPIRoutes(app: app).register(on: api)
        TeamAPIRoutes(app: app).register(on: api)
        RetainerAPIRoutes(app: app).register(on: api)
        TaskAPIRoutes(app: app).register(on: api)
        ExchangeRateAPIRoutes(app: app).register(on: api)
        ImportAPIRoutes(app: app).register(on: api)
        InvoiceAPIRoutes(app: app).register(on: api)
    }

    private func registerClients(on api: RouterGroup<AppContext>) {
        api.get("/clients") { request, context in
            let caller = try context.apiCaller()
            let query = request.uri.queryParameters
            let all = try await app.services.clients.list(includeArchived: try query.flag("archived"), as: caller)
            let page = try Self.page(all, query: query) { "\($0.name.lowercased())\u{1F}\($0.id)" }
            return try JSONResponse.make(
                APIModel.Page(items: page.items.map(APIModel.Client.init), nextCursor: page.next)
            )
        }
        api.post("/clients") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            var input = try Self.clientFields(&body)
            input.name = try body.requiredString("name", example: "Acme Realty")
            try body.finish()
            let client = try await app.services.clients.add(input, as: caller)
            return try JSONResponse.make(APIModel.Client(client), status: .created)
        }
        api.patch("/clients/{id}") { request, context in
            let caller = try context.apiCaller()
            guard let id = ID<Client>(try context.parameters.require("id")) else {
                throw Problem(.notFound, "The client was not found.")
            }
            var body = try await JSONBody.read(request, context: context)
            let clearsRate = body.isNull("rate")
            var input = try Self.clientFields(&body)
            input.clearsRate = clearsRate
            input.name = try body.string("name")
            input.archived = try body.bool("archived")
            try body.finish()
            let client = try await app.services.clients.edit(id, with: input, as: caller)
            return try JSONResponse.make(APIModel.Client(client))
        }
        api.get("/clients/{id}") { _, context in
            let directory = try await directory(context)
            let id = try context.parameters.require("id")
            guard let client = directory.visibleClients.first(where: { $0.id.description == id.lowercased() }) else {
                throw Problem(.notFound, "The client was not found.")
            }
            return try JSONResponse.make(APIModel.Client(client))
        }
        api.post("/projects") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let clientID = try ID<Client>(try body.requiredString("clientId", example: "…")).orProblem(
                "clientId",
                "a client id"
            )
            let name = try body.requiredString("name", example: "Listings")
            let rate = try body.string("rate")
            try body.finish()
            let project = try await app.services.projects.add(
                name,
                toClient: clientID,
                ProjectService.Input(name: nil, rate: rate),
                as: caller
            )
            return try JSONResponse.make(APIModel.Project(project), status: .created)
        }
        api.get("/projects") { request, context in
            let directory = try await directory(context)
            let page = try Self.page(directory.visibleProjects, query: request.uri.queryParameters) {
                "\($0.name.lowercased())\u{1F}\($0.id)"
            }
            return try JSONResponse.make(
                APIModel.Page(items: page.items.map(APIModel.Project.init), nextCursor: page.next)
            )
        }
    }

    private func registerEntries(on api: RouterGroup<AppContext>) {
        api.get("/time-entries") { request, context in
            let caller = try context.apiCaller()
            return try await app.kept(request, Signed(caller: caller, session: nil)) {
                try await entriesPage(request, as: caller)
            }
        }
        registerEntryWrites(on: api)
    }

    /// A page of time entries as JSON, kept a minute while nothing changes (a second when it holds
    /// a running entry).
    private func entriesPage(_ request: Request, as caller: Caller) async throws -> ResponseCache.Built {
        let query = request.uri.queryParameters
        let period = try Self.period(query.get("from"), query.get("to"))
        let filter = EntryFilter(
            clientID: try query.get("clientId").map { try ID<Client>($0).orProblem("clientId", "a client id") },
            projectID: try query.get("projectId").map {
                try ID<Project>($0).orProblem("projectId", "a project id")
            },
            personID: try query.get("personId").map { try ID<Person>($0).orProblem("personId", "a person id") },
            tag: try FieldText.tag(query.get("tag"), field: "tag")
        )
        let page = try await app.services.entries.page(
            period,
            filter: filter,
            after: try query.get("cursor").map { try Cursor(parsing: $0).entryPosition() },
            limit: try Self.limit(query),
            as: caller
        )
        var json = JSONWriter(capacity: 256 * page.entries.count + 64)
        APIModel.write(
            page.entries.map(APIModel.TimeEntry.init),
            nextCursor: page.next.map { Cursor(entry: $0).encoded },
            to: &json
        )
        let running = page.entries.contains { $0.entry.end == nil }
        return JSONResponse.built(bytes: json.bytes, freshness: .showing(running: running))
    }

    private func registerEntryWrites(on api: RouterGroup<AppContext>) {
        api.post("/time-entries") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            var input = try Self.entryFields(&body)
            input.from = try body.requiredString("start", example: "2026-11-20T14:00:00Z")
            input.to = try body.string("end")
            input.allowsOverlap = try body.bool("allowOverlap") ?? false
            try body.finish()
            if input.clientID == nil {
                throw Problem(.unprocessableContent, "clientId is required.", field: "clientId")
            }
            let outcome = try await Problem.renamingFields(Self.entryFieldNames) {
                try await app.services.entries.add(input, as: caller)
            }
            return try JSONResponse.make(APIModel.TimeEntry(outcome.entry), status: .created)
        }
        api.get("/time-entries/{id}") { _, context in
            let caller = try context.apiCaller()
            let number = try Self.entryNumber(context)
            let view = try await app.services.entries.view(number, as: caller)
            return try JSONResponse.make(APIModel.TimeEntry(view))
        }
        api.patch("/time-entries/{id}") { request, context in
            let caller = try context.apiCaller()
            let number = try Self.entryNumber(context)
            var body = try await JSONBody.read(request, context: context)
            for field in ["start", "end", "clientId"] where body.isNull(field) {
                throw Problem(
                    .unprocessableContent,
                    "\(field) cannot be removed from an entry; leave it out to keep it (a finished entry stays finished).",
                    field: field
                )
            }
            let clearsProject = body.isNull("projectId")
            let clearsTask = body.isNull("taskId")
            var input = try Self.entryFields(&body)
            input.clearsProject = clearsProject
            input.clearsTask = clearsTask
            input.from = try body.string("start")
            input.to = try body.string("end")
            input.allowsOverlap = try body.bool("allowOverlap") ?? false
            try body.finish()
            let outcome = try await Problem.renamingFields(Self.entryFieldNames) {
                try await app.services.entries.edit(number, with: input, as: caller)
            }
            return try JSONResponse.make(APIModel.TimeEntry(outcome.entry))
        }
        api.delete("/time-entries/{id}") { _, context in
            let caller = try context.apiCaller()
            _ = try await app.services.entries.delete(try Self.entryNumber(context), as: caller)
            return Response(status: .noContent)
        }
    }

    private func registerTimer(on api: RouterGroup<AppContext>) {
        api.get("/timer") { _, context in
            let status = try await app.services.timer.status(as: try context.apiCaller())
            return try JSONResponse.make(APIModel.Timer(running: status.running.map(APIModel.TimeEntry.init)))
        }
        api.post("/timer/start") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            var start = TimerService.Start(target: "")
            start.clientID = try body.string("clientId").map { try ID<Client>($0).orProblem("clientId", "a client id") }
            start.projectID = try body.string("projectId").map {
                try ID<Project>($0).orProblem("projectId", "a project id")
            }
            start.taskID = try body.string("taskId").map { try ID<WorkTask>($0).orProblem("taskId", "a task id") }
            start.memo = try body.string("memo") ?? ""
            start.tags = try FieldText.tags(body.strings("tags") ?? [], field: "tags")
            start.isBillable = try body.bool("billable") ?? true
            start.at = try body.string("at")
            try body.finish()
            if start.clientID == nil {
                throw Problem(.unprocessableContent, "clientId is required.", field: "clientId")
            }
            let outcome = try await Problem.renamingFields(Self.entryFieldNames) {
                try await app.services.timer.start(start, as: caller)
            }
            return try JSONResponse.make(
                APIModel.TimerStart(
                    started: outcome.started.map(APIModel.TimeEntry.init),
                    stopped: outcome.stopped.map(APIModel.TimeEntry.init),
                    notes: outcome.notes
                ),
                status: .created
            )
        }
        api.post("/timer/stop") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let at = try body.string("at")
            let memo = try body.string("memo")
            try body.finish()
            let outcome = try await app.services.timer.stop(at: at, memo: memo, force: false, as: caller)
            return try JSONResponse.make(
                APIModel.TimerStart(
                    started: nil,
                    stopped: outcome.stopped.map(APIModel.TimeEntry.init),
                    notes: outcome.notes
                )
            )
        }
    }

    private func registerTokens(on api: RouterGroup<AppContext>) {
        api.get("/tokens") { _, context in
            let tokens = try await app.services.tokens.list(as: try context.apiCaller())
            return try JSONResponse.make(APIModel.Page(items: tokens.map(APIModel.Token.init), nextCursor: nil))
        }
        api.post("/tokens") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let name = try body.requiredString("name", example: "laptop script")
            try body.finish()
            let created = try await app.services.tokens.create(named: name, as: caller)
            return try JSONResponse.make(
                APIModel.CreatedToken(token: APIModel.Token(created.token), secret: created.secret),
                status: .created
            )
        }
        api.delete("/tokens/{id}") { _, context in
            let caller = try context.apiCaller()
            guard let id = ID<APIToken>(try context.parameters.require("id")) else {
                throw Problem(.notFound, "The API token was not found.")
            }
            _ = try await app.services.tokens.revoke(id, as: caller)
            return Response(status: .noContent)
        }
    }

    // MARK: Helpers

    private func directory(_ context: AppContext) async throws -> Directory {
        try await app.services.workspaces.directory(for: try context.apiCaller())
    }

    /// The fields clients share when added and edited.
    private static func clientFields(_ body: inout JSONBody) throws -> ClientInput {
        var input = ClientInput()
        input.zone = try FieldText.zone(body.string("zone"), field: "zone")
        input.currency = try FieldText.currency(body.string("currency"), field: "currency")
        input.rate = try body.string("rate")
        input.rounding = try FieldText.rounding(body.string("rounding"), field: "rounding")
        input.roundingScope = try FieldText.choice(
            body.string("roundingScope"),
            field: "roundingScope",
            what: "rounding scope"
        )
        input.timeLines = try FieldText.choice(
            body.string("timeLines"),
            field: "timeLines",
            what: "way to group invoice lines"
        )
        input.language = try FieldText.language(body.string("language"), field: "language")
        return input
    }

    /// The entry fields the services name as the forms do, by their JSON names.
    static let entryFieldNames = [
        "from": "start", "to": "end", "client": "clientId", "target": "clientId", "task": "taskId",
    ]

    /// The fields entries share when created and edited.
    private static func entryFields(_ body: inout JSONBody) throws -> EntryInput {
        var input = EntryInput()
        input.clientID = try body.string("clientId").map { try ID<Client>($0).orProblem("clientId", "a client id") }
        input.projectID = try body.string("projectId").map {
            try ID<Project>($0).orProblem("projectId", "a project id")
        }
        input.taskID = try body.string("taskId").map { try ID<WorkTask>($0).orProblem("taskId", "a task id") }
        input.memo = try body.string("memo")
        input.tags = try body.strings("tags").map { try FieldText.tags($0, field: "tags") }
        input.isBillable = try body.bool("billable")
        return input
    }

    private static func entryNumber(_ context: AppContext) throws -> Int {
        guard let number = Int(try context.parameters.require("id")), number > 0 else {
            throw Problem(.notFound, "The time entry was not found.")
        }
        return number
    }

    /// `from` and `to` (inclusive dates in the caller's zone); this week when both are missing.
    private static func period(_ from: String?, _ to: String?) throws -> PeriodChoice {
        switch (from, to) {
        case (nil, nil): return .week
        case (let from?, let to?):
            let start = try attributing(to: "from") { try TimeExpression.parseISODate(from) }
            let end = try attributing(to: "to") { try TimeExpression.parseISODate(to) }
            return .range(from: start, to: end)
        case (nil, _): throw Problem(.badRequest, "from is required with to, e.g. from=2026-11-01.", field: "from")
        case (_, nil): throw Problem(.badRequest, "to is required with from, e.g. to=2026-11-30.", field: "to")
        }
    }

    /// A page of `items` by `limit` (1–5000, default 100) and `cursor`.
    static func page<Item>(_ items: [Item], query: Parameters, key: (Item) -> String) throws -> (
        items: [Item], next: String?
    ) {
        let cursor = try query.get("cursor").map(Cursor.init(parsing:))
        let page = Cursor.page(items, after: cursor, limit: try limit(query), key: key)
        return (page.items, page.next?.encoded)
    }

    /// The page size asked for: `limit`, 1–5000, default 100.
    private static func limit(_ query: Parameters) throws -> Int {
        try query.get("limit").map { text in
            try Int(text).flatMap { (1...5000).contains($0) ? $0 : nil }.orProblem("limit", "a number from 1 to 5000")
        } ?? 100
    }
}

extension Optional {
    /// The value, or a 400 ``Problem`` saying what `field` expects.
    func orProblem(_ field: String, _ expected: String) throws -> Wrapped {
        guard let self else { throw Problem(.badRequest, "\(field) must be \(expected).", field: field) }
        return self
    }
}

extension AppContext {
    /// The caller of an API token.
    ///
    /// - Throws: ``AccountError/signedOut`` without a valid bearer token.
    func apiCaller() throws -> Caller {
        guard let signed, signed.session == nil else { throw AccountError.signedOut }
        return signed.caller
    }
}
