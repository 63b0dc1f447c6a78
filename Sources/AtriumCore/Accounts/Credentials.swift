/// The rules for what a person signs in with.
public enum Credentials {
    /// bcrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused.
    public static let passwordBytes = 8...72

    /// The email, trimmed and lowercased.
    ///
    /// - Throws: ``InvalidInput`` on `email` unless it looks like `name@domain`.
    public static func email(_ text: String) throws -> String {
        let email = text.trimmingWhitespace().lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else {
            throw InvalidInput("expected an email address like maria@example.com", field: "email")
        }
        return email
    }

    /// - Throws: ``InvalidInput`` on `field` unless the password has 8 to 72 bytes.
    public static func validatePassword(_ password: String, field: String = "password") throws {
        guard passwordBytes.contains(password.utf8.count) else {
            throw InvalidInput(
                "a password has at least \(passwordBytes.lowerBound) characters "
                    + "(and at most \(passwordBytes.upperBound) bytes)",
                field: field
            )
        }
    }
}
