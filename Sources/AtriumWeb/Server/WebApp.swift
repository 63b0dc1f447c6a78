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
