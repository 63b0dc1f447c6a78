import Hummingbird
import Logging

/// Logs each request's method and path, like Hummingbird's own request log, except that the
/// secret in a calendar feed address (`/calendar/<secret>.ics`) is never written to the log.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let level: Logger.Level

    func handle(
        _ request: Request,
        context: AppContext,
        next: @concurrent (Request, AppContext) async throws -> Response
    )
        async throws -> Response
    {
        context.logger.log(
            level: level,
            "Request",
            metadata: [
                "hb.request.path": .string(Self.loggedPath(request.uri.description)),
                "hb.request.method": .string(request.method.rawValue),
            ]
        )
        return try await next(request, context)
    }

    /// The path as logged: a calendar feed's secret replaced by `…`.
    static func loggedPath(_ path: String) -> String {
        path.hasPrefix("/calendar/") ? "/calendar/….ics" : path
    }
}
