/// A tag on time entries, written `+rush` on the command line and stored without the `+`, in lower case.
public struct TagName: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let name: String

    /// Reads `+writing`, `writing` or `Follow-up`.
    ///
    /// - Throws: ``InvalidInput`` unless the tag is 1–40 letters, digits, `-`, `_` or `.`.
    public init(_ text: String) throws(InvalidInput) {
        var body = text.trimmingWhitespace()
        if body.hasPrefix("+") { body.removeFirst() }
        body = body.lowercased()
        guard (1...40).contains(body.count),
            body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
        else {
            throw InvalidInput(
                "\"\(text)\" is not a tag: use 1–40 letters, digits, - _ or ., e.g. +writing",
                field: "tag"
            )
        }
        name = body
    }

    /// A tag as Atrium stored it (already checked and lower-cased): read back without checking again.
    public init(stored name: String) { self.name = name }

    public var description: String { "+\(name)" }

    public static func < (lhs: TagName, rhs: TagName) -> Bool { lhs.name < rhs.name }

    public init(from decoder: any Decoder) throws {
        name = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

extension TagName {
    /// Reads tags separated by spaces or commas: `+writing, rush`.
    ///
    /// - Throws: ``InvalidInput`` on `tags` for the first tag that is not valid.
    public static func list(_ text: String) throws(InvalidInput) -> [TagName] {
        var tags: [TagName] = []
        for part in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
            do {
                let tag = try TagName(String(part))
                if !tags.contains(tag) { tags.append(tag) }
            } catch {
                throw InvalidInput(error.message, field: "tags")
            }
        }
        return tags
    }
}
