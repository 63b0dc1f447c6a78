import AtriumCore
import Hummingbird
import NIOCore
import Synchronization
import Testing

@testable import AtriumWeb

/// The rules of ``ResponseCache``: a response is served again only to its principal, for its URI,
/// under the same data version and in the same minute (or second); anything else builds anew.
@Suite struct ResponseCacheTests {
    /// Counts how often a response is built; each build's body names its number.
    final class Builds: Sendable {
        private let count = Mutex(0)
        var made: Int { count.withLock { $0 } }

        func build(
            freshness: ResponseCache.Freshness? = .minute,
            status: HTTPResponse.Status = .ok,
            size: Int = 0
        ) -> ResponseCache.Built {
            let number = count.withLock { count in
                count += 1
                return count
            }
            let text = "build \(number)" + String(repeating: " ", count: size)
            return ResponseCache.Built(
                status: status,
                headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: text),
                freshness: freshness
            )
        }
    }

    /// Half past a minute.
    let noon = Instant(secondsSinceEpoch: 1_795_000_000 - 1_795_000_000 % 60 + 30)

    @Test(
        "The same principal, URI, version and minute get the kept response; a new version, minute or principal builds"
    )
    func keptWhileNothingChanges() async throws {
        let cache = ResponseCache()
        let builds = Builds()
        func get(_ principal: String = "ana", _ uri: String = "/a", version: Int64 = 1, at: Instant) async throws
            -> String
        {
            try await cache.response(principal: principal, uri: uri, version: version, now: at) {
                builds.build()
            }.text
        }
        #expect(try await get(at: noon) == "build 1")
        #expect(try await get(at: noon.adding(seconds: 29)) == "build 1", "still the same minute")
        #expect(try await get(at: noon.adding(seconds: 30)) == "build 2", "the minute turned")
        #expect(try await get(version: 2, at: noon.adding(seconds: 31)) == "build 3", "something was committed")
        #expect(try await get(version: 2, at: noon.adding(seconds: 32)) == "build 3")
        #expect(try await get("ben", version: 2, at: noon.adding(seconds: 32)) == "build 4", "another principal")
        #expect(try await get(version: 2, at: noon.adding(seconds: 32)) == "build 3", "ana's stays")
        #expect(try await get("/b", version: 2, at: noon.adding(seconds: 32)) == "build 5", "another URI")
        #expect(cache.count == 3)
    }

    @Test("A response that shows a running timer is kept within its second only")
    func runningKeptForASecond() async throws {
        let cache = ResponseCache()
        let builds = Builds()
        func get(at: Instant) async throws -> String {
            try await cache.response(principal: "ana", uri: "/", version: 7, now: at) {
                builds.build(freshness: .second)
            }.text
        }
        #expect(try await get(at: noon) == "build 1")
        #expect(try await get(at: noon) == "build 1")
        #expect(try await get(at: noon.adding(seconds: 1)) == "build 2")
    }

    @Test(
        "Nothing is kept without a data version, for a response that forbids it, an error status or an oversized body"
    )
    func notKept() async throws {
        let cache = ResponseCache(largestResponse: 100, capacity: 1_000)
        let builds = Builds()
        for _ in 0..<2 {
            _ = try await cache.response(principal: "ana", uri: "/none", version: nil, now: noon) { builds.build() }
            _ = try await cache.response(principal: "ana", uri: "/form", version: 1, now: noon) {
                builds.build(freshness: nil)
            }
            _ = try await cache.response(principal: "ana", uri: "/error", version: 1, now: noon) {
                builds.build(status: .unprocessableContent)
            }
            _ = try await cache.response(principal: "ana", uri: "/large", version: 1, now: noon) {
                builds.build(size: 101)
            }
        }
        #expect(builds.made == 8)
        #expect(cache.count == 0)
    }

    @Test("Kept responses stay within the capacity: older ones make room")
    func capacity() async throws {
        let cache = ResponseCache(largestResponse: 100, capacity: 250)
        let builds = Builds()
        for page in 0..<10 {
            _ = try await cache.response(principal: "ana", uri: "/\(page)", version: 1, now: noon) {
                builds.build(size: 90)  // about 100 bytes each
            }
        }
        #expect(cache.count == 2)
        #expect(cache.bytes <= 250)
    }
}

extension ResponseCache.Built {
    /// The body as text.
    fileprivate var text: String { String(buffer: body) }
}
