/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, quotes doubled,
/// CRLF line ends, UTF-8. A text field that a spreadsheet would run as a formula (it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a plain number) gets a leading `'`,
/// which spreadsheets read as "this is text": a memo such as `=HYPERLINK(…)` typed by anyone with
/// access stays a memo on the owner's computer.
public struct CSVWriter: Sendable {
    private(set) public var text = ""

    /// Starts a document with its header row.
    public init(header: [String]) {
        append(header)
    }

    /// Adds one record.
    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    /// The field as it must appear in a record.
    public static func escape(_ field: String) -> String {
        let field = isFormula(field) ? "'" + field : field
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingQuotes() + "\""
    }

    /// Whether a spreadsheet would take the field for a formula: see the type's notes.
    static func isFormula(_ field: String) -> Bool {
        guard let first = field.utf8.first, "=+-@\t\r".utf8.contains(first) else { return false }
        return !isPlainNumber(field)
    }

    /// `-12`, `+3.50`: a signed decimal number, which stays as it is.
    private static func isPlainNumber(_ field: String) -> Bool {
        let digits = field.utf8.dropFirst()
        let parts = digits.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let first = field.utf8.first
        return (first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) && !digits.isEmpty
            && parts.allSatisfy {
                !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        result.reserveCapacity(count + 2)
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
