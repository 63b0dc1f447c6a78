import AtriumCore
import AtriumServices
import Hummingbird

/// `/api/v1/clients/{id}/retainer`: a client's retainer terms and where this period stands.
struct RetainerAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.get("/clients/{id}/retainer") { _, context in
            let caller = try context.apiCaller()
            guard let status = try await app.services.retainers.status(ofClient: try Self.clientID(context), as: caller)
            else { throw Problem(.notFound, "This client has no retainer.") }
            return try JSONResponse.make(APIModel.Retainer(status))
        }
        api.put("/clients/{id}/retainer") { request, context in
            let caller = try context.apiCaller()
            let id = try Self.clientID(context)
            var body = try await JSONBody.read(request, context: context)
            let input = RetainerService.Input(
                monthly: try body.requiredString("monthly", example: "900"),
                hours: try body.requiredString("hours", example: "20"),
                rollover: try body.string("rollover"),
                rolloverPeriods: try body.integer("rolloverPeriods").map { Int(clamping: $0) },
                overageRate: try body.string("overageRate"),
                startDay: try body.integer("startDay").map { Int(clamping: $0) },
                currency: try body.string("currency"),
                from: try body.string("from")
            )
            try body.finish()
            let directory = try await app.services.workspaces.directory(for: caller)
            guard let client = directory.client(id), directory.canSee(client) else {
                throw Problem(.notFound, "The client was not found.")
            }
            _ = try await app.services.retainers.set(input, forClient: client.name, as: caller)
            guard let status = try await app.services.retainers.status(ofClient: id, as: caller) else {
                throw Problem(.notFound, "This client has no retainer.")
            }
            return try JSONResponse.make(APIModel.Retainer(status))
        }
        api.delete("/clients/{id}/retainer") { _, context in
            let caller = try context.apiCaller()
            let id = try Self.clientID(context)
            let directory = try await app.services.workspaces.directory(for: caller)
            guard let client = directory.client(id), directory.canSee(client) else {
                throw Problem(.notFound, "The client was not found.")
            }
            _ = try await app.services.retainers.remove(forClient: client.name, as: caller)
            return Response(status: .noContent)
        }
    }

    private static func clientID(_ context: AppContext) throws -> ID<Client> {
        guard let id = ID<Client>(try context.parameters.require("id")) else {
            throw Problem(.notFound, "The client was not found.")
        }
        return id
    }
}

extension APIModel {
    /// A retainer's terms and its current period.
    struct Retainer: Encodable {
        struct Period: Encodable {
            var from: String
            var to: String
            var includedSeconds: Int64
            var rolledInSeconds: Int64
            var usedSeconds: Int64
            var leftSeconds: Int64
            var overageSeconds: Int64
            var rolledOutSeconds: Int64
        }

        var clientId: String
        /// Left out, with the overage rate, for a member, who sees hours only.
        var monthly: Money?
        var includedSeconds: Int64
        /// `calendar-month` or `day-N`.
        var periodStart: String
        /// `none`, `capped`, or `expiring`, with `rolloverValue` (seconds or periods).
        var rollover: String
        var rolloverValue: Int64?
        var overageRate: Money?
        var startsOn: String
        var current: Period
        var runsOutAt: String?
        var alerts: [Int]
        /// When each threshold of the current period was first seen.
        var recordedAlerts: [RecordedAlert]

        struct RecordedAlert: Encodable {
            var threshold: Int
            var reachedAt: String
        }

        init(_ status: RetainerStatus) {
            let terms = status.retainer.terms
            clientId = status.client.id.description
            monthly = status.showsMoney ? Money(terms.fee) : nil
            includedSeconds = terms.includedSeconds
            periodStart = if case .day(let day) = terms.periodStart { "day-\(day)" } else { "calendar-month" }
            switch terms.rollover {
            case .none: (rollover, rolloverValue) = ("none", nil)
            case .capped(let seconds): (rollover, rolloverValue) = ("capped", seconds)
            case .expiring(let periods): (rollover, rolloverValue) = ("expiring", Int64(periods))
            }
            overageRate = terms.overageRate.map(Money.init)
            startsOn = status.retainer.startsOn.description
            let balance = status.current.balance
            current = Period(
                from: status.current.dates.lowerBound.description,
                to: status.current.dates.upperBound.description,
                includedSeconds: balance.includedSeconds,
                rolledInSeconds: balance.rolledInSeconds,
                usedSeconds: balance.usedSeconds,
                leftSeconds: balance.leftSeconds,
                overageSeconds: balance.overageSeconds,
                rolledOutSeconds: balance.rolledOutSeconds
            )
            runsOutAt = status.runsOut?.iso8601
            alerts = status.alerts
            recordedAlerts = status.recordedAlerts.reversed().map {
                RecordedAlert(threshold: $0.thresholdBasisPoints, reachedAt: $0.reachedAt.iso8601)
            }
        }
    }
}
