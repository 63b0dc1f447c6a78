import AtriumCore

/// Reads what only the command line types: words after a target. (Option values are read with
/// Core's ``FieldText``, which names the option in its message; ArgumentParser would only say
/// "invalid value".)
enum ArgumentText {
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
