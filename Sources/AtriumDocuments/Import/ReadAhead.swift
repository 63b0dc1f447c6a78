import Foundation
import Synchronization

/// Reads a source's items ahead, on a thread of its own, so that reading a file and writing what it
/// holds run on two cores at once. Items and the source's error come out in the order the source gave
/// them; at most a few batches are held, so a large file is still streamed.
///
/// `Mark` is where the source stood after each batch (the bytes read, for progress): ``mark`` is
/// that of the batch the last item taken came from.
public final class ReadAhead<Item, Mark> {
    private let channel: Channel
    private var items: [Item] = []
    private var position = 0
    private var isFinished = false
    /// What the source threw, once the items before it are taken.
    private var pendingError: (any Error)?
    public private(set) var mark: Mark

    /// Starts reading ahead `batchSize` items at a time, at most `batches` batches ahead. `next` and
    /// `mark` are called on the reading thread only, from now on: the source must not be used
    /// elsewhere meanwhile.
    ///
    /// - Parameters:
    ///   - start: The mark before the first batch.
    ///   - next: The source's next item; nil at its end.
    ///   - mark: Where the source stands.
    public init(
        from start: Mark,
        batchSize: Int,
        batches: Int,
        next: @escaping () throws -> Item?,
        mark: @escaping () -> Mark
    ) {
        self.mark = start
        let channel = Channel(batches: batches)
        self.channel = channel
        let source = Source(next: next, mark: mark)
        let thread = Thread { channel.fill(from: source, batchSize: max(1, batchSize)) }
        thread.name = "atrium-read-ahead"
        thread.start()
    }

    /// Stops the reading thread when the items are not all taken (a refused or failed import).
    deinit { channel.stop() }

    /// The next item; nil after the last.
    ///
    /// - Throws: What the source threw, after the items it gave before.
    public func next() throws -> Item? {
        while position == items.count {
            if let error = pendingError {
                pendingError = nil
                throw error
            }
            guard !isFinished else { return nil }
            let batch = channel.take()
            items = batch.items
            mark = batch.mark
            position = 0
            isFinished = batch.isLast
            pendingError = batch.error
        }
        defer { position += 1 }
        return items[position]
    }
}

extension ReadAhead {
    /// Items read in one go, where the source stood after them, and what it threw (always on the
    /// last batch).
    fileprivate struct Batch: @unchecked Sendable {
        var items: [Item]
        var mark: Mark
        var isLast: Bool
        var error: (any Error)?
    }

    /// The source, handed to the reading thread, which alone uses it from then on.
    fileprivate final class Source: @unchecked Sendable {
        let next: () throws -> Item?
        let mark: () -> Mark
        init(next: @escaping () throws -> Item?, mark: @escaping () -> Mark) {
            self.next = next
            self.mark = mark
        }
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
            for _ in 0..<max(1, batches) { free.signal() }
        }

        /// Reads every item into batches until the end, an error, or ``stop()``.
        func fill(from source: Source, batchSize: Int) {
            var isLast = false
            while !isLast {
                free.wait()
                if stopped.load(ordering: .acquiring) { return }
                var items: [Item] = []
                items.reserveCapacity(batchSize)
                var error: (any Error)?
                do {
                    while items.count < batchSize, let item = try source.next() { items.append(item) }
                    isLast = items.count < batchSize
                } catch let thrown {
                    error = thrown
                    isLast = true
                }
                let batch = Batch(items: items, mark: source.mark(), isLast: isLast, error: error)
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
