/// One unfolded line of an iCalendar file: `NAME;PARAM=value;…:VALUE`.
struct ICSContentLine: Equatable {
    var name: String
    /// Parameter names upper-cased; quoted values unquoted.
    var parameters: [String: String]
    var value: String
    /// The line number (1-based) where it starts in the file, for messages.
    var lineNumber: Int

    /// The file's content lines, unfolded (a line beginning with a space or tab continues the
    /// previous one), whether it ends lines with CRLF or LF, with or without a final line break.
    static func lines(of text: String) -> [ICSContentLine] {
        var logical: [(text: String, line: Int)] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if let first = line.first, first == " " || first == "\t", !logical.isEmpty {
                logical[logical.count - 1].text += line.dropFirst()
            } else if !line.isEmpty {
                logical.append((line, number))
            }
        }
        return logical.compactMap { parse($0.text, lineNumber: $0.line) }
    }

    /// Splits at the first `:` outside double quotes; parameters at `;` outside quotes.
    static func parse(_ text: String, lineNumber: Int) -> ICSContentLine? {
        var inQuotes = false
        var parts: [String] = []
        var current = ""
        var value: String?
        for (offset, character) in zip(text.indices, text) {
            if character == "\"" {
                inQuotes.toggle()
                current.append(character)
            } else if !inQuotes, character == ";" {
                parts.append(current)
                current = ""
            } else if !inQuotes, character == ":" {
                parts.append(current)
                value = String(text[text.index(after: offset)...])
                break
            } else {
                current.append(character)
            }
        }
        guard let value, let name = parts.first, !name.isEmpty else { return nil }
        var parameters: [String: String] = [:]
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            var parameterValue = pair[1]
            if parameterValue.hasPrefix("\""), parameterValue.hasSuffix("\""), parameterValue.count >= 2 {
                parameterValue = String(parameterValue.dropFirst().dropLast())
            }
            parameters[pair[0].uppercased()] = parameterValue
        }
        return ICSContentLine(name: name.uppercased(), parameters: parameters, value: value, lineNumber: lineNumber)
    }

    /// A TEXT value with its escapes read: `\,` `\;` `\\` `\n`.
    var text: String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
