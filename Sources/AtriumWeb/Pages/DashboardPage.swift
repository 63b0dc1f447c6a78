import AtriumCore
import AtriumServices
import Hummingbird

/// The dashboard and the timer's start and stop forms.
struct DashboardPage {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/") { request, context in try await show(request, context) }
        router.post("/timer/start") { request, context in try await start(request, context) }
        router.post("/timer/stop") { request, context in try await stop(request, context) }
    }

    private func show(_ request: Request, _ context: AppContext) async throws -> Response {
        guard let signed = context.signed, signed.session != nil else {
            if try await app.services.accounts.setupState() != .ready { return PageRenderer.redirect(to: "/setup") }
            throw AccountError.signedOut
        }
        let notice = request.uri.queryParameters.get("notice").flatMap(Notice.init(rawValue:))?.text
        guard notice == nil else { return try await page(signed, form: FormData(), error: nil, notice: notice) }
        return try await app.kept(request, signed) {
            try await built(signed, form: FormData(), error: nil, notice: nil, keeping: true)
        }
    }

    private func start(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            let tags = try TagName.list(form["tags"] ?? "")
            var start = TimerService.Start(target: form["target"] ?? "", memo: form["memo"] ?? "", tags: tags)
            start.task = form.text("task")
            let outcome = try await app.services.timer.start(start, as: signed.caller)
            return PageRenderer.redirect(to: outcome.stopped == nil ? "/?notice=started" : "/?notice=switched")
        } catch let error as any UserFacingError {
            return try await page(signed, form: form, error: error, notice: nil)
        }
    }

    private func stop(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let form = try await FormData.read(request, context: context)
        try signed.requireCSRF(in: form)
        do {
            _ = try await app.services.timer.stop(at: nil, memo: nil, force: false, as: signed.caller)
            return PageRenderer.redirect(to: "/?notice=stopped")
        } catch let error as any UserFacingError {
            return try await page(signed, form: form, error: error, notice: nil)
        }
    }

    private func page(_ signed: Signed, form: FormData, error: (any UserFacingError)?, notice: String?) async throws
        -> Response
    {
        try await built(signed, form: form, error: error, notice: notice, keeping: false).response
    }

    /// The dashboard; with `keeping`, one the ``ResponseCache`` may keep a minute, or a second while
    /// it shows a running timer.
    private func built(
        _ signed: Signed,
        form: FormData,
        error: (any UserFacingError)?,
        notice: String?,
        keeping: Bool
    ) async throws -> ResponseCache.Built {
        let caller = signed.caller
        let directory = try await app.services.workspaces.directory(for: caller)
        let glance = try await app.services.summaries.glance(as: caller)
        let latest = try await app.services.entries.page(.week, after: nil, limit: 8, newestFirst: true, as: caller)
        let values = DashboardValues(
            directory: directory,
            glance: glance,
            latest: latest.entries,
            showsMoney: caller.canManageWorkspace,
            clock: app.services.hours.clock(in: directory),
            now: app.now(),
            csrf: signed.session?.csrfToken ?? "",
            form: form,
            error: error
        )
        var built = app.pages.built(
            "dashboard",
            title: "Dashboard",
            values: values,
            chrome: try await app.chrome(signed, section: "dashboard", notice: notice),
            status: Problem.formStatus(error) ?? .ok
        )
        if keeping {
            let runs = glance.week.running != nil || latest.entries.contains { $0.entry.end == nil }
            built.freshness = .showing(running: runs)
        }
        return built
    }
}

/// Messages shown after a form redirects back to the dashboard.
enum Notice: String {
    case started, switched, stopped

    var text: String {
        switch self {
        case .started: return "Timer started."
        case .switched: return "The running timer was stopped and a new one started."
        case .stopped: return "Timer stopped."
        }
    }
}

extension AppContext {
    /// The caller of a browser session.
    ///
    /// - Throws: ``AccountError/signedOut`` without one (the error page then offers sign-in).
    func signedInBrowser() throws -> Signed {
        guard let signed, signed.session != nil else { throw AccountError.signedOut }
        return signed
    }
}
