import AtriumCore
import AtriumServices
import Hummingbird

/// `/schedule`: the week's meetings and blocks on the viewer's clock, adding and removing them,
/// and the overlap finder.
struct SchedulePage {
    let app: WebApp

    /// What the page's address asks for: a week, and the clients of an overlap search.
    struct Query {
        var week: String?
        var with: [String] = []
        var min: String?
    }

    func register(on router: Router<AppContext>) {
        router.get("/schedule") { request, context in
            let signed = try context.signedInBrowser()
            let encoded = request.uri.query ?? ""
            let query = FormData(encoded: encoded)
            return try await page(
                signed,
                query: Query(week: query["week"], with: FormData.values(named: "with", in: encoded), min: query["min"]),
                form: FormData(),
                error: nil,
                notice: signed.notice(in: query)
            )
        }
        router.post("/schedule") { request, context in try await add(request, context) }
        router.post("/schedule/{id}/delete") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            let removed = try await app.services.schedule.remove(
                try context.parameters.require("id"),
                as: signed.caller
            )
            return signed.redirect(to: "/schedule", notice: "Removed \(removed.title).")
        }
    }

    private func add(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            let kind: ScheduleItem.Kind =
                try FieldText.choice(form.text("kind"), field: "kind", what: "kind") ?? .meeting
            let count = try form.text("count").map { text in
                guard let number = Int(text) else { throw InvalidInput("\"\(text)\" is not a number", field: "count") }
                return number
            }
            let input = ScheduleInput(
                kind: kind,
                client: form.text("client"),
                title: form.text("title"),
                at: form.text("at") ?? "",
                duration: form.text("duration"),
                every: form.text("every"),
                on: form.text("on"),
                from: form.text("from"),
                count: count,
                until: form.text("until"),
                zone: form.text("zone")
            )
            let added = try await app.services.schedule.add(input, as: signed.caller)
            return signed.redirect(to: "/schedule", notice: "Added \(added.title): \(added.repetitionText).")
        } catch let error as any UserFacingError {
            return try await page(signed, query: Query(), form: form, error: error, notice: nil)
        }
    }

    private func page(
        _ signed: Signed,
        query: Query,
        form: FormData,
        error: (any UserFacingError)?,
        notice: String?
    ) async throws -> Response {
        let caller = signed.caller
        let directory = try await app.services.workspaces.directory(for: caller)
        let zone = directory.person.zone
        let today = zone.localDate(at: app.now())
        var monday = today.startOfWeek(startingOn: .monday)
        var weekError: String?
        if let week = query.week, !week.isEmpty {
            do { monday = try LocalDate.parseISOWeek(week) } catch { weekError = error.message }
        }
        let occurrences = try await app.services.schedule.occurrences(
            from: monday,
            through: monday.adding(days: 6),
            as: caller
        )
        let entries = try await app.services.schedule.list(as: caller)
        var values: [String: Any] = [
            "zone": zone.identifier, "week": monday.isoWeekText,
            "weekLabel": "\(monday.isoWeekText), \(monday) – \(monday.adding(days: 6))",
            "previousWeek": monday.adding(days: -7).isoWeekText, "nextWeek": monday.adding(days: 7).isoWeekText,
            "days": (0..<7).map { offset in Self.day(monday.adding(days: offset), occurrences) },
            "hasEntries": !entries.isEmpty,
            "entries": entries.map { entry in
                [
                    "id": entry.item.id.description, "title": entry.title, "kind": entry.item.kind.rawValue,
                    "client": entry.clientName ?? "", "when": entry.repetitionText,
                    "time": entry.item.startTime.hourAndMinute, "zone": entry.zone.identifier,
                    "minutes": entry.item.durationMinutes, "csrf": signed.session?.csrfToken ?? "",
                ] as [String: Any]
            },
            "kinds": ScheduleItem.Kind.allCases.map { kind in
                Option(
                    value: kind.rawValue,
                    label: kind.rawValue.capitalized,
                    selected: kind.rawValue == (form["kind"] ?? "meeting")
                )
            },
            "form": FormValues(fields: Self.fields(form), error: error, csrf: signed.session?.csrfToken ?? ""),
        ]
        try await addOverlap(to: &values, query: query, monday: monday, directory: directory, caller: caller)
        if let weekError { values["overlapError"] = "week: \(weekError)" }
        return app.pages.page(
            "schedule",
            title: "Schedule",
            values: values,
            chrome: try await app.chrome(signed, section: "schedule", notice: notice),
            status: Problem.formStatus(error) ?? (weekError == nil ? .ok : .unprocessableContent)
        )
    }

    /// The overlap finder's form and, when clients are ticked, its slots on everyone's clock.
    private func addOverlap(
        to values: inout [String: Any],
        query: Query,
        monday: LocalDate,
        directory: Directory,
        caller: Caller
    ) async throws {
        let chosen = query.with
        let min = query.min.flatMap { $0.isEmpty ? nil : $0 } ?? "30m"
        values["min"] = min
        values["overlapClients"] = directory.visibleClients.filter { !$0.isArchived }.map { client in
            ["name": client.name, "checked": chosen.contains(client.name)] as [String: Any]
        }
        guard !chosen.isEmpty else { return }
        do {
            let minimum = try attributing(to: "min") { try TimeSpan.parse(min) }
            let report = try await app.services.hours.overlap(
                clients: chosen,
                from: monday,
                through: monday.adding(days: 6),
                minimumMinutes: Int(minimum.seconds / 60),
                as: caller
            )
            let parties = [report.viewer] + report.parties
            values["parties"] = parties.map(\.name)
            values["slots"] = report.slots.map { slot in
                [
                    "locals": parties.map { Self.localRange(slot, $0.zone) },
                    "minutes": slot.lowerBound.seconds(until: slot.upperBound) / 60,
                ] as [String: Any]
            }
            values["hasSlots"] = !report.slots.isEmpty
            values["noSlots"] = report.slots.isEmpty
            values["overlapNote"] =
                report.includesViewerHours
                ? "Inside your own working hours too."
                : "Your own working hours are not set, so they do not limit the slots."
        } catch let error as any UserFacingError {
            values["overlapError"] = error.neutralMessage
        }
    }

    /// One day of the week: its occurrences on the viewer's clock.
    private static func day(_ date: LocalDate, _ occurrences: [ScheduledOccurrence]) -> [String: Any] {
        let items = occurrences.filter { $0.viewerStart.date == date }.map { found -> [String: Any] in
            let end =
                found.viewerStart.secondsSinceLocalEpoch + found.occurrence.start.seconds(until: found.occurrence.end)
            let theirs = found.entry.zone.localDateTime(at: found.occurrence.start)
            return [
                "kind": found.entry.item.kind.rawValue, "title": found.entry.title,
                "client": found.entry.clientName as Any,
                "start": found.viewerStart.time.hourAndMinute,
                "end": LocalDateTime(secondsSinceLocalEpoch: end).time.hourAndMinute,
                "theirs":
                    "\(theirs.date.weekday.shortName) \(theirs.time.hourAndMinute) on the \(found.entry.zone.identifier) clock",
                "moved": found.movedMinutes.map { $0 > 0 ? "+\($0)" : String($0) } as Any,
                "note": found.occurrence.clockChangeNote as Any,
            ]
        }
        return ["label": "\(date.weekday.shortName) \(date.day)", "items": items]
    }

    private static func fields(_ form: FormData) -> [FieldView] {
        [
            FieldView(name: "client", label: "Client", value: form["client"] ?? "", hint: "name or the start of it"),
            FieldView(name: "title", label: "Title", value: form["title"] ?? "", hint: "\"Meeting with …\" when empty"),
            FieldView(
                name: "at",
                label: "Time",
                value: form["at"] ?? "",
                required: true,
                hint: "09:00, or 08:00-10:00"
            ),
            FieldView(
                name: "duration",
                label: "Duration",
                value: form["duration"] ?? "",
                hint: "30m, 1h; not with a range"
            ),
            FieldView(
                name: "every",
                label: "Repeat every",
                value: form["every"] ?? "",
                hint: "week, 2 weeks, month, day, weekday; once when empty"
            ),
            FieldView(name: "on", label: "On", value: form["on"] ?? "", hint: "Tue,Thu · 15 · 2nd Tue · last Fri"),
            FieldView(name: "from", label: "From", type: "date", value: form["from"] ?? "", hint: "today when empty"),
            FieldView(
                name: "count",
                label: "Times",
                value: form["count"] ?? "",
                hint: "stop after this many (or give an end date)"
            ),
            FieldView(name: "until", label: "Until", type: "date", value: form["until"] ?? ""),
            FieldView(
                name: "zone",
                label: "On whose clock",
                value: form["zone"] ?? "",
                hint: "client, me or utc; a meeting follows the client's, a block yours"
            ),
        ]
    }

    /// `Tue 07:00-09:00` on `zone`'s clock.
    static func localRange(_ slot: Range<Instant>, _ zone: ZoneID) -> String {
        let start = zone.localDateTime(at: slot.lowerBound)
        let end = zone.localDateTime(at: slot.upperBound)
        let endText =
            end.date == start.date ? end.time.hourAndMinute : "\(end.date.weekday.shortName) \(end.time.hourAndMinute)"
        return "\(start.date.weekday.shortName) \(start.time.hourAndMinute)–\(endText)"
    }
}
