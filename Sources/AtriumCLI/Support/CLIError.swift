import AtriumCore

/// Refusals that only the command line has.
enum CLIError: UserFacingError {
    /// The data directory cannot be created or used.
    case dataDirectory(String, String)
    /// No database in the data directory.
    case noData(String)
    /// A demo into a directory that already holds data.
    case demoWouldReplace(String)
    /// `ATRIUM_NOW` is not an ISO 8601 instant.
    case badClock(String)
    /// The server's program (path, why) cannot be started by `atrium serve`.
    case serverMissing(String, String)
    /// `atrium serve` run inside another program (a test), which it would replace.
    case serverInProcess

    var kind: UserFacingErrorKind {
        switch self {
        case .dataDirectory, .badClock: return .invalidInput
        case .noData, .serverMissing: return .notFound
        case .serverInProcess: return .conflict
        case .demoWouldReplace: return .conflict
        }
    }

    var userMessage: String {
        switch self {
        case .dataDirectory(let path, let reason):
            return "Cannot use \(path) as the data directory: \(reason). Choose another with --data-dir or ATRIUM_HOME."
        case .noData(let path):
            return "No Atrium data in \(path). Create a workspace with: atrium init (or try: atrium demo)"
        case .demoWouldReplace(let path):
            return "\(path) already holds Atrium data; the demo would replace it. Pass --replace to do so, "
                + "or give another --data-dir."
        case .badClock(let text):
            return "ATRIUM_NOW=\(text) is not an instant such as 2026-11-20T14:00:00Z."
        case .serverMissing(let path, let reason):
            return "atrium serve runs the server's program \(path), which cannot be started (\(reason)). "
                + "Build it with `make release` (or `swift build --product atrium-server`) and keep it next to atrium."
        case .serverInProcess:
            return "atrium serve replaces the running program with atrium-server: run it as its own process."
        }
    }
}
