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
    /// directory (the command line; the workspace in the file must not exist yet). The entries are
    /// read from the file, and checked, on a thread of their own while the store writes those read
    /// before, a few batches ahead at most; a bad one discards the whole restore.
    ///
    /// - Parameter progress: Told the entries written and the bytes read now and then, and at the end.
    /// - Throws: ``ImportFileError`` naming the first field that cannot be read;
    ///   ``StoreError/conflict(_:)`` when the workspace is already there, or an entry repeats the id
    ///   or import key of an earlier one (found by the store: see `ExportEntries`).
    public func restoreExport(
        path: String,
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> Restored {
        let (document, entries) = try AtriumExportReader.open(path: path)
        if let existing = try await store.workspaces().first {
            throw StoreError.conflict(
                "This data directory already holds the workspace \(existing.name): restore into an empty one "
                    + "(--data-dir or ATRIUM_HOME)."
            )
        }
        let feed = RestoreFeed(entries)
        let written = try await store.restoreWorkspace(
            document,
            moreEntries: {
                let entry = try feed.ahead.next()
                if entry != nil { feed.handed += 1 }
                if feed.handed % 20_000 == 0 || entry == nil {
                    let read = feed.ahead.mark
                    progress(ImportProgress(rows: feed.handed, bytesRead: read.bytesRead, totalBytes: read.totalBytes))
                }
                return entry
            },
            at: now()
        )
        return Restored(
            workspace: document.workspace.name,
            people: document.people.count,
            clients: document.clients.count,
            projects: document.projects.count,
            entries: written,
            invoices: document.billing.first { $0.name == "invoices" }?.rows.count ?? 0
        )
    }
}

/// An export's entries read ahead of the store that writes them, and how many it was handed: used by
/// the store's writing thread alone, one entry after another.
private final class RestoreFeed: @unchecked Sendable {
    let ahead: ReadAhead<TimeEntry, (bytesRead: Int, totalBytes: Int?)>
    var handed = 0

    init(_ entries: ExportEntries) {
        ahead = ReadAhead(
            from: entries.progress,
            // Two small batches ahead: enough to keep the store busy; a million-entry restore
            // stays well under 200 MB (what grows is the table of numbers kept to find repeats).
            batchSize: 256,
            batches: 2,
            next: { try entries.next() },
            mark: { entries.progress }
        )
    }
}
