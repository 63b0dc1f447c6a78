import AtriumCore
import AtriumTestSupport
import Dispatch
import Synchronization
import Testing

@testable import AtriumStore

/// The server's short reads (a token, a session, the workspace's snapshot) run on the calling thread
/// through a connection of their own, so they answer even while every reader of the pool is busy.
@Suite struct LookupTests {
    /// Holds the pool's readers until let go.
    final class Gate: Sendable {
        let held = Mutex(0)
        let letGoByTimer = Mutex(false)
        let release = DispatchSemaphore(value: 0)
    }

    @Test("A look-up answers while every reader of the pool is held")
    func lookupBesideBusyReaders() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let store = try SQLiteStore.open(at: fixture.directory.file("atrium.sqlite"), connections: .pool)
            let readers = 5  // GRDB's default for a pool
            let gate = Gate()
            let reads = (0..<readers).map { _ in
                Task {
                    try await store.read { _ in
                        gate.held.withLock { $0 += 1 }
                        gate.release.wait()
                    }
                }
            }
            while gate.held.withLock({ $0 }) < readers { try await Task.sleep(for: .milliseconds(5)) }

            // Were the look-up to wait for a pool reader it would wait for ever: the readers are let
            // go after ten seconds whatever happens, and the look-up must have answered before.
            DispatchQueue.global().asyncAfter(deadline: .now() + 10) {
                gate.letGoByTimer.withLock { $0 = true }
                for _ in 0..<readers { gate.release.signal() }
            }
            let snapshot = try await store.snapshot(of: fixture.owner.workspaceID)
            let waitedForAReader = gate.letGoByTimer.withLock { $0 }
            #expect(!waitedForAReader, "the look-up waited for a reader of the pool")
            #expect(snapshot.clients.map(\.name) == ["Acme Realty"])
            #expect(try await store.runningEntry(of: fixture.owner.personID, in: fixture.owner.workspaceID) == nil)
            for _ in 0..<readers { gate.release.signal() }
            for read in reads { try await read.value }
        }
    }
}
