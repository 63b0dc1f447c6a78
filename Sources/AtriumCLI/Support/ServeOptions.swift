import ArgumentParser
import AtriumStore

/// The options of `atrium serve`. `atrium-server` reads them; `atrium` declares them too, so that
/// its shell completion knows them, though it hands them to `atrium-server` unread.
package struct ServeOptions: ParsableArguments {
    @Option(help: "The address to listen on (default 127.0.0.1, or ATRIUM_HOST).")
    package var host: String?
    @Option(help: "The port to listen on (default 8080, or ATRIUM_PORT).")
    package var port: Int?
    @Flag(help: "Mark cookies Secure: set when Atrium is served over https (or ATRIUM_SECURE_COOKIES=1).")
    package var secureCookies = false
    @Option(
        help: ArgumentHelp(
            """
            full (default): every committed write is synced to disk and survives a power loss; normal: synced at \
            checkpoints, faster, survives a crash of Atrium but a power loss may undo the last writes.
            """,
            valueName: "durability"
        ),
        completion: .list(["full", "normal"])
    )
    package var durability: String = "full"
    @Option(help: "Seconds a page or API read may take before it is answered 503 and stopped (default 30).")
    package var requestTimeout: Int = 30

    package init() {}

    package func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
        guard (1...3600).contains(requestTimeout) else {
            throw ValidationError("--request-timeout must be between 1 and 3600 seconds.")
        }
        if SQLiteStore.Durability(rawValue: durability) == nil {
            throw ValidationError("--durability must be full or normal, not \"\(durability)\".")
        }
    }
}
