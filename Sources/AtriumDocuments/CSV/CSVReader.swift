/// Reads RFC 4180 CSV record by record from a ``ByteSource``, without loading the file.
///
/// Handles what real exports contain: a UTF-8 byte-order mark, CRLF, LF or CR line ends (the last
/// from a spreadsheet saved as "CSV (Macintosh)"), quoted fields
/// with doubled quotes and line breaks, a missing final line break, and a separator other than a
/// comma (`;` or a tab, found from the header line when not given). A field that is not valid
/// UTF-8 is read as Windows-1252, the usual encoding of a spreadsheet saved on Windows.
public struct CSVReader {
    private let source: ByteSource
    private var separator: UInt8?
    private var nextLine = 1
    private var field: [UInt8] = []
    /// The line (1-based) on which the record last returned begins.
    public private(set) var line = 0

    /// Reads from `source`; `separator` nil finds it from the first line.
    public init(_ source: ByteSource, separator: UInt8? = nil) {
        self.source = source
        self.separator = separator
        field.reserveCapacity(256)
        if source.peek() == 0xEF {
            // A byte-order mark is three bytes; anything else starting with 0xEF is data.
            _ = source.next()
            if source.peek() == 0xBB { _ = source.next() }
            if source.peek() == 0xBF { _ = source.next() }
        }
    }

    /// The bytes read so far and the total, for progress.
    public var bytesRead: Int { source.consumed }
    public var totalBytes: Int? { source.totalBytes }

    /// The next record's fields; nil at the end of the file.
    ///
    /// - Throws: ``ImportProblem`` when a quoted field is still open at the end of the file.
    public mutating func next() throws(ImportProblem) -> [String]? {
        guard source.peek() != nil else { return nil }
        line = nextLine
        var fields: [String] = []
        fields.reserveCapacity(24)
        field.removeAll(keepingCapacity: true)
        var quoted = false
        var wasQuoted = false
        while let byte = source.next() {
            if quoted {
                if byte == 0x22 {
                    if source.peek() == 0x22 {
                        _ = source.next()
                        field.append(0x22)
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && source.peek() != 0x0A) { nextLine += 1 }
                    field.append(byte)
                }
                continue
            }
            if byte == 0x22, field.isEmpty, !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if let known = self.separator, byte == known {
                fields.append(Self.text(field))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            } else if self.separator == nil, byte == 0x2C || byte == 0x3B || byte == 0x09 {
                // Still on the header line: the first separator-like byte outside quotes decides.
                self.separator = byte
                return try finishHeader(fields)
            } else if byte == 0x0D, source.peek() == 0x0A || (source.peek() == 0x0D && source.peekSecond() == 0x0A) {
                // CRLF, or CR CR LF (a CRLF file saved again on a Mac): one line end, at the LF.
                continue
            } else if byte == 0x0A || byte == 0x0D {
                nextLine += 1
                fields.append(Self.text(field))
                return fields
            } else {
                field.append(byte)
            }
        }
        if quoted {
            throw ImportProblem(line: line, reason: "a quoted field opened on this line is never closed")
        }
        fields.append(Self.text(field))
        return fields
    }

    /// Finishes the first record once its separator is known.
    private mutating func finishHeader(_ fields: [String]) throws(ImportProblem) -> [String] {
        let first = fields + [Self.text(field)]
        field.removeAll(keepingCapacity: true)
        let headerLine = line
        guard let rest = try next() else { return first + [""] }
        line = headerLine
        return first + rest
    }

    private static func text(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { windows1252[Int($0)] }))
    }

    /// Windows-1252 to Unicode: Latin-1 except for 0x80–0x9F.
    private static let windows1252: [Unicode.Scalar] = (0...255).map { byte in
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        let value = (0x80...0x9F).contains(byte) ? high[byte - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
