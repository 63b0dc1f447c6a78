/// Small normalizations every layout applies to names and lists.
enum ImportFields {
    /// A name, or nil when the cell is blank.
    static func name(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A person from a name and an email; nil when both are blank. A person named only by email
    /// takes the part before the `@` as name.
    static func person(name: String, email: String) -> ImportedPerson? {
        let name = name.trimmingWhitespace()
        let email = email.trimmingWhitespace()
        if name.isEmpty && email.isEmpty { return nil }
        let shown = name.isEmpty ? String(email.split(separator: "@").first ?? "") : name
        return ImportedPerson(name: shown, email: email.isEmpty ? nil : email)
    }

    /// Tags joined by commas (`Development, Backend`), blanks dropped.
    static func tags(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
