import AtriumCore
import AtriumDocuments
import AtriumServices
import Hummingbird

/// `POST /api/v1/imports`: another tool's export as the request body, options in the query; the
/// same report as `atrium import` and the import page.
struct ImportAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.post("/imports") { request, context in
            let caller = try context.apiCaller()
            // A member is refused before the query is read or the body received.
            guard caller.canManageWorkspace else {
                throw ServiceError.forbidden("Only an owner can import time entries.")
            }
            let query = request.uri.queryParameters
            let format = try attributing(to: "format") { () throws -> ImportFormat in
                try ImportFormat.parse(
                    try query.get("format").orProblem("format", "toggl, clockify, harvest, …"),
                    what: "format"
                )
            }
            let bytes = Array(try await request.body.collect(upTo: ImportPage.maxUpload).readableBytesView)
            var input = ImportService.Request(format: format, bytes: bytes)
            // An empty zone is each person's own, as on the page.
            input.zone = try query.get("zone").flatMap { $0.isEmpty ? nil : $0 }.map { text in
                try attributing(to: "zone") { try ZoneID(text) }
            }
            input.person = query.get("person")
            input.personMap = try ImportService.personMap(
                (query.get("map") ?? "").split(separator: ";").map(String.init)
            )
            input.options.client = query.get("client")
            input.options.dateOrder = try query.get("dateFormat").map { text in
                try DateOrder(rawValue: text.uppercased()).orProblem("dateFormat", "MM/DD/YYYY or DD/MM/YYYY")
            }
            input.options.currency = try query.get("currency").map { text in
                try attributing(to: "currency") { try Currency(code: text) }
            }
            input.dryRun = try query.flag("dryRun")
            input.skipBadRows = try query.flag("skipBadRows")
            if format == .kimai, input.options.currency == nil {
                input.options.currency = try await app.services.workspaces.directory(for: caller).workspace.baseCurrency
            }
            let report = try await app.services.imports.run(input, as: caller)
            return try JSONResponse.make(
                APIModel.ImportResult(report),
                status: report.refused ? .unprocessableContent : .ok
            )
        }
    }
}

extension APIModel {
    /// An import's report.
    struct ImportResult: Encodable {
        struct Problem: Encodable {
            var line: Int
            /// What `line` counts: `line`, or `frame` / `interval` in a JSON array.
            var position: String
            var column: String?
            var value: String?
            var reason: String
            var text: String
        }

        var format: String
        var committed: Bool
        var refused: Bool
        var rows: Int
        var created: Int
        var alreadyImported: Int
        var priced: Int
        var overlapping: Int
        var running: Int
        var seconds: Int64
        var newPeople: [String]
        var newClients: [String]
        var newProjects: [String]
        var newTasks: [String]
        var newTags: [String]
        var problems: [Problem]
        var problemCount: Int
        var notes: [String]

        init(_ report: ImportReport) {
            format = report.format.rawValue
            committed = report.committed
            refused = report.refused
            rows = report.rows
            created = report.created
            alreadyImported = report.alreadyImported
            priced = report.priced
            overlapping = report.overlapping
            running = report.running
            seconds = report.seconds
            newPeople = report.newPeople
            newClients = report.newClients
            newProjects = report.newProjects
            newTasks = report.newTasks
            newTags = report.newTags
            problems = report.problems.map {
                Problem(
                    line: $0.line,
                    position: $0.position.rawValue,
                    column: $0.column,
                    value: $0.value,
                    reason: $0.reason,
                    text: $0.description
                )
            }
            problemCount = report.problemCount
            notes = report.notes
        }
    }
}
