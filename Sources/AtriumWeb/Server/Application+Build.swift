import AtriumCore
import AtriumServices
import Hummingbird
import Logging

/// Builds the web app and API on `services`: the one place routes and middleware are put together,
/// used by `atrium serve` and by every test.
///
/// - Parameters:
///   - services: The use cases, on the store the server opened.
///   - configuration: Where to listen and how to set cookies.
///   - metrics: The registry `/metrics` exposes; the store reports its transactions into it.
///   - checkDatabase: Run by `/health`; throws when the database cannot be read.
///   - now: The clock the pages read (the services have their own, usually the same).
///   - logger: Request logs carry the request id (`hb.request.id`).
///   - onServerRunning: Told the port the server listens on, once it does (useful with port 0).
public func buildApplication(
    services: Services,
    configuration: WebConfiguration,
    metrics: HTTPMetrics = HTTPMetrics(),
    checkDatabase: @escaping @Sendable () async throws -> Void,
    now: @escaping @Sendable () -> Instant,
    logger: Logger = Logger(label: "atrium"),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let app = WebApp(
        services: services,
        pages: PageRenderer(),
        configuration: configuration,
        metrics: metrics,
        now: now,
        checkDatabase: checkDatabase
    )
    let router = buildRouter(app)
    return Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "Atrium"
        ),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}

/// The router with every route and middleware; separate so tests can list its routes.
func buildRouter(_ app: WebApp) -> Router<AppContext> {
    let router = Router(context: AppContext.self)
    let routes = RouteTable()
    router.add(middleware: RequestLogMiddleware(level: .info))
    router.add(middleware: MetricsMiddleware(metrics: app.metrics))
    router.add(middleware: ErrorMiddleware(pages: app.pages, routes: routes))
    router.add(middleware: TimeoutMiddleware(limit: .seconds(app.configuration.requestTimeoutSeconds)))
    router.add(middleware: AuthMiddleware(services: app.services))
    SystemRoutes(app: app).register(on: router)
    CalendarFeedRoute(app: app).register(on: router)
    AccountPages(app: app).register(on: router)
    DashboardPage(app: app).register(on: router)
    TimePages(app: app).register(on: router)
    SummaryPage(app: app).register(on: router)
    SchedulePage(app: app).register(on: router)
    ImportPage(app: app).register(on: router)
    InvoicePages(app: app).register(on: router)
    ClientPages(app: app).register(on: router)
    SettingsPage(app: app).register(on: router)
    ExchangeRatePage(app: app).register(on: router)
    TeamPages(app: app).register(on: router)
    APIRoutes(app: app).register(on: router)
    routes.record(router)
    return router
}
