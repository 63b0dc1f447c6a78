import AtriumCore

/// Refusals of sign-in, sessions and API tokens.
public enum AccountError: UserFacingError, Equatable {
    /// The email or password is wrong (deliberately not saying which).
    case wrongCredentials
    /// Too many failed sign-ins for this account from this address.
    case throttled(retryAfterSeconds: Int64)
    /// No session, an expired one, or an unknown or revoked API token.
    case signedOut
    /// The workspace and its owner's account already exist.
    case alreadySetUp
    /// An invitation link that is unknown, already used or expired.
    case inviteClosed

    public var kind: UserFacingErrorKind {
        switch self {
        case .wrongCredentials, .signedOut: return .unauthenticated
        case .throttled(let seconds): return .throttled(retryAfterSeconds: seconds)
        case .alreadySetUp: return .conflict
        case .inviteClosed: return .notFound
        }
    }

    public var userMessage: String {
        switch self {
        case .wrongCredentials: return "That email and password do not match an account."
        case .throttled(let seconds):
            let minutes = max(1, (seconds + 59) / 60)
            return "Too many failed sign-ins. Try again in \(minutes) minute\(minutes == 1 ? "" : "s")."
        case .signedOut: return "Sign in first: the session or API token is missing, expired or revoked."
        case .alreadySetUp: return "Atrium is already set up here; sign in instead."
        case .inviteClosed:
            return "This invitation link is not valid any more (used, expired or mistyped). Ask for a new one."
        }
    }
}
