import AtriumCore
import AtriumServices
import Hummingbird

/// The time page: entries with filters, adding, editing and deleting, the week grid, CSV export.
struct TimePages {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/time") { request, context in
            let signed = try context.signedInBrowser()
            return try await page(
                signed,
                filter: TimeFilter(request.uri.queryParameters),
                notice: signed.notice(in: FormData(encoded: request.uri.query ?? ""))
            )
        }
        router.get("/time/export.csv") { request, context in try await export(request, context) }
        router.post("/time") { request, context in try await add(request, context) }
        router.get("/time/{number}/edit") { _, context in
            let signed = try context.signedInBrowser()
            let view = try await app.services.entries.view(try Self.number(context), as: signed.caller)
            guard signed.caller.canTouch(view.entry) else { throw EntryError.notFound(number: view.entry.number) }
            return try await editPage(signed, view: view, form: Self.form(for: view), error: nil)
        }
        router.post("/time/{number}") { request, context in try await edit(request, context) }
        router.post("/time/{number}/delete") { request, context in
            let signed = try context.signedInBrowser()
            try signed.requireCSRF(in: try await FormData.read(request, context: context))
            let deleted = try await app.services.entries.delete(try Self.number(context), as: signed.caller)
            return try await page(
                signed,
                filter: TimeFilter(Parameters()),
                notice: "Deleted entry #\(deleted.entry.number)."
            )
        }
    }

    private func export(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let filter = TimeFilter(request.uri.queryParameters)
        let list = try await app.services.entries.list(
            try filter.choice(),
            filter: try filter.entryFilter(),
            as: signed.caller
        )
        let csv = EntryRecord.csv(list.entries)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"atrium-entries.csv\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: csv))
        )
    }

    private func add(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            var input = try Self.input(from: form)
            input.isBillable = form["billable"] == "on"
            let outcome = try await app.services.entries.add(input, as: signed.caller)
            let notes = outcome.notes.isEmpty ? "" : " " + outcome.notes.joined(separator: " ")
            // Redirected: reloading the page that follows does not add the entry again.
            return signed.redirect(to: "/time", notice: "Added entry #\(outcome.entry.entry.number)." + notes)
        } catch let error as any UserFacingError {
            return try await page(signed, filter: TimeFilter(Parameters()), form: form, error: error)
        }
    }

    private func edit(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        let number = try Self.number(context)
        do {
            var input = try Self.input(from: form)
            input.isBillable = form["billable"] == "on"
            _ = try await app.services.entries.edit(number, with: input, as: signed.caller)
            return PageRenderer.redirect(to: "/time")
        } catch let error as any UserFacingError {
            let view = try await app.services.entries.view(number, as: signed.caller)
            return try await editPage(signed, view: view, form: form, error: error)
        }
    }

    /// The entry fields of the add and edit forms.
    private static func input(from form: FormData) throws -> EntryInput {
        var input = EntryInput(
            target: form.text("target"),
            date: form.text("date"),
            from: form.text("from"),
            to: form.text("to"),
            memo: form["memo"] ?? "",
            tags: try TagName.list(form["tags"] ?? "")
        )
        input.duration = try FieldText.duration(form.text("duration"), field: "duration")
        input.allowsOverlap = form["allow_overlap"] == "on"
        // An empty task field means no task: an edit takes the entry off its task.
        input.task = form.text("task")
        input.clearsTask = input.task == nil
        return input
    }

    private static func number(_ context: AppContext) throws -> Int {
        guard let number = Int(try context.parameters.require("number")), number > 0 else {
            throw Problem(.notFound, "The time entry was not found.")
        }
        return number
    }

    /// The edit form's fields filled from the entry, in the viewer's zone.
    private static func form(for view: EntryView) -> FormData {
        FormData(fields: [
            "target": view.projectName.isEmpty ? view.clientName : "\(view.clientName)/\(view.projectName)",
            "date": view.start.date.description, "from": view.start.time.hourAndMinute,
            "to": view.end?.time.hourAndMinute ?? "", "memo": view.entry.memo, "task": view.taskName,
            "tags": view.entry.tags.map(\.name).joined(separator: " "), "billable": view.entry.isBillable ? "on" : "",
        ])
    }

    private static func fields(_ form: FormData, targets: [String]) -> [FieldView] {
        [
            FieldView(
                name: "target",
                label: "Client or client/project",
                value: form["target"] ?? "",
                required: true,
                hint: targets.prefix(6).joined(separator: ", ")
            ),
            FieldView(name: "date", label: "Date", type: "date", value: form["date"] ?? "", hint: "Today when empty"),
            FieldView(
                name: "from",
                label: "From",
                value: form["from"] ?? "",
                required: true,
                hint: "e.g. 14:00 or 2pm"
            ),
            FieldView(name: "to", label: "To", value: form["to"] ?? "", hint: "e.g. 15:30; or give a duration"),
            FieldView(
                name: "duration",
                label: "Duration",
                value: form["duration"] ?? "",
                hint: "e.g. 1h30m, 90m, 1.5h"
            ),
            FieldView(
                name: "task",
                label: "Task",
                value: form["task"] ?? "",
                hint: "Optional: one of the client's tasks, by name"
            ),
            FieldView(name: "memo", label: "Memo", value: form["memo"] ?? ""),
            FieldView(name: "tags", label: "Tags", value: form["tags"] ?? "", hint: "e.g. writing, rush"),
        ]
    }

    private func editPage(_ signed: Signed, view: EntryView, form: FormData, error: (any UserFacingError)?)
        async throws -> Response
    {
        let csrf = signed.session?.csrfToken ?? ""
        let values = FormValues(fields: Self.fields(form, targets: []), error: error, csrf: csrf)
        let page: [String: Any] = [
            "number": view.entry.number, "csrf": csrf, "fields": values.fields, "formError": values.formError as Any,
            "billableChecked": form["billable"] == "on",
        ]
        return app.pages.page(
            "entryEdit",
            title: "Edit entry #\(view.entry.number)",
            values: page,
            chrome: try await app.chrome(signed, section: "time"),
            status: Problem.formStatus(error) ?? .ok
        )
    }

    private func page(
        _ signed: Signed,
        filter: TimeFilter,
        notice: String? = nil,
        form: FormData = FormData(fields: ["billable": "on"]),
        error: (any UserFacingError)? = nil
    ) async throws -> Response {
        let caller = signed.caller
        let directory = try await app.services.workspaces.directory(for: caller)
        var filterError: String?
        let list: EntryList
        do {
            list = try await app.services.entries.list(
                try filter.choice(),
                filter: try filter.entryFilter(),
                as: caller
            )
        } catch let problem as InvalidInput {
            filterError = problem.neutralMessage
            list = try await app.services.entries.list(.week, as: caller)
        }
        let entries = list.entries
        let csrf = signed.session?.csrfToken ?? ""
        let clients = directory.visibleClients
        let targets = clients.filter { !$0.isArchived }.map(\.name)
        let formValues = FormValues(fields: Self.fields(form, targets: targets), error: error, csrf: csrf)
        var values = TimeValues(
            csrf: csrf,
            periodLabel: list.period.label,
            total: TimeSpan(seconds: entries.reduce(0) { $0 + $1.duration.seconds }).clockText,
            count: entries.count,
            query: filter.queryString,
            filter: filter,
            filterError: filterError,
            fields: formValues.fields,
            formError: formValues.formError,
            billableChecked: form["billable"] == "on"
        )
        values.periods = filter.periodOptions
        values.clientOptions = clients.map {
            Option(value: $0.id.description, label: $0.name, selected: filter.clientID == $0.id.description)
        }
        values.projectOptions = directory.visibleProjects.compactMap { project in
            guard let client = directory.client(project.clientID) else { return nil }
            return Option(
                value: project.id.description,
                label: "\(client.name) / \(project.name)",
                selected: filter.projectID == project.id.description
            )
        }
        values.showPeople = directory.people.count > 1
        values.personOptions = directory.people.map {
            Option(value: $0.id.description, label: $0.name, selected: filter.personID == $0.id.description)
        }
        values.entries = entries.reversed().map { view in
            TimeValues.Row(
                number: view.entry.number,
                date: "\(view.start.date.weekday.shortName) \(view.start.date)",
                span: "\(view.start.time.hourAndMinute)–\(view.end?.time.hourAndMinute ?? "now")",
                target: view.target,
                person: values.showPeople ? view.personName : nil,
                memo: view.entry.memo,
                tags: view.entry.tags.map(\.description).joined(separator: " "),
                billable: view.entry.isBillable,
                duration: view.duration.clockText,
                editable: caller.canTouch(view.entry),
                csrf: csrf
            )
        }
        values.hasEntries = !values.entries.isEmpty
        if filter.period == "week", let days = list.period.days {
            values.grid = WeekGrid(entries: entries, days: days)
        }
        return app.pages.page(
            "time",
            title: "Time",
            values: values,
            chrome: try await app.chrome(signed, section: "time", notice: notice),
            status: Problem.formStatus(error) ?? (filterError == nil ? .ok : .unprocessableContent)
        )
    }
}

/// What the time template shows.
private struct TimeValues {
    struct Row {
        var number: Int
        var date: String
        var span: String
        var target: String
        var person: String?
        var memo: String
        var tags: String
        var billable: Bool
        var duration: String
        var editable: Bool
        var csrf: String
    }

    var csrf: String
    var periodLabel: String
    var total: String
    var count: Int
    var query: String
    var filter: TimeFilter
    var filterError: String?
    var fields: [FieldView]
    var formError: String?
    var billableChecked: Bool
    var periods: [Option] = []
    var clientOptions: [Option] = []
    var projectOptions: [Option] = []
    var showPeople = false
    var personOptions: [Option] = []
    var entries: [Row] = []
    var hasEntries = false
    var grid: WeekGrid?
}

/// Hours per client and day of one week, with row totals.
struct WeekGrid {
    struct Row {
        var client: String
        var cells: [String]
        var total: String
    }

    var days: [String]
    var rows: [Row]

    init(entries: [EntryView], days: ClosedRange<LocalDate>) {
        var dates: [LocalDate] = []
        var day = days.lowerBound
        while day <= days.upperBound {
            dates.append(day)
            day = LocalDate(daysSinceEpoch: day.daysSinceEpoch + 1)
        }
        self.days = dates.map { "\($0.weekday.shortName) \($0.day)" }
        var seconds: [String: [LocalDate: Int64]] = [:]
        for view in entries {
            seconds[view.clientName, default: [:]][view.start.date, default: 0] += view.duration.seconds
        }
        rows = seconds.keys.sorted().map { client in
            let perDay = seconds[client] ?? [:]
            return Row(
                client: client,
                cells: dates.map { date in perDay[date].map { TimeSpan(seconds: $0).clockText } ?? "" },
                total: TimeSpan(seconds: perDay.values.reduce(0, +)).clockText
            )
        }
    }
}

extension WeekGrid: TemplateValues {
    static let names: [String: PartialKeyPath<WeekGrid> & Sendable] = ["days": \WeekGrid.days, "rows": \WeekGrid.rows]
}

extension WeekGrid.Row: TemplateValues {
    static let names: [String: PartialKeyPath<WeekGrid.Row> & Sendable] = [
        "client": \WeekGrid.Row.client, "cells": \WeekGrid.Row.cells, "total": \WeekGrid.Row.total,
    ]
}

extension TimeValues: TemplateValues {
    fileprivate static let names: [String: PartialKeyPath<TimeValues> & Sendable] = [
        "csrf": \TimeValues.csrf, "periodLabel": \TimeValues.periodLabel, "total": \TimeValues.total,
        "count": \TimeValues.count, "query": \TimeValues.query, "filter": \TimeValues.filter,
        "filterError": \TimeValues.filterError, "fields": \TimeValues.fields, "formError": \TimeValues.formError,
        "billableChecked": \TimeValues.billableChecked, "periods": \TimeValues.periods,
        "clientOptions": \TimeValues.clientOptions, "projectOptions": \TimeValues.projectOptions,
        "showPeople": \TimeValues.showPeople, "personOptions": \TimeValues.personOptions,
        "entries": \TimeValues.entries, "hasEntries": \TimeValues.hasEntries, "grid": \TimeValues.grid,
    ]
}

extension TimeValues.Row: TemplateValues {
    fileprivate static let names: [String: PartialKeyPath<TimeValues.Row> & Sendable] = [
        "number": \TimeValues.Row.number, "date": \TimeValues.Row.date, "span": \TimeValues.Row.span,
        "target": \TimeValues.Row.target, "person": \TimeValues.Row.person, "memo": \TimeValues.Row.memo,
        "tags": \TimeValues.Row.tags, "billable": \TimeValues.Row.billable, "duration": \TimeValues.Row.duration,
        "editable": \TimeValues.Row.editable, "csrf": \TimeValues.Row.csrf,
    ]
}
