import Foundation

/// Where Atrium keeps its database: `--data-dir`, else `$ATRIUM_HOME`, else `$XDG_DATA_HOME/atrium`,
/// else `~/.local/share/atrium`.
struct DataDirectory: Equatable {
    let path: String

    /// The database file inside it.
    var databasePath: String { (path as NSString).appendingPathComponent("atrium.sqlite") }

    static func resolve(flag: String?, environment: [String: String]) -> DataDirectory {
        if let flag, !flag.isEmpty { return DataDirectory(path: expand(flag, environment)) }
        if let home = environment["ATRIUM_HOME"], !home.isEmpty {
            return DataDirectory(path: expand(home, environment))
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return DataDirectory(path: (expand(xdg, environment) as NSString).appendingPathComponent("atrium"))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return DataDirectory(path: (home as NSString).appendingPathComponent(".local/share/atrium"))
    }

    /// The path with `~` expanded and made absolute, so messages and hints work from any folder.
    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path.hasPrefix("~") { return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst() }
        if path.hasPrefix("/") { return path }
        let absolute = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (absolute as NSString).standardizingPath
    }

    /// Whether a database file is already there.
    var hasDatabase: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// Creates the folder (and its parents) if it is missing, readable by the owner only.
    ///
    /// - Throws: ``CLIError/dataDirectory(_:_:)`` saying why it cannot be created.
    func create() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError.dataDirectory(path, "it is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: path,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw CLIError.dataDirectory(path, Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code))).lowercased()
        }
        return "it cannot be created"
    }
}
