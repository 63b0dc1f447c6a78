import AtriumCore
import Foundation

/// Writing a document the user asked for to a file.
enum FileOutput {
    /// Writes `text` as UTF-8 to `path`, replacing the file in one step.
    ///
    /// - Throws: ``InvalidInput`` for `field` when the file cannot be written, or is one that must
    ///   not be replaced (see ``checkTarget(_:field:protecting:)``).
    static func write(_ text: String, to path: String, field: String, protecting database: String) throws {
        try checkTarget(path, field: field, protecting: database)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InvalidInput("cannot write \(path): check that its folder exists and is writable", field: field)
        }
    }
}

extension FileOutput {
    /// Refuses `path` as a file to write over: a folder (replacing it would delete what it holds),
    /// a file in a folder that does not exist, or `database`, Atrium's own, and its write-ahead log
    /// and index (an export written there would destroy the data it exports). Links are followed.
    ///
    /// - Throws: ``InvalidInput`` for `field`, saying what to write instead.
    static func checkTarget(_ path: String, field: String, protecting database: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let example = (path as NSString).appendingPathComponent("atrium-export.json")
            throw InvalidInput("\(path) is a folder: name a file in it, e.g. \(example)", field: field)
        }
        let parent = (resolved(path) as NSString).deletingLastPathComponent
        var parentIsFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &parentIsFolder), parentIsFolder.boolValue
        else {
            throw InvalidInput(
                "the folder \(parent) does not exist: make it first, or name a file elsewhere",
                field: field
            )
        }
        let target = resolved(path)
        let kept = [database, database + "-wal", database + "-shm"].map(resolved)
        guard !kept.contains(target) else {
            throw InvalidInput("\(path) is Atrium's own database: write to another file", field: field)
        }
    }

    /// `path` made absolute, with its links and `..` resolved.
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
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
