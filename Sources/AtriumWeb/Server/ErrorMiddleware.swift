import Hummingbird
import Logging

/// Turns every error a route throws into an answer: a problem document under `/api/`, otherwise a
/// page (or, when signed out, the way to sign in). Unexpected errors are logged with the request id
/// and answered 500 without internals.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let pages: PageRenderer

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
            let problem = Problem(error) ?? unexpected(error, context: context)
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
            if let seconds = problem.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
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
