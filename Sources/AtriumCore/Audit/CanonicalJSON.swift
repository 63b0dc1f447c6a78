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

    /// An object written field by field by a caller that gives the fields sorted by name, each once
    /// (a nil value is written as `null`): the same text as ``text(ofFields:)``, without the list.
    struct SortedObject {
        private var bytes: [UInt8] = [UInt8(ascii: "{")]
        /// The last field's name, to hold the caller to the sorted order in debug builds.
        private var lastName = ""

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        mutating func string(_ name: String, _ value: String?) {
            guard let value else { return null(name) }
            self.name(name)
            CanonicalJSON.writeString(value, to: &bytes)
        }

        mutating func integer(_ name: String, _ value: Int64?) {
            guard let value else { return null(name) }
            self.name(name)
            bytes += String(value).utf8
        }

        mutating func bool(_ name: String, _ value: Bool) {
            self.name(name)
            bytes += (value ? "true" : "false").utf8
        }

        mutating func strings(_ name: String, _ values: [String]) {
            self.name(name)
            CanonicalJSON.strings(values).write(to: &bytes)
        }

        /// Closes the object and returns its text.
        mutating func finish() -> String {
            bytes.append(UInt8(ascii: "}"))
            return String(decoding: bytes, as: UTF8.self)
        }

        private mutating func null(_ name: String) {
            self.name(name)
            bytes += "null".utf8
        }

        private mutating func name(_ name: String) {
            assert(bytes.count == 1 || name > lastName, "\(name) written after \(lastName): fields go sorted")
            lastName = name
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            CanonicalJSON.writeString(name, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
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

    /// Writes `value` quoted, escaping the quote, the backslash and control characters (RFC 8259);
    /// every other character is its own UTF-8 bytes, copied a run at a time between the bytes
    /// escaped. Exports write their strings this way too.
    public static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var run = 0
            for (offset, byte) in bytes.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<offset]))
                writeEscaped(byte, to: &output)
                run = offset + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Writes the escape of a quote, a backslash or a control character.
    private static func writeEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output += "\\\"".utf8
        case UInt8(ascii: "\\"): output += "\\\\".utf8
        case UInt8(ascii: "\n"): output += "\\n".utf8
        case UInt8(ascii: "\r"): output += "\\r".utf8
        case UInt8(ascii: "\t"): output += "\\t".utf8
        default:
            output += "\\u00".utf8
            output.append(ASCIIDigits.hex(byte >> 4))
            output.append(ASCIIDigits.hex(byte & 0x0F))
        }
    }
}
