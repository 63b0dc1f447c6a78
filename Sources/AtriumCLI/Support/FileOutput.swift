import AtriumCore
import Foundation

/// Writing a document the user asked for to a file.
enum FileOutput {
    /// Writes `text` as UTF-8 to `path`, replacing the file in one step.
    ///
    /// - Throws: ``InvalidInput`` for `field` when the file cannot be written.
    static func write(_ text: String, to path: String, field: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InvalidInput("cannot write \(path): check that its folder exists and is writable", field: field)
        }
    }
}

/// Reading a document the user gave.
enum FileInput {
    /// The UTF-8 text of `path` (a byte-order mark dropped).
    ///
    /// - Throws: ``InvalidInput`` for `field` when the file cannot be read or is not text.
    static func read(_ path: String, field: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InvalidInput("cannot read \(path): check the path and that the file is readable", field: field)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InvalidInput("\(path) is not UTF-8 text", field: field)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
