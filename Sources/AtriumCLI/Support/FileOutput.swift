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
