/// JSON text that ends early or has something else where a value or separator belongs.
struct JSONTextError: Error {
    /// Bytes before the place.
    let offset: Int
    /// What should be there.
    let expected: String

    /// The element being read when it was found (`entries[12]`), if known.
    var element: String?

    init(offset: Int, expected: String) {
        self.offset = offset
        self.expected = expected
    }

    /// The same error, found while reading `element`.
    func reading(_ element: String) -> JSONTextError {
        var error = self
        error.element = error.element ?? element
        return error
    }

    /// The reason for ``ImportFileError/notFormat(format:reason:)``.
    var reason: String {
        "it is not valid JSON: expected \(expected) at byte \(offset)" + (element.map { " (reading \($0))" } ?? "")
    }
}
