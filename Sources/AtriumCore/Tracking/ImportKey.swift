import Crypto

/// The key that recognizes an imported entry when the same file is imported again.
public enum ImportKey {
    /// `toggl:`, `sortKey` (the row's start as written, so that a file in time order writes its keys
    /// in order into the index), `:` and the first 128 bits of the SHA-256 of `fields` (joined by a
    /// separator no field holds), as hex.
    public static func hashed(format: String, sortKey: String, fields: [String]) -> String {
        prefix(format: format, sortKey: sortKey) + hash(fields)
    }

    /// What every hashed key of `format` and `sortKey` starts with: `toggl:2026-03-02T09:00:00:`.
    public static func prefix(format: String, sortKey: String) -> String { format + ":" + sortKey + ":" }

    /// The first 128 bits of the SHA-256 of `fields`, as hex.
    private static func hash(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count + 1 })
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            bytes.append(0x1F)
        }
        return String(SHA256.hash(data: bytes).hex.prefix(32))
    }

    /// `watson:` and the tool's own id for the entry.
    public static func identified(format: String, sourceID: String) -> String { format + ":id:" + sourceID }
}

extension TagName {
    /// A tag from another tool's name for it, made to fit Atrium's rules: lower case, spaces as
    /// `-`, other characters dropped, at most 40 long; nil when nothing is left.
    public static func imported(_ text: String) -> TagName? {
        var body = ""
        for character in text.trimmingWhitespace().lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" || character == "." {
                body.append(character)
            } else if character.isWhitespace, body.last != "-" {
                body.append("-")
            }
        }
        let trimmed = String(body.prefix(40))
        return trimmed.isEmpty ? nil : TagName(stored: trimmed)
    }
}
