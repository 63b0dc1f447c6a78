import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import AtriumWeb

/// A reading request that runs too long is answered 503 and stopped; writes run to their end.
@Suite struct TimeoutTests {
    /// A router with the app's error and timeout middleware and routes of known speed.
    /// Set by the slow handler when it is cancelled.
    final class Flag: Sendable {
        let raised = Mutex(false)
    }

    func application(limit: Duration, cancelled: Flag) -> some ApplicationProtocol {
        let router = Router(context: AppContext.self)
        router.add(middleware: ErrorMiddleware(pages: PageRenderer(), routes: RouteTable()))
        router.add(middleware: TimeoutMiddleware(limit: limit))
        router.get("/api/v1/slow") { _, _ in
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                cancelled.raised.withLock { $0 = true }
                throw error
            }
            return "slow"
        }
        router.get("/api/v1/fast") { _, _ in "fast" }
        router.post("/api/v1/slow-write") { _, _ in
            try await Task.sleep(for: .milliseconds(400))
            return "written"
        }
        return Application(router: router)
    }

    @Test("A slow read gets a 503 problem at the limit, a fast one its answer, a slow write its end")
    func limits() async throws {
        let cancelled = Flag()
        try await application(limit: .milliseconds(150), cancelled: cancelled).test(.router) { client in
            let clock = ContinuousClock()
            let started = clock.now
            let slow = try await client.execute(uri: "/api/v1/slow", method: .get)
            #expect(slow.status == .serviceUnavailable)
            #expect(slow.headers[.contentType] == "application/problem+json")
            // The handler would sleep 30 s; it was cancelled instead (generous bound: tests run in parallel).
            #expect(cancelled.raised.withLock { $0 })
            #expect(clock.now - started < .seconds(25))
            let fast = try await client.execute(uri: "/api/v1/fast", method: .get)
            #expect(fast.status == .ok)
            #expect(String(buffer: fast.body) == "fast")
            let write = try await client.execute(uri: "/api/v1/slow-write", method: .post)
            #expect(write.status == .ok)
            #expect(String(buffer: write.body) == "written")
        }
    }
}
