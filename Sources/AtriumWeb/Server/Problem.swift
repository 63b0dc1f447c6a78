import AtriumCore
import AtriumServices
import AtriumStore
import Hummingbird

/// A refusal as the web edge states it: an HTTP status, a message for a person, and the field at
/// fault. Every error a handler throws is translated here once, for pages and the API alike.
struct Problem: Error, Sendable {
    var status: HTTPResponse.Status
    var detail: String
    var field: String?
    /// For 429: when to try again.
    var retryAfterSeconds: Int64?
    /// For 405: the methods the path answers (the `Allow` header).
    var allowedMethods: [HTTPRequest.Method] = []

    init(_ status: HTTPResponse.Status, _ detail: String, field: String? = nil) {
        self.status = status
        self.detail = detail
        self.field = field
    }

    /// The problem an error means; nil for an unexpected error (a bug: answered 500 without details).
    init?(_ error: any Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let error as StoreError:
            switch error {
            case .busy: self.init(.serviceUnavailable, error.neutralMessage)
            case .notFound: self.init(.notFound, error.neutralMessage)
            case .conflict: self.init(.conflict, error.neutralMessage)
            default: return nil
            }
        case let error as any UserFacingError:
            // `--at` is the command line's name of the field; forms and JSON name it `at`.
            let field = error.field.map { $0.hasPrefix("--") ? String($0.dropFirst(2)) : $0 }
            self.init(Self.status(of: error.kind), error.neutralMessage, field: field)
            if case .throttled(let seconds) = error.kind { retryAfterSeconds = seconds }
        case let error as any HTTPResponseError:
            switch error.status {
            case .contentTooLarge:
                self.init(.contentTooLarge, "The request body is larger than \(WebConfiguration.maxBodyBytes) bytes.")
            case .notFound:
                self.init(.notFound, "There is nothing at this address.")
            default:
                self.init(error.status, error.status.reasonPhrase)
            }
        default:
            return nil
        }
    }

    /// The status of a form shown again with `error`: a name typed in the form that matches
    /// nothing is a mistake in what was typed (422), where the API and the command line, asked for
    /// something by name, say it was not found (404).
    static func formStatus(_ error: (any Error)?) -> HTTPResponse.Status? {
        guard let error else { return nil }
        if error is LookupError { return .unprocessableContent }
        return Problem(error)?.status
    }

    /// A 405 for a path that answers only `methods`.
    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed methods: [HTTPRequest.Method]) -> Problem {
        let names = methods.map(\.rawValue).joined(separator: ", ")
        var problem = Problem(
            .methodNotAllowed,
            "This address does not answer \(method.rawValue); it answers \(names)."
        )
        problem.allowedMethods = methods
        return problem
    }

    /// The headers a problem's answer carries besides its body: `Retry-After`, `Allow`.
    func addHeaders(to headers: inout HTTPFields) {
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        if !allowedMethods.isEmpty { headers[.allow] = allowedMethods.map(\.rawValue).joined(separator: ", ") }
    }

    private static func status(of kind: UserFacingErrorKind) -> HTTPResponse.Status {
        switch kind {
        case .invalidInput: return .unprocessableContent
        case .notFound: return .notFound
        case .conflict: return .conflict
        case .forbidden: return .forbidden
        case .unauthenticated: return .unauthorized
        case .throttled: return .tooManyRequests
        }
    }

    /// Runs `body`, naming fields in its refusals as the caller's JSON does (`to` → `end`): the
    /// services name them as the command line and the forms do.
    static func renamingFields<Result>(_ names: [String: String], _ body: () async throws -> Result) async throws
        -> Result
    {
        do {
            return try await body()
        } catch {
            guard var problem = Problem(error) else { throw error }
            if let field = problem.field, let renamed = names[field] {
                problem.field = renamed
                // The message names the field as the service did (`task: …`): the JSON name instead.
                if problem.detail.hasPrefix(field + ": ") {
                    problem.detail = renamed + ": " + problem.detail.dropFirst(field.count + 2)
                }
            }
            throw problem
        }
    }

    /// The title RFC 9457 asks for: the status's reason phrase.
    var title: String { status.reasonPhrase }
}
