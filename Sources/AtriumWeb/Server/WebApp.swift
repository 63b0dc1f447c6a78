import AtriumCore
import AtriumServices
import Hummingbird

/// What every route needs: the use cases, the page renderer and the configuration.
struct WebApp: Sendable {
    let services: Services
    let pages: PageRenderer
    let configuration: WebConfiguration
    let metrics: HTTPMetrics
    /// The clock the services read.
    let now: @Sendable () -> Instant
    /// Checks the database for `/health`.
    let checkDatabase: @Sendable () async throws -> Void
    /// Responses kept ready while nothing changes (the entries list, the dashboard).
    let responses = ResponseCache()

    /// `build`'s response, or the one kept for this caller and URI while the data and the clock's
    /// minute (or second) stand (see ``ResponseCache``). `Cache-Control: no-cache` asks for a fresh one.
    func kept(
        _ request: Request,
        _ signed: Signed,
        build: () async throws -> ResponseCache.Built
    ) async throws -> Response {
        if request.headers[.cacheControl]?.contains("no-cache") == true { return try await build().response }
        // A page carries its session's CSRF token, so pages are kept per session; API answers per person.
        let principal =
            signed.session.map { "session \($0.tokenHash)" }
            ?? "person \(signed.caller.workspaceID) \(signed.caller.personID)"
        return try await responses.response(
            principal: principal,
            uri: request.uri.description,
            version: services.dataVersion(),
            now: now(),
            build: build
        ).response
    }

    /// The chrome of a page for the signed-in caller.
    func chrome(_ signed: Signed, section: String, notice: String? = nil) async throws -> PageChrome {
        let directory = try await services.workspaces.directory(for: signed.caller)
        return PageChrome(
            signed: true,
            personName: directory.person.name,
            csrf: signed.session?.csrfToken ?? "",
            language: directory.person.language.tag,
            section: section,
            notice: notice,
            isOwner: signed.caller.canManageWorkspace
        )
    }
}
