import AtriumCore
import AtriumServices
import Hummingbird

/// The client list with search, and adding a client.
struct ClientPages {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/clients") { request, context in try await list(request, context) }
        router.post("/clients") { request, context in try await add(request, context) }
        ClientPage(app: app).register(on: router)
    }

    private func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let query = request.uri.queryParameters.get("q") ?? ""
        let notice = signed.notice(in: FormData(encoded: request.uri.query ?? ""))
        return try await page(signed, query: query, form: FormData(), error: nil, notice: notice)
    }

    private func add(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            var input = ClientInput()
            input.name = form["name"] ?? ""
            input.zone = try FieldText.zone(form.text("zone"), field: "zone")
            input.currency = try FieldText.currency(form.text("currency"), field: "currency")
            input.rate = form.text("rate")
            input.rounding = try FieldText.rounding(form.text("rounding"), field: "rounding")
            let client = try await app.services.clients.add(input, as: signed.caller)
            return signed.redirect(to: "/clients", notice: "Added \(client.name).")
        } catch let error as any UserFacingError {
            return try await page(signed, query: "", form: form, error: error, notice: nil)
        }
    }

    private func page(_ signed: Signed, query: String, form: FormData, error: (any UserFacingError)?, notice: String?)
        async throws -> Response
    {
        let all = try await app.services.clients.list(includeArchived: true, as: signed.caller)
        let needle = query.trimmingWhitespace().lowercased()
        let shown = all.filter { needle.isEmpty ? !$0.isArchived : $0.name.lowercased().contains(needle) }
        let instant = app.now()
        let fields = [
            FieldView(name: "name", label: "Name", value: form["name"] ?? "", required: true),
            FieldView(
                name: "zone",
                label: "Time zone",
                value: form["zone"] ?? "",
                hint: "IANA name, e.g. Australia/Sydney; the workspace's when empty"
            ),
            FieldView(
                name: "currency",
                label: "Currency",
                value: form["currency"] ?? "",
                hint: "e.g. AUD; the base currency when empty"
            ),
            FieldView(name: "rate", label: "Hourly rate", value: form["rate"] ?? "", hint: "e.g. 45"),
            FieldView(
                name: "rounding",
                label: "Rounding",
                value: form["rounding"] ?? "",
                hint: "none, up:15m, nearest:6m or down:5m"
            ),
        ]
        var values = ClientListValues(
            formValues: FormValues(fields: fields, error: error, csrf: signed.session?.csrfToken ?? ""),
            query: query,
            canManage: signed.caller.canManageWorkspace,
            showsMoney: signed.caller.seesMoney
        )
        values.clients = shown.map { client in
            ClientListValues.Row(
                id: client.id.description,
                name: client.name,
                archived: client.isArchived,
                localTime: client.zone.localDateTime(at: instant).time.hourAndMinute,
                zone: client.zone.identifier,
                currency: client.currency.code,
                rate: client.rate?.decimalString ?? "—",
                rounding: client.rounding.description
            )
        }
        values.hasClients = !values.clients.isEmpty
        return app.pages.page(
            "clients",
            title: "Clients",
            values: values,
            chrome: try await app.chrome(signed, section: "clients", notice: notice),
            status: Problem.formStatus(error) ?? .ok
        )
    }
}

/// What the client list template shows.
struct ClientListValues {
    struct Row {
        var id: String
        var name: String
        var archived: Bool
        var localTime: String
        var zone: String
        var currency: String
        var rate: String
        var rounding: String
    }

    var fields: [FieldView]
    var formError: String?
    var csrf: String
    var query: String
    var canManage: Bool
    /// Whether the rate column shows (``Caller/seesMoney``).
    var showsMoney: Bool
    var clients: [Row] = []
    var hasClients = false

    init(formValues: FormValues, query: String, canManage: Bool, showsMoney: Bool) {
        fields = formValues.fields
        formError = formValues.formError
        csrf = formValues.csrf
        self.query = query
        self.canManage = canManage
        self.showsMoney = showsMoney
    }
}

extension ClientListValues: TemplateValues {
    static let names: [String: PartialKeyPath<ClientListValues> & Sendable] = [
        "fields": \ClientListValues.fields, "formError": \ClientListValues.formError, "csrf": \ClientListValues.csrf,
        "query": \ClientListValues.query, "canManage": \ClientListValues.canManage,
        "showsMoney": \ClientListValues.showsMoney,
        "clients": \ClientListValues.clients, "hasClients": \ClientListValues.hasClients,
    ]
}

extension ClientListValues.Row: TemplateValues {
    static let names: [String: PartialKeyPath<ClientListValues.Row> & Sendable] = [
        "id": \ClientListValues.Row.id, "name": \ClientListValues.Row.name, "archived": \ClientListValues.Row.archived,
        "localTime": \ClientListValues.Row.localTime, "zone": \ClientListValues.Row.zone,
        "currency": \ClientListValues.Row.currency, "rate": \ClientListValues.Row.rate,
        "rounding": \ClientListValues.Row.rounding,
    ]
}
