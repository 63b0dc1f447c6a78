import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        // Most text has nothing to trim: answer without Foundation's bridging when both ends are
        // plainly not whitespace (ASCII above space; a multi-byte start or end goes the long way).
        let view = String(self).utf8
        if let first = view.first, let last = view.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return String(self)
        }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
