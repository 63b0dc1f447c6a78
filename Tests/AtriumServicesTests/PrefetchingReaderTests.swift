import AtriumDocuments
import Synchronization
import Testing

/// The reader that parses ahead on its own thread gives what the reader it wraps gives, in order.
@Suite struct PrefetchingReaderTests {
    /// 1,300 Toggl rows (batches of 512 end mid-file) with a bad one in the middle.
    static let toggl: [UInt8] = {
        var text =
            "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\n"
        for row in 0..<1_300 {
            let minute = String(row % 60)
            let start = row == 700 ? "not a time" : "09:\(minute.count == 1 ? "0" + minute : minute):00"
            text += "Ana,,Acme,,,Row \(row),Yes,2026-03-02,\(start),2026-03-02,10:00:00,,\n"
        }
        return Array(text.utf8)
    }()

    static func all(_ reader: any EntryReader) throws -> [ImportRow] {
        var reader = reader
        var rows: [ImportRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    @Test("Rows and problems come out as the wrapped reader gives them, across batches", arguments: [1, 7, 512, 5_000])
    func sameRows(batchSize: Int) throws {
        let direct = try Self.all(try ImportFormat.toggl.reader(bytes: Self.toggl, options: .init()))
        let prefetching = PrefetchingReader(
            try ImportFormat.toggl.reader(bytes: Self.toggl, options: .init()),
            batchSize: batchSize,
            batches: 2
        )
        let ahead = try Self.all(prefetching)
        #expect(direct.count == 1_300)
        #expect(ahead == direct)
        #expect(prefetching.bytesRead == Self.toggl.count)
        #expect(try prefetching.next() == nil)
    }

    struct Broken: Error, Equatable {}

    /// Gives `rows` rows, then throws.
    struct FailingReader: EntryReader {
        var rows: Int
        var bytesRead = 0
        var totalBytes: Int? { nil }
        mutating func next() throws -> ImportRow? {
            guard rows > 0 else { throw Broken() }
            rows -= 1
            bytesRead += 1
            return .problem(ImportProblem(line: bytesRead, reason: "row \(bytesRead)"))
        }
    }

    @Test("The wrapped reader's error comes after the rows it gave before it")
    func errorAfterRows() throws {
        let reader = PrefetchingReader(FailingReader(rows: 10), batchSize: 4, batches: 2)
        var lines: [Int] = []
        #expect(throws: Broken.self) {
            while let row = try reader.next() {
                if case .problem(let problem) = row { lines.append(problem.line) }
            }
        }
        #expect(lines == Array(1...10))
        #expect(try reader.next() == nil)
    }

    /// Counts the readers not yet released.
    final class TrackedReader: EntryReader {
        static let live = Mutex(0)
        var bytesRead = 0
        var totalBytes: Int? { nil }
        init() { Self.live.withLock { $0 += 1 } }
        deinit { Self.live.withLock { $0 -= 1 } }
        func next() throws -> ImportRow? {
            bytesRead += 1
            return .problem(ImportProblem(line: bytesRead, reason: "endless"))
        }
    }

    @Test("A reader let go before the end stops its thread, which lets go of the file")
    func letGo() async throws {
        for _ in 0..<5 {
            let reader = PrefetchingReader(TrackedReader(), batchSize: 16, batches: 1)
            #expect(try reader.next() != nil)
        }
        var live = TrackedReader.live.withLock { $0 }
        for _ in 0..<100 where live > 0 {
            try await Task.sleep(for: .milliseconds(10))
            live = TrackedReader.live.withLock { $0 }
        }
        #expect(live == 0)
    }
}
