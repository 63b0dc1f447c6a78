import AtriumCore
import AtriumServices
import Hummingbird

/// The caller's own settings: password and API tokens.
struct SettingsPage {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/settings") { _, context in
            try await page(try context.signedInBrowser(), notice: nil)
        }
        router.post("/settings/password") { request, context in try await changePassword(request, context) }
        router.post("/settings/tokens") { request, context in try await createToken(request, context) }
        router.post("/settings/tokens/{id}/revoke") { request, context in try await revokeToken(request, context) }
    }

    private func changePassword(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            try await app.services.accounts.changePassword(
                current: form["current_password"] ?? "",
                new: form["new_password"] ?? "",
                keeping: signed.session,
                as: signed.caller
            )
            return try await page(signed, notice: "Password changed; your other sessions were signed out.")
        } catch let error as any UserFacingError {
            return try await page(signed, notice: nil, passwordError: error)
        }
    }

    private func createToken(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            let created = try await app.services.tokens.create(named: form["name"] ?? "", as: signed.caller)
            return try await page(signed, notice: "Token \(created.token.name) created.", secret: created.secret)
        } catch let error as any UserFacingError {
            return try await page(signed, notice: nil, tokenForm: form, tokenError: error)
        }
    }

    private func revokeToken(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        guard let id = context.parameters.get("id").flatMap(ID<APIToken>.init) else {
            throw Problem(.notFound, "The API token was not found.")
        }
        let token = try await app.services.tokens.revoke(id, as: signed.caller)
        return try await page(signed, notice: "Token \(token.name) revoked.")
    }

    private func page(
        _ signed: Signed,
        notice: String?,
        secret: String? = nil,
        passwordError: (any UserFacingError)? = nil,
        tokenForm: FormData = FormData(),
        tokenError: (any UserFacingError)? = nil
    ) async throws -> Response {
        let csrf = signed.session?.csrfToken ?? ""
        let tokens = try await app.services.tokens.list(as: signed.caller)
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        let zone = directory.person.zone
        let password = FormValues(
            fields: [
                FieldView(
                    name: "current_password",
                    label: "Current password",
                    type: "password",
                    required: true,
                    autocomplete: "current-password"
                ),
                FieldView(
                    name: "new_password",
                    label: "New password",
                    type: "password",
                    required: true,
                    autocomplete: "new-password",
                    hint: "At least 8 characters"
                ),
            ],
            error: passwordError,
            csrf: csrf
        )
        let token = FormValues(
            fields: [
                FieldView(
                    name: "name",
                    label: "Token name",
                    value: tokenForm["name"] ?? "",
                    required: true,
                    hint: "What will use it, e.g. laptop script"
                )
            ],
            error: tokenError,
            csrf: csrf
        )
        let rows = tokens.map { token in
            TokenRow(
                id: token.id.description,
                name: token.name,
                prefix: token.prefix,
                created: zone.localDateTime(at: token.createdAt).description,
                lastUsed: token.lastUsedAt.map { zone.localDateTime(at: $0).description } ?? "never",
                revoked: token.isRevoked,
                csrf: csrf
            )
        }
        let values = SettingsValues(
            csrf: csrf,
            password: password,
            token: token,
            secret: secret,
            tokens: rows,
            hasTokens: !rows.isEmpty
        )
        let error = passwordError ?? tokenError
        return app.pages.page(
            "settings",
            title: "Settings",
            values: values,
            chrome: try await app.chrome(signed, section: "settings", notice: notice),
            status: error.flatMap { Problem($0)?.status } ?? .ok
        )
    }
}

private struct TokenRow {
    var id: String
    var name: String
    var prefix: String
    var created: String
    var lastUsed: String
    var revoked: Bool
    var csrf: String
}

private struct SettingsValues {
    var csrf: String
    var password: FormValues
    var token: FormValues
    var secret: String?
    var tokens: [TokenRow]
    var hasTokens: Bool
}
