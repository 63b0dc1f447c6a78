import AtriumCore
import AtriumDocuments
import AtriumStore

/// Brings in other tools' exports: every row read, names matched or created, times placed in a
/// zone, all of it written in one transaction, or none of it.
public struct ImportService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// One import: what to read and how.
    public struct Request: Sendable {
        public var format: ImportFormat
        /// The file (or, for Timewarrior, folder) to read.
        public var path: String?
        /// The file's bytes, when uploaded rather than on disk.
        public var bytes: [UInt8]?
        public var options = ImportFormat.Options()
        /// The zone wall-clock times are read in; nil reads each in its person's zone.
        public var zone: ZoneID?
        /// The person every row belongs to (name or email); nil matches each row's own.
        public var person: String?
        /// People of the file (name or email, case aside) to put on people of the workspace (name or
        /// email): `["Peter Tester": "Maria Lopez"]`. Others are matched by name or created.
        public var personMap: [String: String] = [:]
        /// Reports what would be created and every problem, and writes nothing.
        public var dryRun = false
        /// Imports the good rows even when some cannot be read.
        public var skipBadRows = false

        public init(format: ImportFormat, path: String) {
            self.format = format
            self.path = path
        }

        public init(format: ImportFormat, bytes: [UInt8]) {
            self.format = format
            self.bytes = bytes
        }

        func reader() throws -> any EntryReader {
            if let bytes { return try format.reader(bytes: bytes, options: options) }
            return try format.reader(path: path ?? "", options: options)
        }
    }

    /// Reads `Peter Tester=Maria Lopez` pairs (one per item) into a person map.
    ///
    /// - Throws: ``InvalidInput`` on `map` for an item without `=`, or a name mapped twice to different people.
    public static func personMap(_ items: [String]) throws -> [String: String] {
        var map: [String: String] = [:]
        for item in items where !item.trimmingWhitespace().isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw InvalidInput("\"\(item)\" is not a mapping: write NAME IN THE FILE=PERSON HERE", field: "map")
            }
            if let earlier = map.first(where: { NameLookup.nameKey($0.key) == NameLookup.nameKey(parts[0]) }),
                earlier.value != parts[1]
            {
                throw InvalidInput(
                    "\"\(parts[0])\" is mapped twice, to \(earlier.value) and to \(parts[1]): keep one",
                    field: "map"
                )
            }
            map[parts[0]] = parts[1]
        }
        return map
    }

    /// Runs `request` for `caller` (an owner), reporting progress every few thousand rows.
    ///
    /// Bad rows refuse the whole import (nothing is written) unless ``Request/skipBadRows``; the
    /// report lists them either way.
    ///
    /// - Throws: ``ImportFileError`` when the file cannot be read at all, ``InvalidInput`` for a
    ///   `--person` no one has, ``ServiceError/forbidden(_:)`` for a member.
    public func run(
        _ request: Request,
        as caller: Caller,
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportReport {
        try caller.requireOwner(to: "import time entries")
        // The file is parsed on a thread of its own while this one writes.
        let box = ReaderBox(PrefetchingReader(try request.reader()))
        let at = now()
        return try await store.importEntries(into: caller.workspaceID, stamp: caller.stamp(at: at)) { writer in
            var run = try ImportRun(request: request, writer: writer, caller: caller, at: at)
            try run.readAll(box, progress: progress)
            return run.outcome()
        }
    }
}

/// Hands a reader (not `Sendable`: it holds an open file) into the import's transaction, which
/// runs synchronously while the caller waits.
final class ReaderBox: @unchecked Sendable {
    var reader: any EntryReader
    init(_ reader: any EntryReader) { self.reader = reader }
}
