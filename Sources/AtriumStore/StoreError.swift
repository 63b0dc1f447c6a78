import AtriumCore

/// Why the store refused or failed. Each case is safe to show to a person.
public enum StoreError: UserFacingError, Equatable {
    /// The record does not exist in this workspace (another workspace's records are never found).
    case notFound(String)
    /// A uniqueness rule was hit: a taken name, a second running timer.
    case conflict(String)
    /// The database was written by a newer Atrium.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The file is not an Atrium database, or is damaged.
    case unreadable(path: String, reason: String)
    /// A file offered for restoring cannot be used (not Atrium's, damaged, empty).
    case badBackup(path: String, reason: String)
    /// The database or its folder cannot be written.
    case notWritable(path: String, reason: String)
    /// Another process held the database for longer than the wait allows.
    case busy(path: String)
    /// A stored value is not what Atrium writes (edited by hand?).
    case corruptValue(table: String, column: String, value: String)

    public var kind: UserFacingErrorKind {
        switch self {
        case .notFound: return .notFound
        case .conflict, .busy: return .conflict
        case .newerSchema, .unreadable, .badBackup, .notWritable, .corruptValue: return .invalidInput
        }
    }

    public var userMessage: String {
        switch self {
        case .notFound(let what):
            return "\(what) was not found."
        case .conflict(let what):
            return what
        case .newerSchema(let path, let unknown):
            return
                "\(path) was written by a newer version of Atrium (it has schema changes \(unknown.joined(separator: ", ")) "
                + "that this version does not know). Upgrade Atrium to open it; nothing in it was changed."
        case .unreadable(let path, let reason):
            return "\(path) cannot be read as an Atrium database (\(reason)). Restore it from a backup or point "
                + "--data-dir elsewhere; nothing was changed."
        case .badBackup(let path, let reason):
            return "\(path) cannot be restored: \(reason). Nothing was changed."
        case .notWritable(let path, let reason):
            return "Cannot write to \(path) (\(reason)). Check its permissions, or choose another --data-dir."
        case .busy(let path):
            return "\(path) is busy: another Atrium process held it for over 5 seconds. Try again."
        case .corruptValue(let table, let column, let value):
            return "The database holds \"\(value)\" in \(table).\(column), which Atrium never writes; "
                + "it may have been edited by hand."
        }
    }

    /// Whether this error means the data itself is damaged or foreign (as opposed to a refusal).
    public var isDataError: Bool {
        switch self {
        case .newerSchema, .unreadable, .badBackup, .corruptValue: return true
        default: return false
        }
    }
}
