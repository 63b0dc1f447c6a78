import Foundation

/// The bytes of a JSON text read front to back, from memory or from a file a megabyte at a time,
/// with the structural steps ``ExportFileSplit`` needs: find where a value ends, without parsing it.
///
/// It checks only what finding the end needs (brackets and strings); each value it delimits is then
/// parsed, and so checked, by Foundation's parser.
final class JSONByteReader {
    private let file: FileHandle?
    private let chunk: Int
    /// The file read, for messages; nil for text in memory.
    let path: String?
    /// The size of the whole text, when known.
    let totalBytes: Int?
    /// Whether reading the file failed before its end (which then looks like the end).
    private(set) var failed = false
    private var buffer: [UInt8]
    private var index = 0
    /// The file offset of `buffer[0]`.
    private var bufferStart: Int

    /// Reads `data` from byte `offset`.
    init(data: Data, offset: Int = 0) {
        file = nil
        chunk = 0
        path = nil
        totalBytes = data.count
        buffer = [UInt8](data)
        bufferStart = 0
        index = min(offset, buffer.count)
    }

    /// Reads the file at `path` from byte `offset`, `chunk` bytes at a time (a megabyte; tests use a
    /// few bytes, to cross a chunk's end everywhere).
    ///
    /// - Throws: ``ImportFileError/unreadable(path:reason:)`` when it cannot be opened.
    convenience init(path: String, offset: Int = 0, chunk: Int = 1 << 20) throws(ImportFileError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be opened")
        }
        try self.init(handle: handle, path: path, offset: offset, chunk: chunk)
    }

    /// Reads the file `other` reads from byte `offset`, in chunks of the same size: the same file
    /// even if its path now names another (one renamed over it meanwhile). The two share one file
    /// position: read with one only, once the other is done (the first pass over an export is read
    /// to its end before its entries are).
    ///
    /// - Throws: ``ImportFileError/unreadable(path:reason:)`` when it cannot be opened again.
    convenience init(sameFileAs other: JSONByteReader, offset: Int) throws(ImportFileError) {
        let path = other.path ?? ""
        guard let source = other.file, case let descriptor = dup(source.fileDescriptor), descriptor >= 0 else {
            throw .unreadable(path: path, reason: "it cannot be opened again")
        }
        try self.init(
            handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true),
            path: path,
            offset: offset,
            chunk: other.chunk
        )
    }

    private init(handle: FileHandle, path: String, offset: Int, chunk: Int) throws(ImportFileError) {
        if offset > 0 {
            do { try handle.seek(toOffset: UInt64(offset)) } catch {
                throw .unreadable(path: path, reason: "it cannot be read")
            }
        }
        file = handle
        self.chunk = max(1, chunk)
        self.path = path
        var info = stat()
        totalBytes = fstat(handle.fileDescriptor, &info) == 0 ? Int(info.st_size) : nil
        buffer = []
        bufferStart = offset
    }

    deinit { try? file?.close() }

    /// How many bytes of the text come before the next one.
    var offset: Int { bufferStart + index }

    /// The next byte without taking it; nil at the end.
    func peek() -> UInt8? {
        if index == buffer.count, !refill() { return nil }
        return buffer[index]
    }

    /// The byte after the next one, without taking either; nil when there is none.
    func peekSecond() -> UInt8? {
        guard peek() != nil else { return nil }
        if index + 1 == buffer.count {
            // Read the following chunk after the byte still to take.
            guard let data = read() else { return nil }
            buffer = [buffer[index]] + [UInt8](data)
            bufferStart += index
            index = 0
        }
        return buffer[index + 1]
    }

    /// Takes the separator after a value: one of `expected`, or throws, saying where the text is
    /// not what `what` says should be there (or that it ends there).
    func separator(_ expected: [UInt8], _ what: String) throws(JSONTextError) -> UInt8 {
        let at = offset
        guard let byte = next() else { throw JSONTextError(offset: at, expected: "\(what), not the end of the text") }
        guard expected.contains(byte) else { throw JSONTextError(offset: at, expected: what) }
        return byte
    }

    /// Takes the `[` that opens a list, and the list's `]` too when it is empty: whether elements
    /// follow; nil when no list opens here.
    func openList() -> Bool? {
        skipWhitespace()
        guard next() == UInt8(ascii: "[") else { return nil }
        skipWhitespace()
        guard peek() == UInt8(ascii: "]") else { return true }
        _ = next()
        return false
    }

    /// Takes element `index` of the list `name` (for messages) and the `,` or `]` after it, appending
    /// the element's bytes to `sink` when one is given: whether more elements follow.
    func nextListElement(into sink: inout [UInt8]?, of name: String, index: Int) throws(JSONTextError) -> Bool {
        skipWhitespace()
        do { try skipValue(into: &sink) } catch { throw error.reading("\(name)[\(index)]") }
        skipWhitespace()
        let after = try separator([UInt8(ascii: ","), UInt8(ascii: "]")], "\",\" or \"]\" after \(name)[\(index)]")
        return after == UInt8(ascii: ",")
    }

    /// Takes the next byte; nil at the end.
    func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        index += 1
        return byte
    }

    /// Takes spaces, tabs and line breaks.
    func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    /// Takes one value, appending its bytes to `sink` when one is given.
    ///
    /// - Throws: ``JSONTextError`` when the text ends inside it, or nothing of a value is there.
    func skipValue(into sink: inout [UInt8]?) throws(JSONTextError) {
        guard let first = peek() else { throw JSONTextError(offset: offset, expected: "a value") }
        switch first {
        case UInt8(ascii: "\""):
            try skipString(into: &sink)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested(into: &sink)
        default:
            // A number, true, false or null: letters, digits, and the signs and point of numbers.
            let start = offset
            while let byte = peek(), Self.isLiteral(byte) {
                sink?.append(byte)
                index += 1
            }
            guard offset > start else { throw JSONTextError(offset: offset, expected: "a value") }
            guard peek().map(Self.endsValue) ?? true else {
                throw JSONTextError(offset: offset, expected: "\",\", \"}\" or \"]\" after a value")
            }
        }
    }

    /// Takes one string, quotes included.
    func skipString(into sink: inout [UInt8]?) throws(JSONTextError) {
        let start = offset
        guard next() == UInt8(ascii: "\"") else { throw JSONTextError(offset: start, expected: "a string") }
        sink?.append(UInt8(ascii: "\""))
        var escaped = false
        while let byte = next() {
            sink?.append(byte)
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                return
            }
        }
        throw JSONTextError(offset: start, expected: "the end of the string that starts here")
    }

    /// Takes an object or array with everything in it.
    private func skipNested(into sink: inout [UInt8]?) throws(JSONTextError) {
        let start = offset
        var depth = 0
        while let byte = peek() {
            if byte == UInt8(ascii: "\"") {
                try skipString(into: &sink)
                continue
            }
            sink?.append(byte)
            index += 1
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return }
            }
        }
        throw JSONTextError(offset: start, expected: "the end of the object or list that starts here")
    }

    private static func isLiteral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default: return false
        }
    }

    /// Whether `byte` may follow a value: a separator, a closing bracket or white space.
    private static func endsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09:
            return true
        default: return false
        }
    }

    /// Reads the next chunk of the file; false at its end (or for text held in memory).
    private func refill() -> Bool {
        guard let data = read() else { return false }
        bufferStart += buffer.count
        buffer = [UInt8](data)
        index = 0
        return true
    }

    /// The next chunk of the file; nil at its end, or when reading fails (noted in ``failed``).
    private func read() -> Data? {
        guard let file else { return nil }
        do {
            guard let data = try file.read(upToCount: chunk), !data.isEmpty else { return nil }
            return data
        } catch {
            failed = true
            return nil
        }
    }
}
