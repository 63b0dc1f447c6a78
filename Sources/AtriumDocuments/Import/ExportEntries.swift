import AtriumCore
import Foundation
import Synchronization

/// The entries of an export being restored, read and checked one at a time as the restore writes
/// them (see ``AtriumExportReader/open(path:)``): a batch of a thousand is in memory at once, not
/// the million a large workspace has (what is kept of each entry read is its number, 4 bytes in a
/// table, to find repeats).
///
/// Each entry is checked against the document: its fields; its person, client, project and task
/// among the document's; a number from 1 that no other entry has; an end after its start; one
/// running timer a person; no NUL character. An id or import key given twice is not looked for
/// here: a million of them would not fit the memory a restore keeps to (the store refuses them, see
/// ``ImportStore``; ``AtriumExportReader/read(data:)``, which holds every entry anyway, looks too).
public final class ExportEntries: Sendable {
    /// What an entry is checked against.
    struct Context {
        let workspace: ID<Workspace>
        let people: Set<ID<Person>>
        let clients: [ID<Client>: Client]
        let projects: [ID<Project>: Project]
        let tasks: [ID<WorkTask>: WorkTask]
    }

    private struct Cursor {
        let context: Context
        /// The list being read from the file, or nil when the entries were parsed with the head.
        var list: JSONListElements?
        /// Parsed elements not yet handed out, with their index.
        var pending: [(index: Int, value: Any)]
        var next = 0
        /// The index of the entry with each number.
        var numbers = EntryNumberIndex()
        /// The index of each person's running timer.
        var running: [ID<Person>: Int] = [:]
        /// What is wrong after the pending elements, thrown once they are handed out.
        var problem: ImportFileError?
    }

    private let cursor: Mutex<Cursor>

    init(_ context: Context, list: sending JSONListElements) {
        cursor = Mutex(Cursor(context: context, list: list, pending: []))
    }

    init(_ context: Context, parsed: sending [Any]) {
        cursor = Mutex(
            Cursor(context: context, list: nil, pending: parsed.enumerated().map { ($0.offset, $0.element) })
        )
    }

    /// How many bytes of the file were read for the entries handed out so far, and how many it has
    /// (zero and nil for entries read with the rest of the document). The reader counts the entries.
    public var progress: (bytesRead: Int, totalBytes: Int?) {
        cursor.withLock { cursor in (cursor.list?.bytesRead ?? 0, cursor.list?.totalBytes) }
    }

    /// The next entry of the document; nil after the last.
    ///
    /// - Throws: ``ImportFileError`` naming the entry and field that cannot be read
    ///   (`entries[12].start: …`).
    public func next() throws(ImportFileError) -> TimeEntry? {
        try cursor.withLock { cursor throws(ImportFileError) -> TimeEntry? in
            if cursor.next == cursor.pending.count {
                if let problem = cursor.problem { throw problem }
                guard var list = cursor.list else { return nil }
                var batch = list.nextBatch()
                cursor.list = list
                if JSONFields.mayHoldNUL(batch.text) { Self.cutAtNUL(&batch) }
                cursor.pending = batch.elements
                cursor.next = 0
                cursor.problem = batch.problem
                guard !batch.elements.isEmpty else {
                    if let problem = batch.problem { throw problem }
                    return nil
                }
            }
            let (index, value) = cursor.pending[cursor.next]
            cursor.next += 1
            let fields = try JSONFields(value, path: "entries[\(index)]", format: AtriumExportReader.format)
            let entry = try AtriumExportReader.entry(fields, context: cursor.context)
            if let earlier = cursor.numbers.insert(entry.number, index: index) {
                throw fields.fail("number", "\(entry.number) is also the number of entries[\(earlier)]")
            }
            if entry.isRunning, !entry.isDeleted,
                let earlier = cursor.running.updateValue(index, forKey: entry.personID)
            {
                throw fields.fail("end", "a second running timer of the person of entries[\(earlier)]")
            }
            return entry
        }
    }

    /// Ends `batch` before its first element holding a NUL character, which becomes its problem.
    private static func cutAtNUL(_ batch: inout JSONListElements.Batch) {
        for (offset, (index, value)) in batch.elements.enumerated() {
            do throws(ImportFileError) {
                try JSONFields.refuseNUL(
                    in: value,
                    path: "document.entries[\(index)]",
                    format: AtriumExportReader.format
                )
            } catch {
                batch.elements.removeSubrange(offset...)
                batch.problem = error
                return
            }
        }
    }
}
