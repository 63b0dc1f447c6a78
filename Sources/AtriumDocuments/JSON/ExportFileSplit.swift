import Foundation

/// A JSON document split in two without parsing it: its top-level object with every member but one
/// list (an export's `entries`, which can hold a million objects), and where that list starts, to be
/// read an element at a time afterwards (``JSONListElements``).
struct ExportFileSplit {
    /// The top-level object without the list: small enough to parse whole.
    let head: Data
    /// Bytes before the list's `[`; nil when the document has no member of that name.
    let listOffset: Int?

    /// Reads the whole document once from `reader`, keeping all of it but the list named `name`.
    ///
    /// - Throws: ``ImportFileError/notFormat(format:reason:)`` when the text is not one JSON object,
    ///   or holds the list twice or as something else than a list.
    init(_ reader: JSONByteReader, splitting name: String, format: String) throws(ImportFileError) {
        let key = Array("\"\(name)\"".utf8)
        var head: [UInt8]? = [UInt8(ascii: "{")]
        var listOffset: Int?
        do {
            try Self.skipByteOrderMark(reader, format: format)
            reader.skipWhitespace()
            guard reader.peek() != nil else {
                throw ImportFileError.notFormat(format: format, reason: "the file is empty")
            }
            guard reader.next() == UInt8(ascii: "{") else {
                throw ImportFileError.notFormat(format: format, reason: "document is not an object")
            }
            reader.skipWhitespace()
            if reader.peek() == UInt8(ascii: "}") {
                _ = reader.next()
            } else {
                var members = 0
                while true {
                    reader.skipWhitespace()
                    var memberKey: [UInt8]? = []
                    try reader.skipString(into: &memberKey)
                    reader.skipWhitespace()
                    guard reader.next() == UInt8(ascii: ":") else {
                        throw JSONTextError(offset: reader.offset - 1, expected: "\":\" after a name")
                    }
                    reader.skipWhitespace()
                    if memberKey == key {
                        guard listOffset == nil else {
                            throw ImportFileError.notFormat(format: format, reason: "\(name) appears twice")
                        }
                        guard reader.peek() == UInt8(ascii: "[") else {
                            throw ImportFileError.notFormat(format: format, reason: "\(name) is not a list")
                        }
                        listOffset = reader.offset
                        try Self.skipList(reader, name: name)
                    } else {
                        if members > 0 { head?.append(UInt8(ascii: ",")) }
                        head?.append(contentsOf: memberKey ?? [])
                        head?.append(UInt8(ascii: ":"))
                        try reader.skipValue(into: &head)
                        members += 1
                    }
                    reader.skipWhitespace()
                    let separator = reader.next()
                    if separator == UInt8(ascii: "}") { break }
                    guard separator == UInt8(ascii: ",") else {
                        throw JSONTextError(offset: reader.offset - 1, expected: "\",\" or \"}\" after a member")
                    }
                }
            }
            reader.skipWhitespace()
            guard reader.peek() == nil else {
                throw JSONTextError(offset: reader.offset, expected: "the end of the document")
            }
        } catch let error as JSONTextError {
            throw .notFormat(format: format, reason: error.reason)
        } catch let error as ImportFileError {
            throw error
        } catch {
            throw .notFormat(format: format, reason: "\(error)")
        }
        head?.append(UInt8(ascii: "}"))
        self.head = Data(head ?? [])
        self.listOffset = listOffset
    }

    /// Takes the list at `reader` an element at a time, so that broken text is placed in an element.
    private static func skipList(_ reader: JSONByteReader, name: String) throws(JSONTextError) {
        _ = reader.next()
        reader.skipWhitespace()
        if reader.peek() == UInt8(ascii: "]") {
            _ = reader.next()
            return
        }
        var index = 0
        var none: [UInt8]?
        while true {
            reader.skipWhitespace()
            do { try reader.skipValue(into: &none) } catch { throw error.reading("\(name)[\(index)]") }
            reader.skipWhitespace()
            let separator = reader.next()
            if separator == UInt8(ascii: "]") { return }
            guard separator == UInt8(ascii: ",") else {
                throw JSONTextError(offset: reader.offset - 1, expected: "\",\" or \"]\" after \(name)[\(index)]")
            }
            index += 1
        }
    }

    /// Takes a UTF-8 byte order mark (which some editors put first); refuses UTF-16 text, which an
    /// editor may have saved the export as.
    private static func skipByteOrderMark(_ reader: JSONByteReader, format: String) throws(ImportFileError) {
        let utf16 = ImportFileError.notFormat(format: format, reason: "it is not UTF-8 text (save it again as UTF-8)")
        switch reader.peek() {
        case 0xEF:
            guard reader.next() == 0xEF, reader.next() == 0xBB, reader.next() == 0xBF else {
                throw .notFormat(format: format, reason: "document is not an object")
            }
        case 0xFE, 0xFF, 0x00:
            throw utf16
        default:
            if reader.peekSecond() == 0x00 { throw utf16 }
        }
    }
}

/// The elements of a JSON list, read from its `[` a batch at a time and parsed by Foundation: the
/// memory a list of a million objects takes is that of one batch.
struct JSONListElements {
    private let reader: JSONByteReader
    private let name: String
    private let format: String
    private let batchSize: Int
    /// How many elements the batches so far held.
    private(set) var count = 0
    /// How far into the text the batches so far reached, and its size when known.
    var bytesRead: Int { reader.offset }
    var totalBytes: Int? { reader.totalBytes }
    private var finished = false

    /// Starts reading the list at `reader`'s position (its `[`).
    ///
    /// - Parameter name: The list's name in messages (`entries[12]`).
    init(_ reader: JSONByteReader, name: String, format: String, batchSize: Int = 1000) throws(ImportFileError) {
        self.reader = reader
        self.name = name
        self.format = format
        self.batchSize = batchSize
        reader.skipWhitespace()
        guard reader.next() == UInt8(ascii: "[") else {
            throw .notFormat(format: format, reason: "\(name) is not a list")
        }
        reader.skipWhitespace()
        if reader.peek() == UInt8(ascii: "]") {
            _ = reader.next()
            finished = true
        }
    }

    /// The next elements, as many as a batch holds, each with its index in the list; empty after the
    /// last. Also returns the batch's text, for checks that scan bytes (a NUL).
    ///
    /// - Throws: ``ImportFileError/notFormat(format:reason:)`` naming the first element that is not
    ///   valid JSON, or where the list's text is broken.
    mutating func nextBatch() throws(ImportFileError) -> (elements: [(index: Int, value: Any)], text: Data) {
        guard !finished else { return ([], Data()) }
        var text: [UInt8]? = [UInt8(ascii: "[")]
        var ends: [Int] = []
        do throws(JSONTextError) {
            while ends.count < batchSize {
                if !ends.isEmpty { text?.append(UInt8(ascii: ",")) }
                reader.skipWhitespace()
                try reader.skipValue(into: &text)
                ends.append(text?.count ?? 0)
                reader.skipWhitespace()
                let separator = reader.next()
                if separator == UInt8(ascii: "]") {
                    finished = true
                    break
                }
                guard separator == UInt8(ascii: ",") else {
                    throw JSONTextError(
                        offset: reader.offset - 1,
                        expected: "\",\" or \"]\" after \(name)[\(count + ends.count - 1)]"
                    )
                }
            }
        } catch {
            throw .notFormat(format: format, reason: error.reading("\(name)[\(count + ends.count)]").reason)
        }
        text?.append(UInt8(ascii: "]"))
        let data = Data(text ?? [])
        let first = count
        count += ends.count
        guard let values = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
            throw .notFormat(format: format, reason: firstInvalid(in: data, ends: ends, first: first))
        }
        return (values.enumerated().map { (first + $0.offset, $0.element) }, data)
    }

    /// Which element of a batch Foundation could not parse, found by parsing them one by one.
    private func firstInvalid(in batch: Data, ends: [Int], first: Int) -> String {
        var start = 1
        for (offset, end) in ends.enumerated() {
            let element = batch.subdata(in: start..<end)
            if (try? JSONSerialization.jsonObject(with: element, options: .fragmentsAllowed)) == nil {
                return "\(name)[\(first + offset)] is not valid JSON"
            }
            start = end + 1
        }
        return "\(name) is not valid JSON"
    }
}
