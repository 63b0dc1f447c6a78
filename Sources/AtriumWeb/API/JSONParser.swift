/// A strict reader of JSON (RFC 8259) for request bodies.
///
/// Foundation's `JSONDecoder` keeps the last of two fields of one name without a word, and reports
/// neither line nor column; decoding a free-form value through it also tried each type in turn,
/// throwing an error per miss (a twentieth of a POST's time). This reader says where a body went
/// wrong, refuses a name given twice in one object, and caps nesting so that no body can exhaust
/// the stack.
struct JSONParser {
    /// Why a body was refused, and where (1-based line, and column in characters).
    struct Failure: Error, Equatable {
        enum Reason: Equatable {
            /// Not JSON: the text says what was expected.
            case syntax(String)
            /// An object names this field twice.
            case duplicateField(String)
            /// Nested deeper than ``JSONParser/maximumDepth``.
            case tooDeep
        }

        let reason: Reason
        let line: Int
        let column: Int
    }

    /// The deepest nesting of arrays and objects read (a request body needs three or four).
    static let maximumDepth = 64

    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    private var depth = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Reads one JSON value filling `bytes` (surrounded by whitespace at most).
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes)
        // A byte order mark (which RFC 8259 lets a reader ignore) from tools that write one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        guard parser.position < bytes.count else { throw parser.failure("the body is empty") }
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.failure("more text follows the JSON value") }
        return value
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard let byte = peek() else { throw failure("the body ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value (an object, array, string, number, true, false or null)")
        }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try enter()
        var fields: [String: JSONValue] = [:]
        if closes(with: UInt8(ascii: "}")) { return .object(fields) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a field name in double quotes") }
            let nameStart = position
            let name = try string()
            guard fields[name] == nil else {
                throw Failure(reason: .duplicateField(name), line: line(at: nameStart), column: column(at: nameStart))
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected : after the field name") }
            position += 1
            skipWhitespace()
            fields[name] = try value()
            if closes(with: UInt8(ascii: "}")) { return .object(fields) }
            try expectComma(or: "}", after: "a field")
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try enter()
        var values: [JSONValue] = []
        if closes(with: UInt8(ascii: "]")) { return .array(values) }
        while true {
            skipWhitespace()
            values.append(try value())
            if closes(with: UInt8(ascii: "]")) { return .array(values) }
            try expectComma(or: "]", after: "an element")
        }
    }

    /// Whether `close` comes next, after whitespace: then it is read and the container ends.
    private mutating func closes(with close: UInt8) -> Bool {
        skipWhitespace()
        guard peek() == close else { return false }
        position += 1
        depth -= 1
        return true
    }

    /// Reads the comma between two members of a container.
    private mutating func expectComma(or close: Character, after member: String) throws(Failure) {
        guard peek() == UInt8(ascii: ",") else { throw failure("expected , or \(close) after \(member)") }
        position += 1
    }

    /// Counts one more level of nesting, its opening bracket at `position`, and reads the bracket.
    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw Failure(reason: .tooDeep, line: line(), column: column()) }
        position += 1
    }

    /// A string, its opening quote at `position`. Text without escapes is taken as it stands.
    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
            position += 1
        }
        var utf8 = Array(bytes[start..<position])
        while true {
            guard let byte = peek() else { throw failure("the body ends inside a string") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw Failure(
                        reason: .syntax("the string is not UTF-8"),
                        line: line(at: start),
                        column: column(at: start)
                    )
                }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &utf8)
            case ..<0x20:
                throw failure("a control character must be escaped in a string (\\n, \\t, \\u0001)")
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }

    /// One escape (`\n`, `\u00e9`, a surrogate pair…), its backslash at `position`, appended as UTF-8.
    private mutating func escape(into utf8: inout [UInt8]) throws(Failure) {
        position += 1
        guard let byte = peek() else { throw failure("the body ends inside a string") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hexQuad()
            if (0xD800...0xDBFF).contains(code) {
                guard peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
                    throw failure("a \\u escape of a high surrogate must be followed by its low surrogate")
                }
                position += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw failure("expected a low surrogate (\\uDC00-\\uDFFF)")
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("a lone low surrogate is not a character") }
            guard scalar != "\0" else { throw failure("a string cannot hold \\u0000 (NUL), which Atrium cannot store") }
            utf8.append(contentsOf: scalar.utf8)
        default:
            position -= 1
            throw failure("unknown escape (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)")
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Self.hexValue(byte) else {
                throw failure("\\u must be followed by four hexadecimal digits")
            }
            code = code << 4 | digit
            position += 1
        }
        return code
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// A number: a whole one that fits 64 bits is an integer (so is `5.0`), any other a double.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), Self.isDigit(first) else { throw failure("expected a digit after -") }
        position += 1
        if first == UInt8(ascii: "0"), let next = peek(), Self.isDigit(next) {
            throw failure("a number cannot start with 0 (write 7, not 07)")
        }
        skipDigits()
        var isWhole = true
        if peek() == UInt8(ascii: ".") {
            isWhole = false
            position += 1
            guard let digit = peek(), Self.isDigit(digit) else {
                throw failure("expected a digit after the decimal point")
            }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isWhole = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), Self.isDigit(digit) else { throw failure("expected a digit in the exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isWhole, let integer = Int64(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else {
            throw Failure(reason: .syntax("the number is too large"), line: line(at: start), column: column(at: start))
        }
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        guard double != 0 || !mantissa.contains(where: { "123456789".contains($0) }) else {
            throw Failure(reason: .syntax("the number is too small"), line: line(at: start), column: column(at: start))
        }
        if double == double.rounded(), abs(double) < 9_007_199_254_740_992 { return .integer(Int64(double)) }
        return .number(double)
    }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let text = UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard position + text.count <= bytes.count, bytes[position..<position + text.count].elementsEqual(text) else {
            throw failure("expected a value (an object, array, string, number, true, false or null)")
        }
        position += text.count
        return value
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func failure(_ message: String) -> Failure {
        Failure(reason: .syntax(message), line: line(), column: column())
    }

    private func line(at offset: Int? = nil) -> Int {
        let end = min(offset ?? position, bytes.count)
        return 1 + bytes[..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func column(at offset: Int? = nil) -> Int {
        let end = min(offset ?? position, bytes.count)
        let lineStart = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        // Characters, not bytes: every byte but UTF-8's continuation bytes starts one.
        return 1 + bytes[lineStart..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
