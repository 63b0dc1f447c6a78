/// Input that could not be read: a malformed time, an unknown currency, a negative rate.
///
/// Parsers throw it without a field; the edge that knows which option or key the value came
/// from attaches it with ``named(_:)``.
public struct InvalidInput: UserFacingError, Equatable, Sendable {
    /// The option, form field or JSON key the value came from, e.g. `--at`.
    public var field: String?
    /// What was wrong and what is expected, e.g. `"25:00" is not a time: hours go from 0 to 23`.
    public var message: String
    /// The message for the web pages and the API when ``message`` speaks the command line's
    /// language (`--duration`, `atrium meeting list`).
    public var neutral: String?

    /// - Parameters:
    ///   - message: What was wrong and what is expected, as the command line says it.
    ///   - field: The option, form field or JSON key at fault.
    ///   - neutral: The same without command-line syntax, when `message` has some.
    public init(_ message: String, field: String? = nil, neutral: String? = nil) {
        self.message = message
        self.field = field
        self.neutral = neutral
    }

    public var kind: UserFacingErrorKind { .invalidInput }

    public var userMessage: String {
        guard let field else { return message }
        return "\(field): \(message)"
    }

    /// The neutral wording when there is one, else ``message``: what a form shows next to its field.
    public var neutralText: String { neutral ?? message }

    /// The field (without the command line's `--`) and the neutral wording.
    public var neutralMessage: String {
        guard let field else { return neutralText }
        return "\(field.hasPrefix("--") ? String(field.dropFirst(2)) : field): \(neutralText)"
    }

    /// The same error, attributed to `field` unless a field is already set.
    public func named(_ field: String) -> InvalidInput {
        var copy = self
        if copy.field == nil { copy.field = field }
        return copy
    }
}

/// Runs `body`, attributing any ``InvalidInput`` it throws to `field`.
///
/// ```swift
/// let start = try attributing(to: "--from") { try TimeExpression.parse(text, context: context) }
/// ```
public func attributing<T>(to field: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as InvalidInput {
        throw error.named(field)
    }
}
