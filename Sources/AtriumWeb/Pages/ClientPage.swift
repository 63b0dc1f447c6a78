import AtriumCore
import AtriumServices
import Hummingbird

/// One client's page: profile, projects, tasks, entries and totals; editing, archiving and adding
/// projects (tasks: ClientPage+Tasks.swift).
struct ClientPage {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/clients/{id}") { request, context in
            let signed = try context.signedInBrowser()
            return try await page(
                signed,
                id: try Self.id(context),
                notice: signed.notice(in: FormData(encoded: request.uri.query ?? ""))
            )
        }
        router.post("/clients/{id}") { request, context in try await edit(request, context) }
        router.post("/clients/{id}/archive") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            var input = ClientInput()
            input.archived = form["archived"] == "on"
            let client = try await app.services.clients.edit(try Self.id(context), with: input, as: signed.caller)
            let notice = client.isArchived ? "\(client.name) archived." : "\(client.name) is active again."
            return signed.redirect(to: "/clients/\(client.id)", notice: notice)
        }
        router.post("/clients/{id}/projects") { request, context in try await addProject(request, context) }
        registerTasks(on: router)
    }

    private func edit(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        let id = try Self.id(context)
        do {
            var input = ClientInput()
            input.name = form["name"]
            input.zone = try FieldText.zone(form.text("zone"), field: "zone")
            input.currency = try FieldText.currency(form.text("currency"), field: "currency")
            if let rate = form.text("rate") { input.rate = rate } else { input.clearsRate = true }
            input.rounding = try FieldText.rounding(form.text("rounding"), field: "rounding")
            input.roundingScope = try FieldText.choice(
                form.text("roundingScope"),
                field: "roundingScope",
                what: "rounding scope"
            )
            input.timeLines = try FieldText.choice(
                form.text("timeLines"),
                field: "timeLines",
                what: "way to group invoice lines"
            )
            input.language = try FieldText.language(form.text("language"), field: "language")
            input.notes = form["notes"]
            // Checked before anything is written; a form without the field leaves the hours alone.
            let hours = form["hours"]
            if let hours { _ = try attributing(to: "hours") { try WeeklyHours.parse(hours) } }
            let client = try await app.services.clients.edit(id, with: input, as: signed.caller)
            if let hours { _ = try await app.services.hours.setHours(hours, of: client.id, as: signed.caller) }
            return signed.redirect(to: "/clients/\(client.id)", notice: "Saved.")
        } catch let error as any UserFacingError {
            return try await page(signed, id: id, form: form, error: error)
        }
    }

    private func addProject(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        let id = try Self.id(context)
        do {
            let input = ProjectService.Input(name: nil, rate: form.text("rate"))
            let project = try await app.services.projects.add(
                form["name"] ?? "",
                toClient: id,
                input,
                as: signed.caller
            )
            // Redirected, so a reload does not post the form again.
            return signed.redirect(to: "/clients/\(id)", notice: "Project \(project.name) added.")
        } catch let error as any UserFacingError {
            return try await page(signed, id: id, projectError: error)
        }
    }

    /// The page, with the form that failed (if any) and its error.
    func page(
        _ signed: Signed,
        id: ID<Client>,
        notice: String? = nil,
        form: FormData? = nil,
        error: (any UserFacingError)? = nil,
        projectError: (any UserFacingError)? = nil,
        taskError: (any UserFacingError)? = nil
    ) async throws -> Response {
        let details = try await app.services.clients.details(id, as: signed.caller)
        let client = details.client
        let month = try await app.services.entries.list(.month, as: signed.caller)
        let entries = month.entries.filter { $0.entry.clientID == client.id }.reversed().prefix(30)
        let csrf = signed.session?.csrfToken ?? ""
        let current =
            form
            ?? FormData(fields: [
                "name": client.name, "zone": client.zone.identifier, "currency": client.currency.code,
                "rate": client.rate?.decimalString ?? "", "rounding": client.rounding.description,
                "roundingScope": client.roundingScope.rawValue, "timeLines": client.timeLines.rawValue,
                "language": client.language.tag, "notes": client.notes,
                "hours": details.hours.isEmpty ? "" : details.hours.description,
            ])
        let fields = FormValues(
            fields: [
                FieldView(name: "name", label: "Name", value: current["name"] ?? "", required: true),
                FieldView(
                    name: "zone",
                    label: "Time zone",
                    value: current["zone"] ?? "",
                    hint: "IANA name, e.g. Australia/Sydney"
                ),
                FieldView(name: "currency", label: "Currency", value: current["currency"] ?? ""),
                FieldView(
                    name: "rate",
                    label: "Hourly rate",
                    value: current["rate"] ?? "",
                    hint: "Empty: the workspace default applies"
                ),
                FieldView(
                    name: "rounding",
                    label: "Rounding",
                    value: current["rounding"] ?? "",
                    hint: "none, up:15m, nearest:6m or down:5m"
                ),
                FieldView(
                    name: "roundingScope",
                    label: "Round each",
                    value: current["roundingScope"] ?? "",
                    hint: "entry (then summed), or line (its summed time, once)"
                ),
                FieldView(
                    name: "timeLines",
                    label: "Invoice time lines",
                    value: current["timeLines"] ?? "",
                    hint: "project (one per project and rate), task (one per task and rate) or entry (one per entry)"
                ),
                FieldView(
                    name: "language",
                    label: "Language",
                    value: current["language"] ?? "",
                    hint: "e.g. en, es, ru"
                ),
                FieldView(
                    name: "hours",
                    label: "Working hours",
                    value: current["hours"] ?? "",
                    hint: "On their clock, e.g. Mon-Fri 09:00-17:00 or Sun-Thu 08:00-16:00; empty for none"
                ),
                FieldView(name: "notes", label: "Notes", value: current["notes"] ?? ""),
            ],
            error: error,
            csrf: csrf
        )
        let instant = app.now()
        let retainer = try await app.services.retainers.status(ofClient: client.id, as: signed.caller)
        let values: [String: Any] = [
            "retainer": retainer.map(Self.retainerValues) as Any,
            "id": client.id.description, "name": client.name, "archived": client.isArchived,
            "zone": client.zone.identifier, "localTime": client.zone.localDateTime(at: instant).time.hourAndMinute,
            "currency": client.currency.code, "rate": details.rate?.labeled ?? "none",
            "rounding": client.rounding.description, "language": client.language.tag,
            "allTime": TimeSpan(seconds: details.rawSeconds).clockText, "entryCount": details.entryCount,
            "hasProjects": !details.projects.isEmpty,
            "projects": details.projects.map { project in
                ["name": project.name, "rate": project.rate?.labeled as Any, "archived": project.isArchived]
                    as [String: Any]
            },
            "projectOptions": details.projects.filter { !$0.isArchived }.map { project in
                ["id": project.id.description, "name": project.name]
            },
            "hasTasks": !details.tasks.isEmpty,
            "tasks": details.tasks.map { task in
                [
                    "id": task.id.description, "clientID": client.id.description, "name": task.name,
                    "project": details.projects.first { $0.id == task.projectID }?.name ?? "",
                    "rate": task.rate?.labeled ?? "—", "rateValue": task.rate?.decimalString ?? "",
                    "archived": task.isArchived, "csrf": csrf,
                ] as [String: Any]
            },
            "hasEntries": !entries.isEmpty,
            "entries": entries.map { view in
                [
                    "number": view.entry.number, "date": view.start.date.description,
                    "project": view.work, "memo": view.entry.memo, "duration": view.duration.clockText,
                ] as [String: Any]
            },
            "canManage": signed.caller.canManageWorkspace, "showsMoney": signed.caller.seesMoney, "csrf": csrf,
            "fields": fields.fields,
            "formError": fields.formError as Any, "projectError": projectError?.neutralMessage as Any,
            "taskError": taskError.map { ($0 as? InvalidInput)?.neutralText ?? $0.neutralMessage } as Any,
        ]
        let status = Problem.formStatus(error ?? projectError ?? taskError) ?? .ok
        return app.pages.page(
            "client",
            title: client.name,
            values: values,
            chrome: try await app.chrome(signed, section: "clients", notice: notice),
            status: status
        )
    }

    static func id(_ context: AppContext) throws -> ID<Client> {
        guard let id = ID<Client>(try context.parameters.require("id")) else {
            throw Problem(.notFound, "The client was not found.")
        }
        return id
    }

    /// The retainer panel: this period's hours and the pace.
    static func retainerValues(_ status: RetainerStatus) -> [String: Any] {
        let balance = status.current.balance
        let clock = { (seconds: Int64) in TimeSpan(seconds: seconds).clockText }
        var pace: String?
        if let runsOut = status.runsOut {
            let date = status.client.zone.localDate(at: runsOut)
            pace = "At this pace the hours run out on \(date.weekday.shortName) \(date)."
        } else if balance.overageSeconds > 0 {
            pace = "The hours are used up: \(clock(balance.overageSeconds)) of overage so far."
        }
        return [
            "terms": status.showsMoney
                ? "\(status.retainer.terms.fee.labeled)/month for \(clock(status.retainer.terms.includedSeconds)) h"
                : "\(clock(status.retainer.terms.includedSeconds)) h a month",
            "period": "\(status.current.dates.lowerBound) – \(status.current.dates.upperBound)",
            "included": clock(balance.includedSeconds),
            "rolledIn": balance.rolledInSeconds > 0 ? clock(balance.rolledInSeconds) : nil as String? as Any,
            "used": clock(balance.usedSeconds), "left": clock(balance.leftSeconds),
            "overage": clock(balance.overageSeconds), "percent": min(balance.usedBasisPoints / 100, 100),
            "usedPercent": balance.usedBasisPoints / 100, "pace": pace as Any,
            "alerts": status.recordedAlerts.isEmpty
                ? nil as String? as Any
                : status.recordedAlerts.reversed().map { alert in
                    let reached = status.client.zone.localDateTime(at: alert.reachedAt)
                    return "\(Percent.text(alert.thresholdBasisPoints)) on \(reached.date.weekday.shortName) "
                        + "\(reached.date) \(reached.time.hourAndMinute)"
                }.joined(separator: ", "),
        ]
    }
}
