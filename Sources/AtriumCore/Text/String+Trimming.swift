extension StringProtocol {
    /// The text without leading and trailing whitespace: spaces (of every width), tabs and line
    /// breaks — the characters with Unicode's White_Space property and the zero-width space, the same
    /// set as Foundation's `.whitespacesAndNewlines`, trimmed here without Foundation's bridging.
    public func trimmingWhitespace() -> String {
        // Most text has nothing to trim: answer at once when both ends are plainly not whitespace
        // (ASCII above space; a multi-byte start or end goes the long way).
        let text = String(self)
        let view = text.utf8
        if let first = view.first, let last = view.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return text
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !Self.isTrimmed($0) }),
            let end = scalars.lastIndex(where: { !Self.isTrimmed($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}"
    }
}
