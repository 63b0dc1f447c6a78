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

    var kind: UserFacingErrorKind {
        switch self {
        case .dataDirectory, .badClock: return .invalidInput
        case .noData: return .notFound
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
        }
    }
}
