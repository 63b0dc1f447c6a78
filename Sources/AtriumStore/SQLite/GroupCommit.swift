import GRDB
import Synchronization

/// Group commit, for the server's entry writes: writes that arrive while a transaction is being
/// written and synced wait, then run together in the next one, each in a savepoint of its own, and
/// share its one sync to disk. A write whose body throws is rolled back alone and gets its error;
/// the others commit. Every caller returns only once its write is committed (durable when the
/// store syncs at every commit), or with the commit's error.
///
/// The disk's sync, not the processor, bounds one-transaction-per-write: with `--durability full`
/// a server spent most of its time waiting for it.
final class GroupCommit: Sendable {
    private let writer: any DatabaseWriter
    private let state = Mutex(State())

    private struct State {
        var waiting: [Job] = []
        var isWriting = false
    }

    init(writer: any DatabaseWriter) { self.writer = writer }

    /// Runs `body` in the next group's transaction and returns what it returned once that commits.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let outcome = Outcome<T>()
        return try await withCheckedThrowingContinuation { continuation in
            let job = Job(
                run: { db in
                    do {
                        try db.inSavepoint {
                            outcome.value = .success(try body(db))
                            return .commit
                        }
                    } catch {
                        outcome.value = .failure(error)
                    }
                },
                finish: { commitError in
                    if let commitError {
                        continuation.resume(throwing: commitError)
                    } else {
                        continuation.resume(
                            with: outcome.value ?? .failure(StoreError.conflict("The write did not run."))
                        )
                    }
                }
            )
            let starts = state.withLock { state in
                state.waiting.append(job)
                guard !state.isWriting else { return false }
                state.isWriting = true
                return true
            }
            if starts { Task { await self.drain() } }
        }
    }

    /// Writes groups until no write is waiting.
    private func drain() async {
        while true {
            let group = state.withLock { state in
                let group = state.waiting
                state.waiting = []
                if group.isEmpty { state.isWriting = false }
                return group
            }
            guard !group.isEmpty else { return }
            var commitError: (any Error)?
            do {
                try await writer.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        for job in group {
                            // An error SQLite answers by rolling back the whole transaction fails the group.
                            guard db.isInsideTransaction else { throw StoreError.conflict("The write was undone.") }
                            job.run(db)
                        }
                        return .commit
                    }
                }
            } catch {
                commitError = error
            }
            for job in group { job.finish(commitError) }
        }
    }
}

extension GroupCommit {
    /// One caller's write: run inside the group's transaction, finished after its commit.
    private struct Job: @unchecked Sendable {
        let run: (Database) -> Void
        let finish: (_ commitError: (any Error)?) -> Void
    }

    /// What a write's body gave, kept until the commit (written and read on the writer's thread,
    /// then read once after the commit).
    private final class Outcome<T>: @unchecked Sendable {
        var value: Result<T, any Error>?
    }
}
