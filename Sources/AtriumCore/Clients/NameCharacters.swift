/// Characters a name may not hold: control characters (a NUL cut the name short in SQLite, a line
/// break splits a form's option or a table row) and the invisible marks that reorder or hide text
/// (U+202A–U+202E, U+2066–U+2069, U+2028, U+2029), which make one name look like another.
public enum NameCharacters {
    /// Checks a project's, task's or person's name (`kind`): 1 to 120 characters once trimmed, all
    /// printable.
    ///
    /// - Throws: ``InvalidInput`` on `name`.
    public static func requireName(_ name: String, of kind: String) throws(InvalidInput) {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 120 else {
            throw InvalidInput("a \(kind) name has 1 to 120 characters", field: "name")
        }
        try requirePrintable(trimmed)
    }

    /// - Throws: ``InvalidInput`` for `field`, naming the character by its code point.
    public static func requirePrintable(_ name: String, field: String = "name") throws(InvalidInput) {
        guard let bad = name.unicodeScalars.first(where: isForbidden) else { return }
        let hex = String(bad.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        throw InvalidInput("a name cannot hold control or invisible characters (it has \(code))", field: field)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
