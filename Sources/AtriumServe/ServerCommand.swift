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
    @Option(help: "The address to listen on (default 127.0.0.1, or ATRIUM_HOST).") var host: String?
    @Option(help: "The port to listen on (default 8080, or ATRIUM_PORT).") var port: Int?
    @Flag(help: "Mark cookies Secure: set when Atrium is served over https (or ATRIUM_SECURE_COOKIES=1).")
    var secureCookies = false
    @Option(
        help: """
            full (default): every committed write is synced to disk and survives a power loss; normal: synced at \
            checkpoints, faster, survives a crash of Atrium but a power loss may undo the last writes.
            """
    )
    var durability: String = "full"
    @Option(help: "Seconds a page or API read may take before it is answered 503 and stopped (default 30).")
    var requestTimeout: Int = 30

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
        guard (1...3600).contains(requestTimeout) else {
            throw ValidationError("--request-timeout must be between 1 and 3600 seconds.")
        }
        if SQLiteStore.Durability(rawValue: durability) == nil {
            throw ValidationError("--durability must be full or normal, not \"\(durability)\".")
        }
    }

    func execute(in context: CommandContext) async throws {
        ServerMemory.keepFreedMemory()
        let bootstrap = try Bootstrap(options: global, context: context)
        let environment = context.environment
        var configuration = WebConfiguration()
        configuration.requestTimeoutSeconds = requestTimeout
        configuration.host = host ?? environment["ATRIUM_HOST"] ?? configuration.host
        if let port {
            configuration.port = port
        } else if let text = environment["ATRIUM_PORT"] {
            guard let port = Int(text), (0...65_535).contains(port) else {
                throw InvalidInput("ATRIUM_PORT must be a port number, not \"\(text)\"", field: "ATRIUM_PORT")
            }
            configuration.port = port
        }
        configuration.secureCookies =
            secureCookies || ["1", "true", "yes"].contains(environment["ATRIUM_SECURE_COOKIES"] ?? "")
        let metrics = HTTPMetrics()
        let store = try bootstrap.openStore(
            creating: true,
            connections: .pool,
            durability: SQLiteStore.Durability(rawValue: durability) ?? .full
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
