import AtriumCore
import Foundation

/// One JSON object of a document being read, with its path for messages (`clients[3]`): typed
/// accessors that throw ``ImportFileError`` naming the path and key.
struct JSONFields {
    let object: [String: Any]
    let path: String
    let format: String

    init(_ value: Any?, path: String, format: String) throws(ImportFileError) {
        guard let object = value as? [String: Any] else {
            throw .notFormat(format: format, reason: "\(path) is not an object")
        }
        self.object = object
        self.path = path
        self.format = format
    }

    /// Whether JSON text may hold a NUL character: a raw zero byte, or `u0000` after a backslash (also
    /// found in an escaped backslash followed by that text, which ``refuseNUL(in:path:format:)`` then
    /// clears). Walking a parsed document of a million entries costs seconds; this scan, milliseconds.
    static func mayHoldNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            let zero = UInt8(ascii: "0")
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0 { return true }
                if byte == UInt8(ascii: "\\"), index + 5 < bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
                    bytes[index + 2] == zero, bytes[index + 3] == zero, bytes[index + 4] == zero,
                    bytes[index + 5] == zero
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Refuses a document with a NUL character (`\u0000`) in any text or key, naming where (see
    /// ``Swift/StringProtocol/holdsNUL``).
    static func refuseNUL(in value: Any, path: String, format: String) throws(ImportFileError) {
        switch value {
        case let text as String where text.holdsNUL:
            throw .notFormat(format: format, reason: "\(path) \(String.nulRefusal)")
        case let object as [String: Any]:
            for (key, field) in object {
                guard !key.holdsNUL else {
                    throw .notFormat(format: format, reason: "a name in \(path) \(String.nulRefusal)")
                }
                try refuseNUL(in: field, path: "\(path).\(key)", format: format)
            }
        case let list as [Any]:
            for (index, item) in list.enumerated() {
                try refuseNUL(in: item, path: "\(path)[\(index)]", format: format)
            }
        default: break
        }
    }

    func fail(_ key: String, _ reason: String) -> ImportFileError {
        .notFormat(format: format, reason: "\(path).\(key): \(reason)")
    }

    func string(_ key: String) throws(ImportFileError) -> String {
        guard let value = object[key] as? String else { throw fail(key, "expected text") }
        return value
    }

    func optionalString(_ key: String) throws(ImportFileError) -> String? {
        if object[key] == nil || object[key] is NSNull { return nil }
        return try string(key)
    }

    func integer(_ key: String) throws(ImportFileError) -> Int64 {
        if Self.isBoolean(object[key]) { throw fail(key, "expected a whole number") }
        switch object[key] {
        case let value as Int: return Int64(value)
        case let value as Int64: return value
        case let value as Double where value == value.rounded() && abs(value) < 9e15: return Int64(value)
        case let value as NSNumber where !(value is Bool) && value.doubleValue == value.doubleValue.rounded():
            return value.int64Value
        default: throw fail(key, "expected a whole number")
        }
    }

    /// Whether a parsed JSON value is `true` or `false`: Foundation hands booleans over as numbers
    /// that also read as 1 and 0 (their type code is a char's, a JSON number's never is).
    static func isBoolean(_ value: Any?) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    func optionalInteger(_ key: String) throws(ImportFileError) -> Int64? {
        if object[key] == nil || object[key] is NSNull { return nil }
        return try integer(key)
    }

    func bool(_ key: String) throws(ImportFileError) -> Bool {
        guard let value = object[key] as? Bool else { throw fail(key, "expected true or false") }
        return value
    }

    func array(_ key: String) throws(ImportFileError) -> [Any] {
        guard let value = object[key] as? [Any] else { throw fail(key, "expected a list") }
        return value
    }

    /// The field read by `parse`; its error becomes one naming the path and key.
    func read<Value>(_ key: String, _ parse: (String) throws -> Value) throws(ImportFileError) -> Value {
        let text = try string(key)
        do { return try parse(text) } catch { throw fail(key, "\"\(text)\" cannot be read: \(Self.reason(error))") }
    }

    /// Why a value could not be read, in words (not the error's type).
    private static func reason(_ error: any Error) -> String {
        switch error {
        case let field as FieldError: return field.reason
        case let invalid as InvalidInput: return invalid.message
        default: return "\(error)"
        }
    }

    func readIfPresent<Value>(_ key: String, _ parse: (String) throws -> Value) throws(ImportFileError) -> Value? {
        guard try optionalString(key) != nil else { return nil }
        return try read(key, parse)
    }

    func id<Entity>(_ key: String) throws(ImportFileError) -> ID<Entity> {
        try read(key) { text in
            guard let id = ID<Entity>(text) else { throw FieldError("not an id") }
            return id
        }
    }

    func instant(_ key: String) throws(ImportFileError) -> Instant {
        try read(key, JSONFields.instant)
    }

    /// `2026-11-23T18:00:00Z`.
    static func instant(_ text: String) throws -> Instant {
        let parts = text.split(separator: "T")
        guard parts.count == 2, parts[1].hasSuffix("Z") else {
            throw FieldError("expected an instant such as 2026-11-23T18:00:00Z")
        }
        let date = try FieldReading.isoDate(String(parts[0]))
        let time = try FieldReading.time(String(parts[1].dropLast()))
        return Instant(secondsSinceEpoch: LocalDateTime(date: date, time: time).secondsSinceLocalEpoch)
    }

    /// `{amountMinor, currency}` or null.
    func money(_ key: String) throws(ImportFileError) -> Money? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        let fields = try JSONFields(value, path: "\(path).\(key)", format: format)
        let currency = try fields.read("currency") { try Currency(code: $0) }
        return Money(minorUnits: try fields.integer("amountMinor"), currency: currency)
    }
}
