import Foundation
import Hummingbird

/// A JSON object from a request body, read field by field. Each read names the field in its error;
/// ``finish()`` refuses fields that were never read.
struct JSONBody {
    private let fields: [String: JSONValue]
    private var read: Set<String> = []

    init(fields: [String: JSONValue]) { self.fields = fields }

    /// Reads and parses the request's body.
    ///
    /// - Throws: ``Problem`` 400 for a body that is not a JSON object, 413 for one that is too large.
    static func read(_ request: Request, context: AppContext) async throws -> JSONBody {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let value: JSONValue
        do {
            value = try buffer.withUnsafeReadableBytes { try JSONParser.parse($0) }
        } catch let failure as JSONParser.Failure {
            throw problem(for: failure)
        }
        guard case .object(let fields) = value else {
            throw Problem(.badRequest, "The body must be a JSON object, not \(value.typeName).")
        }
        return JSONBody(fields: fields)
    }

    /// The answer to a body that is not JSON, or not JSON this API reads.
    static func problem(for failure: JSONParser.Failure) -> Problem {
        switch failure.reason {
        case .syntax(let reason):
            return Problem(
                .badRequest,
                "The body is not valid JSON: line \(failure.line), column \(failure.column): \(reason). "
                    + "Send an object such as {\"client\": \"acme\"}."
            )
        case .duplicateField(let name):
            return Problem(
                .badRequest,
                "\(name) is given twice (line \(failure.line), column \(failure.column)); send each field once.",
                field: name
            )
        case .tooDeep:
            return Problem(
                .badRequest,
                "The body nests arrays and objects more than \(JSONParser.maximumDepth) levels deep "
                    + "(line \(failure.line), column \(failure.column))."
            )
        }
    }

    /// Whether the field is present with the value null (which clears a value, where allowed).
    func isNull(_ name: String) -> Bool {
        if case .null? = fields[name] { return true }
        return false
    }

    /// A string field; nil when absent or null.
    mutating func string(_ name: String) throws -> String? {
        switch take(name) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw Self.wrongType(name, expected: "a string", got: other)
        }
    }

    /// A required string field.
    mutating func requiredString(_ name: String, example: String) throws -> String {
        guard let text = try string(name) else {
            throw Problem(.unprocessableContent, "\(name) is required, e.g. \"\(name)\": \"\(example)\".", field: name)
        }
        return text
    }

    mutating func bool(_ name: String) throws -> Bool? {
        switch take(name) {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        case let other?: throw Self.wrongType(name, expected: "true or false", got: other)
        }
    }

    mutating func integer(_ name: String) throws -> Int64? {
        switch take(name) {
        case nil, .null?: return nil
        case .integer(let value)?: return value
        case .number(let value)? where value == value.rounded():
            throw Problem(.badRequest, "\(name) is too large a number.", field: name)
        case let other?: throw Self.wrongType(name, expected: "a whole number", got: other)
        }
    }

    mutating func strings(_ name: String) throws -> [String]? {
        switch take(name) {
        case nil, .null?: return nil
        case .array(let values)?:
            return try values.map { value in
                guard case .string(let text) = value else {
                    throw Self.wrongType(name, expected: "an array of strings", got: value)
                }
                return text
            }
        case let other?: throw Self.wrongType(name, expected: "an array of strings", got: other)
        }
    }

    /// - Throws: ``Problem`` 400 naming the first field that was sent but is not known.
    func finish() throws {
        if let unknown = fields.keys.filter({ !read.contains($0) }).sorted().first {
            throw Problem(.badRequest, "Unknown field \"\(unknown)\"; see /api/v1/openapi.json.", field: unknown)
        }
    }

    private mutating func take(_ name: String) -> JSONValue? {
        read.insert(name)
        return fields[name]
    }

    private static func wrongType(_ name: String, expected: String, got value: JSONValue) -> Problem {
        Problem(.badRequest, "\(name) must be \(expected), not \(value.typeName).", field: name)
    }
}
