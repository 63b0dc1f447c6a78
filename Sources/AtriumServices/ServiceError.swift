import AtriumCore

/// Refusals decided by the services themselves (the rules of Core and the store have their own errors).
public enum ServiceError: UserFacingError, Equatable {
    /// The caller may not do this.
    case forbidden(String)
    /// The data directory holds no workspace yet.
    case notInitialized
    /// `init` on a data directory that already has a workspace.
    case alreadyInitialized(name: String)
    /// The client is archived and takes no new time.
    case archived(String)
    /// A change that needs more input (a new currency without a new rate).
    case incomplete(String, field: String)

    public var kind: UserFacingErrorKind {
        switch self {
        case .forbidden: return .forbidden
        case .notInitialized: return .notFound
        case .alreadyInitialized, .archived: return .conflict
        case .incomplete: return .invalidInput
        }
    }

    public var field: String? {
        if case .incomplete(_, let field) = self { return field }
        return nil
    }

    public var userMessage: String {
        switch self {
        case .forbidden(let message): return message
        case .notInitialized:
            return "There is no workspace here yet. Create one with: atrium init (or try atrium demo)"
        case .alreadyInitialized(let name):
            return "This data directory already holds the workspace \"\(name)\"; nothing was changed."
        case .archived(let name):
            return "\(name) is archived. Bring it back with: atrium client edit \"\(name)\" --unarchive"
        case .incomplete(let message, _): return message
        }
    }

    public var neutralMessage: String {
        switch self {
        case .notInitialized: return "There is no workspace here yet."
        case .archived(let name): return "\(name) is archived; bring it back on its client page to track time."
        default: return userMessage
        }
    }
}
