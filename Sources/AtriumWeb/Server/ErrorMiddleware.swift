import Hummingbird
import Logging

/// Turns every error a route throws into an answer: a problem document under `/api/`, otherwise a
/// page (or, when signed out, the way to sign in). Unexpected errors are logged with the request id
/// and answered 500 without internals.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let pages: PageRenderer
    /// Tells a path that exists under other methods (405) from one that does not (404).
    let routes: RouteTable

    func handle(
        _ request: Request,
        context: AppContext,
        next: @concurrent (Request, AppContext) async throws -> Response
    )
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            var problem = Problem(error) ?? unexpected(error, context: context)
            // The router's own 404 (no route), as opposed to a handler's "not found".
            if error is HTTPError, problem.status == .notFound {
                let allowed = routes.methods(for: request.uri.path)
                if !allowed.isEmpty { problem = .methodNotAllowed(request.method, allowed: allowed) }
            }
            if request.uri.path.hasPrefix("/api/") {
                return JSONResponse.problem(problem, instance: request.uri.path)
            }
            if problem.status == .unauthorized {
                let next = request.method == .get ? request.uri.description : "/"
                let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "%2F"
                return PageRenderer.redirect(to: "/login?next=\(encoded)")
            }
            var response = pages.page(
                "error",
                title: problem.title,
                values: ["heading": problem.title, "detail": problem.detail],
                chrome: .signedOut(),
                status: problem.status
            )
            problem.addHeaders(to: &response.headers)
            return response
        }
    }

    private func unexpected(_ error: any Error, context: AppContext) -> Problem {
        context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        return Problem(
            .internalServerError,
            "Something went wrong on our side and the request was not completed. Reference: \(context.id)."
        )
    }
}
