import AtriumCore
import AtriumServices
import Foundation
import Hummingbird

/// The first visit's set-up, signing in and out.
struct AccountPages {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/setup") { request, context in try await showSetup(request, context) }
        router.post("/setup") { request, context in try await submitSetup(request, context) }
        router.get("/login") { request, context in try await showLogin(request, context) }
        router.post("/login") { request, context in try await submitLogin(request, context) }
        router.post("/logout") { request, context in try await logout(request, context) }
    }

    // MARK: Set-up

    private func showSetup(_ request: Request, _ context: AppContext) async throws -> Response {
        let state = try await app.services.accounts.setupState()
        guard state != .ready else { return PageRenderer.redirect(to: "/login") }
        return try await PreSessionForm.show(request, configuration: app.configuration) { csrf in
            setupPage(state: state, form: FormData(), error: nil, csrf: csrf)
        }
    }

    private func submitSetup(_ request: Request, _ context: AppContext) async throws -> Response {
        let (form, csrf) = try await PreSessionForm.read(request, context: context)
        let state = try await app.services.accounts.setupState()
        do {
            let signedIn: AccountService.SignedIn
            switch state {
            case .ready:
                return PageRenderer.redirect(to: "/login")
            case .needsOwnerPassword:
                signedIn = try await app.services.accounts.claimOwner(
                    email: form["email"] ?? "",
                    password: form["password"] ?? ""
                )
            case .needsWorkspace:
                signedIn = try await app.services.accounts.setUp(
                    try Self.workspaceSetup(form),
                    email: form["email"] ?? "",
                    password: form["password"] ?? ""
                )
            }
            return signedInResponse(signedIn, next: "/")
        } catch let error as any UserFacingError {
            return setupPage(state: state, form: form, error: error, csrf: csrf)
        }
    }

    private static func workspaceSetup(_ form: FormData) throws -> WorkspaceService.Setup {
        let currency = try attributing(to: "currency") { try Currency(code: form.text("currency") ?? "") }
        let zone = try attributing(to: "zone") { try ZoneID(form.text("zone") ?? "") }
        return WorkspaceService.Setup(
            name: form["workspace"] ?? "",
            baseCurrency: currency,
            zone: zone,
            weekStart: .monday,
            defaultRate: form.text("rate"),
            ownerName: form["name"] ?? "",
            ownerEmail: nil,
            language: .english
        )
    }

    private func setupPage(
        state: AccountService.SetupState,
        form: FormData,
        error: (any UserFacingError)?,
        csrf: String
    ) -> Response {
        var fields: [FieldView] = []
        var claim: [String: String]?
        if case .needsOwnerPassword(let workspaceName, let ownerName) = state {
            claim = ["workspaceName": workspaceName, "ownerName": ownerName]
        } else {
            let zone = TimeZone.current.identifier
            fields += [
                FieldView(
                    name: "workspace",
                    label: "Workspace name",
                    value: form["workspace"] ?? "",
                    required: true,
                    hint: "Your business, e.g. Maria Lopez VA"
                ),
                FieldView(
                    name: "name",
                    label: "Your name",
                    value: form["name"] ?? "",
                    required: true,
                    autocomplete: "name"
                ),
                FieldView(
                    name: "currency",
                    label: "Base currency",
                    value: form["currency"] ?? "USD",
                    required: true,
                    hint: "ISO 4217 code, e.g. USD, EUR, AUD"
                ),
                FieldView(
                    name: "zone",
                    label: "Your time zone",
                    value: form["zone"] ?? zone,
                    required: true,
                    hint: "IANA name, e.g. America/Mexico_City"
                ),
                FieldView(
                    name: "rate",
                    label: "Default hourly rate (optional)",
                    value: form["rate"] ?? "",
                    hint: "In the base currency, e.g. 45"
                ),
            ]
        }
        fields += [
            FieldView(
                name: "email",
                label: "Email",
                type: "email",
                value: form["email"] ?? "",
                required: true,
                autocomplete: "email"
            ),
            FieldView(
                name: "password",
                label: "Password",
                type: "password",
                required: true,
                autocomplete: "new-password",
                hint: "At least 8 characters"
            ),
        ]
        let status: HTTPResponse.Status = error == nil ? .ok : Problem(error!)?.status ?? .unprocessableContent
        return app.pages.page(
            "setup",
            title: "Set up",
            values: setupValues(fields: fields, error: error, csrf: csrf, claim: claim),
            chrome: .signedOut(),
            status: status
        )
    }

    // MARK: Sign-in

    private func showLogin(_ request: Request, _ context: AppContext) async throws -> Response {
        if try await app.services.accounts.setupState() != .ready { return PageRenderer.redirect(to: "/setup") }
        if context.signed?.session != nil { return PageRenderer.redirect(to: "/") }
        let next = request.uri.queryParameters.get("next") ?? "/"
        return try await PreSessionForm.show(request, configuration: app.configuration) { csrf in
            loginPage(form: FormData(fields: ["next": next]), error: nil, csrf: csrf)
        }
    }

    private func submitLogin(_ request: Request, _ context: AppContext) async throws -> Response {
        let (form, csrf) = try await PreSessionForm.read(request, context: context)
        do {
            let signedIn = try await app.services.accounts.signIn(
                email: form["email"] ?? "",
                password: form["password"] ?? "",
                address: context.remoteAddress
            )
            return signedInResponse(signedIn, next: form["next"] ?? "/")
        } catch let error as AccountError {
            var response = loginPage(form: form, error: error, csrf: csrf)
            if case .throttled(let seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    private func loginPage(form: FormData, error: (any UserFacingError)?, csrf: String) -> Response {
        let fields = [
            FieldView(
                name: "email",
                label: "Email",
                type: "email",
                value: form["email"] ?? "",
                required: true,
                autocomplete: "username"
            ),
            FieldView(
                name: "password",
                label: "Password",
                type: "password",
                required: true,
                autocomplete: "current-password"
            ),
        ]
        let status: HTTPResponse.Status = Problem.formStatus(error) ?? .ok
        return app.pages.page(
            "login",
            title: "Sign in",
            values: loginValues(fields: fields, error: error, csrf: csrf, next: form["next"] ?? "/"),
            chrome: .signedOut(),
            status: status
        )
    }

    private func logout(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await FormData.read(request, context: context)
        if let signed = context.signed, let token = request.cookies[SessionCookie.session]?.value {
            try signed.requireCSRF(in: form)
            try await app.services.accounts.signOut(token: token)
        }
        var response = PageRenderer.redirect(to: "/login")
        response.setCookie(SessionCookie.expiredSession(configuration: app.configuration))
        return response
    }

    // MARK: Helpers

    private func setupValues(fields: [FieldView], error: (any UserFacingError)?, csrf: String, claim: [String: String]?)
        -> FormValues
    {
        var values = FormValues(fields: fields, error: error, csrf: csrf)
        values.claim = claim
        return values
    }

    private func loginValues(fields: [FieldView], error: (any UserFacingError)?, csrf: String, next: String)
        -> FormValues
    {
        var values = FormValues(fields: fields, error: error, csrf: csrf)
        values.next = next
        return values
    }

    private func signedInResponse(_ signedIn: AccountService.SignedIn, next: String) -> Response {
        var response = PageRenderer.redirect(to: Self.safeNext(next))
        response.setCookie(SessionCookie.session(signedIn.token, configuration: app.configuration))
        return response
    }

    /// Only a path on this site: never `//evil.example` or `https://…`.
    static func safeNext(_ next: String) -> String {
        next.hasPrefix("/") && !next.hasPrefix("//") && !next.contains("\\") ? next : "/"
    }
}

/// The values of a form page: its fields with messages, a message for the whole form, and the
/// CSRF token.
struct FormValues {
    var fields: [FieldView]
    var formError: String?
    var csrf: String
    /// Set-up of a workspace made on the command line: its name and owner's name.
    var claim: [String: String]?
    /// Where sign-in goes afterwards.
    var next: String?

    /// Puts `error`'s message on its field, or on the form when it names none of them.
    ///
    /// - Parameter idPrefix: Prefixes the element ids, for pages with several forms.
    init(fields: [FieldView], error: (any UserFacingError)?, csrf: String, idPrefix: String = "") {
        var fields = fields.map { field in
            var field = field
            if field.domID.isEmpty { field.domID = idPrefix + field.name }
            return field
        }
        if let error {
            let field = error.field.map { $0.hasPrefix("--") ? String($0.dropFirst(2)) : $0 }
            if let index = fields.firstIndex(where: { $0.name == field }) {
                // Next to its field, the message goes without the field's name.
                fields[index].error = (error as? InvalidInput)?.neutralText ?? error.neutralMessage
            } else {
                formError = error.neutralMessage
            }
        }
        self.fields = fields
        self.csrf = csrf
    }
}

extension FormValues: TemplateValues {
    static let names: [String: PartialKeyPath<FormValues> & Sendable] = [
        "fields": \FormValues.fields, "formError": \FormValues.formError, "csrf": \FormValues.csrf,
        "claim": \FormValues.claim, "next": \FormValues.next,
    ]
}
