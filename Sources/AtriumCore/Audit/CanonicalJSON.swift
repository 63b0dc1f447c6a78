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

    /// The value as canonical JSON text.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .string(let value): Self.writeString(value, to: &output)
        case .integer(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .strings(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(value, to: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                fields[key]?.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
