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
                    _ = try reader.separator([UInt8(ascii: ":")], "\":\" after a name")
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
                    let separator = try reader.separator(
                        [UInt8(ascii: "}"), UInt8(ascii: ",")],
                        "\",\" or \"}\" after a member"
                    )
                    if separator == UInt8(ascii: "}") { break }
                }
            }
            reader.skipWhitespace()
            guard reader.peek() == nil else {
                throw JSONTextError(offset: reader.offset, expected: "the end of the document")
            }
        } catch let error as JSONTextError {
            if let path = reader.path, reader.failed {
                throw .unreadable(path: path, reason: "it cannot be read to its end")
            }
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
        guard reader.openList() == true else { return }
        var index = 0
        var none: [UInt8]?
        while try reader.nextListElement(into: &none, of: name, index: index) { index += 1 }
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
