import AtriumCore

/// Reads Core values from option text, turning a parse failure into a message that names the
/// option and says what is expected (ArgumentParser would only say "invalid value").
enum ArgumentText {
    static func zone(_ text: String?, option: String) throws -> ZoneID? {
        try text.map { text in try attributing(to: option) { try ZoneID(text) } }
    }

    static func currency(_ text: String?, option: String) throws -> Currency? {
        try text.map { text in try attributing(to: option) { try Currency(code: text) } }
    }

    static func rounding(_ text: String?, option: String) throws -> TimeRounding? {
        try text.map { text in try attributing(to: option) { try TimeRounding.parse(text) } }
    }

    static func language(_ text: String?, option: String) throws -> LanguageCode? {
        try text.map { text in try attributing(to: option) { try LanguageCode(text) } }
    }

    static func duration(_ text: String?, option: String) throws -> TimeSpan? {
        try text.map { text in try attributing(to: option) { try TimeSpan.parse(text) } }
    }

    static func tags(_ texts: [String], option: String) throws -> [TagName] {
        try texts.map { text in try attributing(to: option) { try TagName(text) } }
    }

    static func choice<Value: CaseIterable & RawRepresentable>(_ text: String?, option: String, what: String) throws
        -> Value? where Value.RawValue == String
    {
        try text.map { text in try attributing(to: option) { try Value.parse(text, what: what) } }
    }

    /// Splits the words after a target into a memo and `+tags`: `Draft listings +writing` →
    /// memo `Draft listings`, tag `writing`.
    static func memoAndTags(_ words: [String]) throws -> (memo: String, tags: [TagName]) {
        var memo: [String] = []
        var tags: [TagName] = []
        for word in words {
            if word.hasPrefix("+"), word.count > 1, !word.contains(" ") {
                tags.append(try attributing(to: "tag") { try TagName(word) })
            } else {
                memo.append(word)
            }
        }
        return (memo.joined(separator: " "), tags)
    }
}
