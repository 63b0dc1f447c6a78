/// A BCP 47 language tag in its usual case: `en`, `pt-BR`, `zh-Hant`, `es-419`.
public struct LanguageCode: Hashable, Sendable, CustomStringConvertible {
    public let tag: String

    /// Reads a tag such as `en`, `ru`, `pt_br` or `ar-EG`, normalising case and `_`.
    ///
    /// - Throws: ``InvalidInput`` when the text is not language[-script][-region].
    public init(_ text: String) throws(InvalidInput) {
        let parts = text.trimmingWhitespace().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        let isLetters = { (part: String) in part.allSatisfy { $0.isASCII && $0.isLetter } }
        guard let language = parts.first, (2...3).contains(language.count), isLetters(language), parts.count <= 3 else {
            throw InvalidInput("\"\(text)\" is not a language code: use e.g. en, ru, ar, vi, bg or pt-BR")
        }
        var normalized = [language.lowercased()]
        for part in parts.dropFirst() {
            if part.count == 4, isLetters(part) {
                normalized.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if (part.count == 2 && isLetters(part)) || (part.count == 3 && part.allSatisfy(\.isASCIIDigit)) {
                normalized.append(part.uppercased())
            } else {
                throw InvalidInput("\"\(text)\" is not a language code: use e.g. en, ru, ar, vi, bg or pt-BR")
            }
        }
        tag = normalized.joined(separator: "-")
    }

    /// A tag that was validated when it was stored.
    public init(storedTag: String) {
        tag = storedTag
    }

    public var description: String { tag }

    /// English, the default for new workspaces and clients.
    public static let english: LanguageCode = {
        do { return try LanguageCode("en") } catch { preconditionFailure("en is a language code") }
    }()
}
