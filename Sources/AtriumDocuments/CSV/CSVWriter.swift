/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, quotes doubled,
/// CRLF line ends, UTF-8.
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
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingQuotes() + "\""
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
