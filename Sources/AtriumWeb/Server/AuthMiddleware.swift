import AtriumServices
import Hummingbird

/// Reads who a request comes from: a bearer API token (the API) or the session cookie (pages).
/// An invalid bearer token is refused at once; an invalid cookie only leaves the request signed out.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let services: Services

    func handle(
        _ request: Request,
        context: AppContext,
        next: @concurrent (Request, AppContext) async throws -> Response
    )
        async throws -> Response
    {
        var context = context
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer ") else {
                throw Problem(.unauthorized, "Authorization must be \"Bearer <token>\".", field: "Authorization")
            }
            let secret = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            context.signed = Signed(caller: try await services.tokens.caller(secret: secret), session: nil)
        } else if let token = request.cookies[SessionCookie.session]?.value, !token.isEmpty {
            if let (caller, session) = try? await services.accounts.session(token: token) {
                context.signed = Signed(caller: caller, session: session)
            }
        }
        return try await next(request, context)
    }
}
