import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, as typed.
struct FormData: Sendable {
    private(set) var fields: [String: String] = [:]

    init(fields: [String: String] = [:]) { self.fields = fields }

    /// Parses `a=1&b=two+words`; the last of repeated names wins.
    init(encoded text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else { continue }
            fields[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    /// Every value given for `name` in `encoded` (`with=a&with=b+c` → `["a", "b c"]`), in order:
    /// for a query string of repeated checkboxes, decoded as browsers encode forms.
    static func values(named name: String, in encoded: String) -> [String] {
        encoded.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard Self.decode(parts[0]) == name else { return nil }
            return parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    /// Reads the request's form body, refusing one larger than the context allows.
    static func read(_ request: Request, context: AppContext) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return FormData(encoded: String(buffer: buffer))
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// Sets (or, with an empty value, keeps empty) the field `name`.
    mutating func set(_ name: String, _ value: String) { fields[name] = value }

    /// The field trimmed, or nil when missing or blank.
    func text(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Percent-decodes a name or value; a NUL (`%00`, which no browser sends for typed text and
    /// SQLite would cut a text at) is left out.
    private static func decode(_ part: Substring) -> String? {
        guard let text = part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else { return nil }
        return text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "") : text
    }
}
