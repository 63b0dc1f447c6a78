import ArgumentParser
import AtriumCLI
import AtriumCore
import AtriumServices
import AtriumStore
import AtriumWeb
import Logging

/// `atrium serve` (run by `atrium-server`, see ``AtriumServer``): the web app and JSON API.
struct ServerCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and the JSON API.",
        discussion: """
            Serves the data directory's database on http://HOST:PORT until stopped (SIGTERM or Ctrl-C finish \
            the requests in flight first). The first visit creates the workspace and the owner's account, or \
            gives a workspace made with `atrium init` its owner's email and password. The command line keeps \
            working on the same data while the server runs.

            Options fall back to ATRIUM_HOST, ATRIUM_PORT and ATRIUM_SECURE_COOKIES.

            Examples:
              atrium serve
              atrium serve --port 9000 --host 0.0.0.0 --secure-cookies
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ServeOptions

    func execute(in context: CommandContext) async throws {
        ServerMemory.keepFreedMemory()
        let bootstrap = try Bootstrap(options: global, context: context)
        let environment = context.environment
        var configuration = WebConfiguration()
        configuration.requestTimeoutSeconds = options.requestTimeout
        configuration.host = options.host ?? environment["ATRIUM_HOST"] ?? configuration.host
        if let port = options.port {
            configuration.port = port
        } else if let text = environment["ATRIUM_PORT"] {
            guard let port = Int(text), (0...65_535).contains(port) else {
                throw InvalidInput("ATRIUM_PORT must be a port number, not \"\(text)\"", field: "ATRIUM_PORT")
            }
            configuration.port = port
        }
        configuration.secureCookies =
            options.secureCookies || ["1", "true", "yes"].contains(environment["ATRIUM_SECURE_COOKIES"] ?? "")
        let metrics = HTTPMetrics()
        let store = try bootstrap.openStore(
            creating: true,
            connections: .pool,
            durability: SQLiteStore.Durability(rawValue: options.durability) ?? .full
        ) { isWrite, duration in
            metrics.recordTransaction(isWrite: isWrite, duration: duration)
        }
        let services = Services(store: store, now: bootstrap.now)
        var logger = Logger(label: "atrium")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let app = buildApplication(
            services: services,
            configuration: configuration,
            metrics: metrics,
            checkDatabase: { _ = try await store.workspaces() },
            now: bootstrap.now,
            logger: logger,
            onServerRunning: { [host = configuration.host] port in
                context.say("Atrium is running at http://\(host):\(port)")
            }
        )
        try await app.runService()
    }
}
