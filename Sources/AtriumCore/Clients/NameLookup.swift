import Foundation

/// Finds a record by the name a person typed: exact match first, then a unique prefix, ignoring
/// case and accents (`acme` finds `Acme Realty`, `cafe` finds `Café Nord`).
public enum NameLookup {
    /// The one item whose name is `query` or starts with it.
    ///
    /// - Parameters:
    ///   - kind: What is looked up, for messages (`client`, `project of Acme Realty`).
    /// - Throws: ``LookupError`` listing the candidates when nothing or several things match.
    public static func find<Item>(_ query: String, in items: [Item], kind: String, name: (Item) -> String)
        throws(LookupError) -> Item
    {
        let key = fold(query)
        guard !key.isEmpty else { throw LookupError.unknown(kind: kind, query: query, candidates: items.map(name)) }
        if let exact = items.first(where: { fold(name($0)) == key }) { return exact }
        let matches = items.filter { fold(name($0)).hasPrefix(key) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw LookupError.unknown(kind: kind, query: query, candidates: items.map(name)) }
        throw LookupError.ambiguous(kind: kind, query: query, candidates: matches.map(name))
    }

    /// Like ``find(_:in:kind:name:)`` over `preferred` (e.g. active clients); only when nothing
    /// there matches, over `all` (archived ones too), listing the preferred names if that fails.
    public static func find<Item>(
        _ query: String,
        preferring preferred: [Item],
        in all: [Item],
        kind: String,
        name: (Item) -> String
    ) throws(LookupError) -> Item {
        do {
            return try find(query, in: preferred, kind: kind, name: name)
        } catch {
            guard case .unknown = error, let fallback = try? find(query, in: all, kind: kind, name: name) else {
                throw error
            }
            return fallback
        }
    }

    /// The text as names are compared: trimmed, without case or accents. ASCII text (most names) is
    /// only lowercased; Foundation's folding, which loads its Unicode tables on first use (a few
    /// tenths of a millisecond of every command that names a client), is for the rest.
    static func fold(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return trimmed.lowercased() }
        return trimmed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether two names read as one when people type them: the same without case, accents or
    /// repeated spaces (`Zed` and `Zéd`, `Acme Realty` and `acme  realty`). Two such clients could
    /// not be told apart by name, so a new or renamed one is refused.
    public static func sameName(_ left: String, _ right: String) -> Bool {
        nameKey(left) == nameKey(right)
    }

    /// The text ``sameName(_:_:)`` compares: without case, accents or repeated spaces.
    public static func nameKey(_ text: String) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A name that matched nothing, or more than one thing.
public enum LookupError: UserFacingError, Equatable, Sendable {
    case unknown(kind: String, query: String, candidates: [String])
    case ambiguous(kind: String, query: String, candidates: [String])

    public var kind: UserFacingErrorKind {
        switch self {
        case .unknown: return .notFound
        case .ambiguous: return .invalidInput
        }
    }

    /// What was looked for: `client`, `project of Acme Realty`, `task of Acme Realty`, `person`.
    public var subject: String {
        switch self {
        case .unknown(let kind, _, _), .ambiguous(let kind, _, _): return kind
        }
    }

    public var userMessage: String {
        switch self {
        case .unknown(let kind, let query, let candidates):
            let list = candidates.sorted()
            let known =
                list.isEmpty
                ? "There is none yet."
                : "Known: \(list.prefix(12).joined(separator: ", "))\(list.count > 12 ? ", …" : "")."
            return "No \(kind) matches \"\(query)\". \(known)"
        case .ambiguous(let kind, let query, let candidates):
            return "\"\(query)\" matches more than one \(kind): \(candidates.sorted().joined(separator: ", ")). "
                + "Type more of the name."
        }
    }
}
