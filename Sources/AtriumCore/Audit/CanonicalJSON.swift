/// A small JSON value written in one canonical form: keys sorted, no spaces, strings escaped as
/// RFC 8259 requires (quote, backslash, control characters), everything else verbatim UTF-8.
///
/// Audit states are hashed as text, so the same state must always give the same bytes; writing them
/// by hand also spares each punch of the clock a JSONEncoder.
public enum CanonicalJSON: Sendable {
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case null
    case strings([String])
    case object([String: CanonicalJSON])

    /// A named field of an object.
    public typealias Field = (name: String, value: CanonicalJSON)

    /// The value as canonical JSON text.
    public var text: String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The text of the object of `fields` (each name once): the same as ``object(_:)``'s, without
    /// building a dictionary first, which an import does for every entry it writes.
    public static func text(ofFields fields: [Field]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(320)
        writeObject(fields, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8]) {
        switch self {
        case .string(let value): Self.writeString(value, to: &output)
        case .integer(let value): output += String(value).utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .strings(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(value, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let fields): Self.writeObject(fields.map { ($0.key, $0.value) }, to: &output)
        }
    }

    /// Writes the fields sorted by name.
    private static func writeObject(_ fields: [Field], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        for (index, field) in fields.sorted(by: { $0.name < $1.name }).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeString(field.name, to: &output)
            output.append(UInt8(ascii: ":"))
            field.value.write(to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// Writes `value` quoted, escaping the quote, the backslash and control characters; every other
    /// character is its own UTF-8 bytes.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case UInt8(ascii: "\n"): output += "\\n".utf8
            case UInt8(ascii: "\r"): output += "\\r".utf8
            case UInt8(ascii: "\t"): output += "\\t".utf8
            case 0..<0x20:
                output += "\\u00".utf8
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
