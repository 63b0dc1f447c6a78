import GRDB

extension DatabaseError {
    /// Whether a write was refused for a key another row holds: a unique index or the primary key.
    var isRepeatedKey: Bool {
        extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    }
}
