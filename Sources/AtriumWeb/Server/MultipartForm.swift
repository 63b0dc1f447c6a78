import Hummingbird

/// The parts of a `multipart/form-data` body (RFC 7578): text fields, and files with their names.
/// Enough for a form with a file input; no nested multiparts, no transfer encodings.
struct MultipartForm: Sendable {
    /// The text fields, as ``FormData`` (the CSRF token is one).
    var fields = FormData()
    /// Files by field name: the name the browser gave and the bytes.
    var files: [String: (name: String, bytes: [UInt8])] = [:]

    /// Reads `request`'s body, refusing one larger than `limit` bytes.
    ///
    /// - Throws: ``Problem`` 400 when the body is not `multipart/form-data` with a boundary.
    static func read(_ request: Request, limit: Int) async throws -> MultipartForm {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = type.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count)
        else {
            throw Problem(.badRequest, "Send the form as multipart/form-data (a form with a file).")
        }
        let buffer = try await request.body.collect(upTo: limit)
        return MultipartForm(body: Array(buffer.readableBytesView), boundary: String(boundary).trimmingQuotes)
    }

    /// Splits `body` at `--boundary` lines.
    init(body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [ArraySlice<UInt8>] = []
        var start: Int?
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            if let start { parts.append(body[start..<max(start, found - 2)]) }  // drop the CRLF before
            var next = found + delimiter.count
            if next + 1 < body.count, body[next] == 0x2D, body[next + 1] == 0x2D { break }  // the closing --
            if next + 1 < body.count, body[next] == 0x0D, body[next + 1] == 0x0A { next += 2 }
            start = next
            index = next
        }
        var fields: [String: String] = [:]
        for part in parts {
            guard let split = Self.find(Array("\r\n\r\n".utf8), in: Array(part), from: 0) else { continue }
            let bytes = Array(part)
            let headers = String(decoding: bytes[..<split], as: UTF8.self)
            let content = Array(bytes[(split + 4)...])
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition")
                })
            else { continue }
            guard let name = Self.parameter("name", in: disposition) else { continue }
            if let fileName = Self.parameter("filename", in: disposition) {
                files[name] = (fileName, content)
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
        self.fields = FormData(fields: fields)
    }

    private static func parameter(_ key: String, in header: Substring) -> String? {
        for piece in header.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            return String(trimmed.dropFirst(key.count + 1)).trimmingQuotes
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let first = needle[0]
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// The text without one pair of surrounding double quotes.
    fileprivate var trimmingQuotes: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
