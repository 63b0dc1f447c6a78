/// What kind of refusal an error is, so each edge (CLI, web, API) can translate it once.
public enum UserFacingErrorKind: Sendable, Equatable {
    /// The input was malformed or out of range; the person can fix it and retry.
    case invalidInput
    /// The thing named does not exist (or is not visible to the caller).
    case notFound
    /// The request clashes with the current state (an overlap, a running timer, a duplicate name).
    case conflict
    /// The caller may not do this.
    case forbidden
    /// The caller is not signed in, or their credentials are wrong or expired.
    case unauthenticated
    /// Too many attempts; the caller may retry after the given number of seconds.
    case throttled(retryAfterSeconds: Int64)
}

/// An error that may be shown to a person as it is: a message that says what was wrong and what is expected.
public protocol UserFacingError: Error {
    /// How an edge should classify the refusal (exit code, HTTP status).
    var kind: UserFacingErrorKind { get }
    /// One or two sentences for a person; never contains internal details.
    var userMessage: String { get }
    /// The form field, CLI option or JSON key at fault, when there is one.
    var field: String? { get }
    /// The message for the web pages and the API: the same, without command-line syntax
    /// (`--allow-overlap`, `atrium cancel`). Defaults to ``userMessage``.
    var neutralMessage: String { get }
}

extension UserFacingError {
    public var field: String? { nil }
    public var neutralMessage: String { userMessage }
}
