import AtriumCore

/// A minimal JSON writer for the largest documents (a month of entries for the API, a whole
/// workspace for an export): bytes appended directly, strings escaped per RFC 8259. Smaller
/// answers use `JSONEncoder`; a test checks that both write the same document for entries.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// The bytes written since the last drain, handed over for streaming; the writer carries on
    /// where it was (inside the same arrays and objects).
    public mutating func drain() -> [UInt8] {
        let written = bytes
        bytes.removeAll(keepingCapacity: true)
        return written
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// The key of the next member; the value follows with one of the value methods.
    public mutating func key(_ name: String) {
        separate()
        write(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String) {
        separate()
        write(value)
    }

    public mutating func integer(_ value: some BinaryInteger) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// An instant as an ISO 8601 UTC string, `"2026-11-20T14:00:00Z"`, written digit by digit (an
    /// export writes millions).
    public mutating func instant(_ value: Instant) {
        separate()
        let local = value.utcDateTime
        bytes.append(UInt8(ascii: "\""))
        digits(local.date.year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(local.date.month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(local.date.day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(local.time.hour, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(local.time.minute, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(local.time.second, 2)
        bytes.append(contentsOf: [UInt8(ascii: "Z"), UInt8(ascii: "\"")])
    }

    /// `value` zero-padded to `width` digits (a value too wide is written whole).
    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        guard value >= 0, value < divisor * 10 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// `"name": value` for a string, left out when nil (as `JSONEncoder` leaves out nil members).
    public mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func write(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most strings (ids, times, plain memos) need no escaping: copy them at once.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 { escape(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30])
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        default: bytes.append(byte)
        }
    }
}
