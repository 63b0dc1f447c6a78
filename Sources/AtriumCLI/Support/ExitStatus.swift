import ArgumentParser
import AtriumCore
import AtriumStore

/// The exit codes of `atrium`, documented in the README.
enum ExitStatus: Int32 {
    case success = 0
    /// The request was refused: bad input, an unknown name, a conflict, no permission.
    case refused = 1
    /// The command line itself was wrong (unknown option, missing argument).
    case usage = 64
    /// The data is damaged, foreign, written by a newer Atrium, or its audit trail is broken.
    case dataError = 65
    /// Something unexpected went wrong inside Atrium.
    case internalError = 70
    /// The data directory or database cannot be written.
    case cannotWrite = 73
    /// Another process held the database too long; trying again may work.
    case busy = 75
}

/// Translates any error a command throws into one line on stderr and an exit status — the only
/// place the CLI does so.
enum ErrorReport {
    static func status(for error: any Error, context: CommandContext) -> ExitStatus {
        switch error {
        case let error as StoreError:
            context.warn("atrium: " + error.userMessage)
            switch error {
            case .notWritable: return .cannotWrite
            case .busy: return .busy
            default: return error.isDataError ? .dataError : .refused
            }
        case let error as CLIError:
            context.warn("atrium: " + error.userMessage)
            if case .dataDirectory = error { return .cannotWrite }
            return .refused
        case let error as any UserFacingError:
            context.warn("atrium: " + error.userMessage)
            return .refused
        case let error as ValidationError:
            // Options that fit together only one way, checked once the command runs: a usage error,
            // as ArgumentParser's own checks are.
            context.warn("atrium: " + error.message)
            return .usage
        default:
            let detail = String(String(describing: error).prefix(300))
            context.warn("atrium: internal error: \(detail). Nothing was changed; please report this.")
            return .internalError
        }
    }
}
