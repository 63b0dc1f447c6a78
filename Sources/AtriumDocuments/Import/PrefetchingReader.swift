import Foundation
import Synchronization

/// Reads another reader's rows ahead, on a thread of its own, so that parsing the file and writing
/// its rows run on two cores at once. Rows, problems and the reader's error come out in the order
/// the reader gave them; at most a few batches are held, so a large file is still streamed.
public final class PrefetchingReader: EntryReader {
    private let channel: Channel
    private var rows: [ImportRow] = []
    private var position = 0
    private var isFinished = false
    /// What the reader threw, once the rows before it are taken.
    private var pendingError: (any Error)?
    public private(set) var bytesRead = 0
    public let totalBytes: Int?

    /// Starts reading `reader` ahead, `batchSize` rows at a time, at most `batches` batches ahead.
    public init(_ reader: any EntryReader, batchSize: Int = 512, batches: Int = 8) {
        totalBytes = reader.totalBytes
        let channel = Channel(batches: batches)
        self.channel = channel
        let source = Source(reader: reader)
        let thread = Thread { channel.fill(from: source, batchSize: batchSize) }
        thread.name = "atrium-import-reader"
        thread.start()
    }

    /// Stops the reading thread when the rows are not all taken (a refused or failed import).
    deinit { channel.stop() }

    public func next() throws -> ImportRow? {
        while position == rows.count {
            if let error = pendingError {
                pendingError = nil
                throw error
            }
            guard !isFinished else { return nil }
            let batch = channel.take()
            bytesRead = batch.bytesRead
            rows = batch.rows
            position = 0
            isFinished = batch.isLast
            pendingError = batch.error
        }
        defer { position += 1 }
        return rows[position]
    }
}

extension PrefetchingReader {
    /// Rows read in one go, and where the reader stood after them.
    fileprivate struct Batch: @unchecked Sendable {
        var rows: [ImportRow] = []
        var bytesRead = 0
        var isLast = false
        /// What the reader threw; always on the last batch.
        var error: (any Error)?
    }

    /// The reader, handed to the reading thread, which alone uses it from then on.
    fileprivate final class Source: @unchecked Sendable {
        var reader: any EntryReader
        init(reader: any EntryReader) { self.reader = reader }
    }

    /// Batches passed from the reading thread to the taker, bounded by `free`.
    fileprivate final class Channel: Sendable {
        private let batches = Mutex<[Batch]>([])
        private let filled = DispatchSemaphore(value: 0)
        private let free: DispatchSemaphore
        private let stopped = Atomic<Bool>(false)

        init(batches: Int) {
            // Made at zero and raised: libdispatch traps when a semaphore is freed below the value it
            // was made with, which a reader let go mid-file would leave.
            free = DispatchSemaphore(value: 0)
            for _ in 0..<batches { free.signal() }
        }

        /// Reads every row into batches until the end, an error, or ``stop()``.
        func fill(from source: Source, batchSize: Int) {
            var isLast = false
            while !isLast {
                free.wait()
                if stopped.load(ordering: .acquiring) { return }
                var batch = Batch()
                batch.rows.reserveCapacity(batchSize)
                do {
                    while batch.rows.count < batchSize, let row = try source.reader.next() {
                        batch.rows.append(row)
                    }
                    isLast = batch.rows.count < batchSize
                } catch {
                    batch.error = error
                    isLast = true
                }
                batch.bytesRead = source.reader.bytesRead
                batch.isLast = isLast
                batches.withLock { $0.append(batch) }
                filled.signal()
            }
        }

        /// The next batch, waiting for it to be read.
        func take() -> Batch {
            filled.wait()
            let batch = batches.withLock { $0.removeFirst() }
            free.signal()
            return batch
        }

        /// Lets the reading thread end at its next batch.
        func stop() {
            stopped.store(true, ordering: .releasing)
            free.signal()
        }
    }
}
