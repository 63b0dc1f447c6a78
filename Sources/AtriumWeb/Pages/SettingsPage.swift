import AtriumCore
import AtriumServices
import Hummingbird

/// Settings: the caller's profile and password, the workspace (owners) and API tokens.
struct SettingsPage {
    let app: WebApp

    /// Which form was sent, with what, and how it was refused.
    private struct Submitted {
        var form: String
        var values: FormData
        var error: any UserFacingError
    }

    func register(on router: Router<AppContext>) {
        router.get("/settings") { _, context in try await page(try context.signedInBrowser()) }
        router.post("/settings/profile") { request, context in
            try await submit(request, context, form: "profile") { signed, form in
                let zone = try FieldText.zone(form.text("zone"), field: "zone")
                let language = try FieldText.language(form.text("language"), field: "language")
                let changes = WorkspaceService.ProfileChanges(name: form["name"], zone: zone, language: language)
                // Checked before anything is written; a form without the field leaves the hours alone.
                let hours = form["hours"]
                if let hours { _ = try attributing(to: "hours") { try WeeklyHours.parse(hours) } }
                _ = try await app.services.workspaces.editProfile(changes, as: signed.caller)
                if let hours { _ = try await app.services.hours.setMyHours(hours, as: signed.caller) }
                return "Profile saved."
            }
        }
        router.post("/settings/workspace") { request, context in
            try await submit(request, context, form: "workspace") { signed, form in
                var changes = WorkspaceService.Changes()
                changes.name = form["name"]
                changes.baseCurrency = try FieldText.currency(form.text("currency"), field: "currency")
                changes.zone = try FieldText.zone(form.text("zone"), field: "zone")
                changes.weekStart = try FieldText.weekday(form.text("week_start"), field: "week_start")
                if let rate = form.text("rate") { changes.defaultRate = rate } else { changes.clearsDefaultRate = true }
                changes.invoiceDetails = form["invoice_details"]
                _ = try await app.services.workspaces.edit(changes, as: signed.caller)
                return "Workspace saved."
            }
        }
        router.post("/settings/password") { request, context in
            try await submit(request, context, form: "password") { signed, form in
                try await app.services.accounts.changePassword(
                    current: form["current_password"] ?? "",
                    new: form["new_password"] ?? "",
                    keeping: signed.session,
                    as: signed.caller
                )
                return "Password changed; your other sessions were signed out."
            }
        }
        router.post("/settings/tokens") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            do {
                let created = try await app.services.tokens.create(named: form["name"] ?? "", as: signed.caller)
                return try await page(signed, notice: "Token \(created.token.name) created.", secret: created.secret)
            } catch let error as any UserFacingError {
                return try await page(signed, submitted: Submitted(form: "token", values: form, error: error))
            }
        }
        router.post("/settings/tokens/{id}/revoke") { request, context in
            let signed = try context.signedInBrowser()
            try signed.requireCSRF(in: try await FormData.read(request, context: context))
            guard let id = context.parameters.get("id").flatMap(ID<APIToken>.init) else {
                throw Problem(.notFound, "The API token was not found.")
            }
            let token = try await app.services.tokens.revoke(id, as: signed.caller)
            return try await page(signed, notice: "Token \(token.name) revoked.")
        }
    }

    /// Checks the form's token, runs `action`, and shows the page with its notice or the refusal.
    private func submit(
        _ request: Request,
        _ context: AppContext,
        form name: String,
        _ action: (Signed, FormData) async throws -> String
    ) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            return try await page(signed, notice: try await action(signed, form))
        } catch let error as any UserFacingError {
            return try await page(signed, submitted: Submitted(form: name, values: form, error: error))
        }
    }

    private func page(_ signed: Signed, notice: String? = nil, secret: String? = nil, submitted: Submitted? = nil)
        async throws -> Response
    {
        let csrf = signed.session?.csrfToken ?? ""
        let tokens = try await app.services.tokens.list(as: signed.caller)
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        let person = directory.person
        let workspace = directory.workspace
        let myHours = try await app.services.hours.myHours(as: signed.caller)
        func values(_ form: String, defaults: [String: String]) -> FormData {
            submitted?.form == form ? submitted!.values : FormData(fields: defaults)
        }
        func error(_ form: String) -> (any UserFacingError)? { submitted?.form == form ? submitted?.error : nil }
        let profile = values(
            "profile",
            defaults: [
                "name": person.name, "zone": person.zone.identifier, "language": person.language.tag,
                "hours": myHours.isEmpty ? "" : myHours.description,
            ]
        )
        let workspaceForm = values(
            "workspace",
            defaults: [
                "name": workspace.name, "currency": workspace.baseCurrency.code, "zone": workspace.zone.identifier,
                "rate": workspace.defaultRate?.decimalString ?? "", "week_start": workspace.weekStart.rawValue,
                "invoice_details": workspace.invoiceDetails,
            ]
        )
        let tokenForm = values("token", defaults: [:])
        let rows = tokens.map { token in
            TokenRow(
                id: token.id.description,
                name: token.name,
                prefix: token.prefix,
                created: person.zone.localDateTime(at: token.createdAt).description,
                lastUsed: token.lastUsedAt.map { person.zone.localDateTime(at: $0).description } ?? "never",
                revoked: token.isRevoked,
                csrf: csrf
            )
        }
        let settings = SettingsValues(
            csrf: csrf,
            canManage: signed.caller.canManageWorkspace,
            profile: FormValues(
                fields: [
                    FieldView(name: "name", label: "Your name", value: profile["name"] ?? "", required: true),
                    FieldView(
                        name: "zone",
                        label: "Your time zone",
                        value: profile["zone"] ?? "",
                        hint: "Your days and the times you type follow it"
                    ),
                    FieldView(
                        name: "language",
                        label: "Language",
                        value: profile["language"] ?? "",
                        hint: "e.g. en, es, ru"
                    ),
                    FieldView(
                        name: "hours",
                        label: "Your working hours",
                        value: profile["hours"] ?? "",
                        hint: "On your clock, e.g. Mon-Fri 08:00-16:00; the overlap finder counts them"
                    ),
                ],
                error: error("profile"),
                csrf: csrf,
                idPrefix: "profile-"
            ),
            workspace: FormValues(
                fields: [
                    FieldView(
                        name: "name",
                        label: "Workspace name",
                        value: workspaceForm["name"] ?? "",
                        required: true
                    ),
                    FieldView(name: "currency", label: "Base currency", value: workspaceForm["currency"] ?? ""),
                    FieldView(name: "zone", label: "Home time zone", value: workspaceForm["zone"] ?? ""),
                    FieldView(
                        name: "rate",
                        label: "Default hourly rate",
                        value: workspaceForm["rate"] ?? "",
                        hint: "In the base currency; empty for none"
                    ),
                ],
                error: error("workspace"),
                csrf: csrf,
                idPrefix: "workspace-"
            ),
            weekdays: Weekday.allCases.map {
                Option(
                    value: $0.rawValue,
                    label: $0.rawValue.capitalized,
                    selected: (workspaceForm["week_start"] ?? "") == $0.rawValue
                )
            },
            invoiceDetails: workspaceForm["invoice_details"] ?? "",
            password: FormValues(
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
                error: error("password"),
                csrf: csrf,
                idPrefix: "password-"
            ),
            token: FormValues(
                fields: [
                    FieldView(
                        name: "name",
                        label: "Token name",
                        value: tokenForm["name"] ?? "",
                        required: true,
                        hint: "What will use it, e.g. laptop script"
                    )
                ],
                error: error("token"),
                csrf: csrf,
                idPrefix: "token-"
            ),
            secret: secret,
            tokens: rows,
            hasTokens: !rows.isEmpty
        )
        return app.pages.page(
            "settings",
            title: "Settings",
            values: settings,
            chrome: try await app.chrome(signed, section: "settings", notice: notice),
            status: Problem.formStatus(submitted?.error) ?? .ok
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
    var canManage: Bool
    var profile: FormValues
    var workspace: FormValues
    var weekdays: [Option]
    /// What invoices say under the workspace's name, as in the form.
    var invoiceDetails: String
    var password: FormValues
    var token: FormValues
    var secret: String?
    var tokens: [TokenRow]
    var hasTokens: Bool
}
