import Mustache

/// HTML escaping for every template, byte by byte: the same five characters as swift-mustache's
/// own escaping (`<`, `>`, `&`, `"`, `'`), without walking the text a `Character` at a time and
/// looking each one up in a dictionary (a quarter of the dashboard's rendering went there). Text
/// with nothing to escape is returned as it is.
struct HTMLEscaping: MustacheContentType {
    /// The name templates give in their `CONTENT_TYPE` pragma.
    static let name = "ATRIUM_HTML"

    /// The pragma that puts a template on this escaping; ``PageRenderer`` puts it before each one.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Makes the content type known to the template parser (once per process; registering again
    /// replaces it with an equal one).
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: Self.needsEscape) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped += Array("&lt;".utf8)
                case UInt8(ascii: ">"): escaped += Array("&gt;".utf8)
                case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
                case UInt8(ascii: "\""): escaped += Array("&quot;".utf8)
                case UInt8(ascii: "'"): escaped += Array("&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
