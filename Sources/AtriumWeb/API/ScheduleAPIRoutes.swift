import AtriumCore
import AtriumServices
import Hummingbird

/// `/api/v1/schedule…`, `/api/v1/clock` and `/api/v1/overlap`: what the Schedule page does.
struct ScheduleAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.get("/schedule") { _, context in
            let entries = try await app.services.schedule.list(as: try context.apiCaller())
            return try JSONResponse.make(entries.map(APIModel.ScheduleItem.init))
        }
        api.post("/schedule") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let kind =
                try FieldText.choice(body.string("kind"), field: "kind", what: "kind") ?? ScheduleItem.Kind.meeting
            let input = ScheduleInput(
                kind: kind,
                client: try body.string("client"),
                title: try body.string("title"),
                at: try body.requiredString("at", example: "09:00"),
                duration: try body.string("duration"),
                every: try body.string("every"),
                on: try body.string("on"),
                from: try body.string("from"),
                count: try body.integer("count").map { Int(clamping: $0) },
                until: try body.string("until"),
                zone: try body.string("zone"),
                except: try body.strings("except") ?? []
            )
            try body.finish()
            let entry = try await app.services.schedule.add(input, as: caller)
            return try JSONResponse.make(APIModel.ScheduleItem(entry), status: .created)
        }
        api.delete("/schedule/{id}") { _, context in
            let caller = try context.apiCaller()
            let id = try context.parameters.require("id")
            guard ID<ScheduleItem>(id) != nil else { throw Problem(.notFound, "The meeting or block was not found.") }
            _ = try await app.services.schedule.remove(id, as: caller)
            return Response(status: .noContent)
        }
        api.get("/schedule/occurrences") { request, context in
            let caller = try context.apiCaller()
            let query = request.uri.queryParameters
            let from = try attributing(to: "from") {
                try TimeExpression.parseISODate(try query.get("from").orProblem("from", "a date such as 2026-11-23"))
            }
            let to = try attributing(to: "to") {
                try TimeExpression.parseISODate(try query.get("to").orProblem("to", "a date such as 2026-11-29"))
            }
            let found = try await app.services.schedule.occurrences(from: from, through: to, as: caller)
            return try JSONResponse.make(found.map(APIModel.Occurrence.init))
        }
        api.get("/clock") { _, context in
            let clock = try await app.services.hours.clock(as: try context.apiCaller())
            return try JSONResponse.make(APIModel.WorldClock(clock))
        }
        api.get("/overlap") { request, context in
            let caller = try context.apiCaller()
            let query = request.uri.queryParameters
            let clients = try query.get("clients").orProblem("clients", "client names separated by commas")
            let from = try attributing(to: "from") {
                try TimeExpression.parseISODate(try query.get("from").orProblem("from", "a date such as 2026-11-23"))
            }
            let to = try attributing(to: "to") {
                try TimeExpression.parseISODate(try query.get("to").orProblem("to", "a date such as 2026-11-29"))
            }
            let minimum = try attributing(to: "min") { try TimeSpan.parse(query.get("min") ?? "30m") }
            let report = try await app.services.hours.overlap(
                clients: clients.split(separator: ",").map { String($0).trimmingWhitespace() },
                from: from,
                through: to,
                minimumMinutes: Int(minimum.seconds / 60),
                includeMine: query.get("ignoreMyHours") != "true",
                as: caller
            )
            return try JSONResponse.make(APIModel.Overlap(report))
        }
    }
}

extension Optional where Wrapped == String {
    /// The query value, or a 400 problem naming the parameter and what is expected.
    func orProblem(_ name: String, _ expected: String) throws -> String {
        guard let self, !self.isEmpty else {
            throw Problem(.badRequest, "\(name) is required: \(expected).", field: name)
        }
        return self
    }
}
