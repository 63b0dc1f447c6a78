import AtriumCore

/// A minimal JSON writer for the largest documents (a month of entries for the API, a whole
/// workspace for an export): bytes appended directly, strings escaped per RFC 8259 as the audit
/// trail's canonical JSON escapes them (``CanonicalJSON/writeString(_:to:)``). Smaller
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
        CanonicalJSON.writeString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String) {
        separate()
        CanonicalJSON.writeString(value, to: &bytes)
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

    /// An instant as an ISO 8601 UTC string, `"2026-11-20T14:00:00Z"`.
    public mutating func instant(_ value: Instant) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        value.appendISO8601(to: &bytes)
        bytes.append(UInt8(ascii: "\""))
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
}
