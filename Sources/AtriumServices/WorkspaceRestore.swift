import AtriumCore
import AtriumDocuments
import AtriumStore

extension ImportService {
    /// What restoring an export wrote.
    public struct Restored: Sendable, Equatable {
        public var workspace: String
        public var people: Int
        public var clients: Int
        public var projects: Int
        public var entries: Int
        /// Invoices and credit notes, drafts included.
        public var invoices: Int
    }

    /// Restores Atrium's own JSON export (`atrium export`) as a new workspace: every id, number and
    /// instant as exported, so exporting it again gives the same document. For an empty data
    /// directory (the command line; the workspace in the file must not exist yet).
    ///
    /// - Throws: ``ImportFileError`` naming the first field that cannot be read;
    ///   ``StoreError/conflict(_:)`` when the workspace is already there.
    public func restoreExport(path: String) async throws -> Restored {
        let document = try AtriumExportReader.read(path: path)
        if let existing = try await store.workspaces().first {
            throw StoreError.conflict(
                "This data directory already holds the workspace \(existing.name): restore into an empty one "
                    + "(--data-dir or ATRIUM_HOME)."
            )
        }
        try await store.restoreWorkspace(document, at: now())
        return Restored(
            workspace: document.workspace.name,
            people: document.people.count,
            clients: document.clients.count,
            projects: document.projects.count,
            entries: document.entries.count,
            invoices: document.billing.first { $0.name == "invoices" }?.rows.count ?? 0
        )
    }
}
