import AtriumCore
import AtriumServices
import AtriumStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing

@testable import AtriumWeb

/// Kept responses (``ResponseCache``) on the real app: never stale after a write from anywhere,
/// after the clock moves, or for another session.
@Suite struct KeptResponseTests {
    func ids(_ response: TestResponse) throws -> [Int] {
        let page = try response.json()
        return (page["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
    }

    @Test("A kept page of entries gives way to an entry written by the command line's own connection, and by the API")
    func entriesFollowEveryWriter() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty", zone: "UTC")
            try await web.fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:00")
            let token = try await web.token(for: web.owner)
            let month = "/api/v1/time-entries?from=2026-11-01&to=2026-11-30"
            try await web.test { client in
                let first = try await client.execute(uri: month, method: .get, headers: .bearer(token))
                #expect(try ids(first) == [1])
                #expect(try ids(try await client.execute(uri: month, method: .get, headers: .bearer(token))) == [1])

                // Another process on the same file, as `atrium add` would be.
                let command = try SQLiteStore.open(at: web.store.path, connections: .single)
                var input = EntryInput(target: "acme", from: "2026-11-03 09:00", to: "2026-11-03 10:00")
                input.allowsOverlap = true
                _ = try await Services(store: command, now: web.fixture.clock.reading, passwordCost: 4)
                    .entries.add(input, as: web.owner)
                #expect(try ids(try await client.execute(uri: month, method: .get, headers: .bearer(token))) == [1, 2])

                let posted = try await client.execute(
                    uri: "/api/v1/time-entries",
                    method: .post,
                    headers: .bearer(token, json: true),
                    body: ByteBuffer(
                        string:
                            #"{"clientId": "\#(acme.id)", "start": "2026-11-04T09:00:00Z", "end": "2026-11-04T09:30:00Z"}"#
                    )
                )
                #expect(posted.status == .created)
                #expect(
                    try ids(try await client.execute(uri: month, method: .get, headers: .bearer(token))) == [1, 2, 3]
                )
            }
        }
    }

    @Test(
        "The dashboard is kept per session (each has its own CSRF token), and a running timer's elapsed time moves with the clock"
    )
    func dashboardPerSessionAndSecond() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            _ = try await web.services.timer.start(.init(target: "acme", memo: "Listings", at: "11:30"), as: web.owner)
            let first = try await web.ownerBrowser()
            let second = try await web.ownerBrowser()
            #expect(first.csrf != second.csrf)
            try await web.test { client in
                let running = try #require(
                    try await web.store.runningEntry(of: web.owner.personID, in: web.owner.workspaceID)
                )
                func elapsed() -> String {
                    #"data-elapsed-seconds="\#(running.start.seconds(until: web.fixture.clock.now))""#
                }
                let page = try await client.execute(uri: "/", method: .get, headers: first.headers).text
                #expect(page.contains(first.csrf))
                #expect(page.contains(elapsed()))
                let other = try await client.execute(uri: "/", method: .get, headers: second.headers).text
                #expect(other.contains(second.csrf))
                #expect(!other.contains(first.csrf))

                web.fixture.clock.advance(seconds: 1)
                let later = try await client.execute(uri: "/", method: .get, headers: first.headers).text
                #expect(later.contains(elapsed()), "a second later, the elapsed time is a second longer")
                #expect(later != page)
            }
        }
    }

    @Test("Cache-Control: no-cache builds every time; otherwise the second request is served kept")
    func noCacheBuildsAfresh() async throws {
        try await withWeb { web in
            let app = web.webApp()
            let signed = Signed(caller: web.owner, session: nil)
            let builds = Mutex(0)
            func get(_ headers: HTTPFields) async throws {
                let request = Request(
                    head: HTTPRequest(
                        method: .get,
                        scheme: "http",
                        authority: "localhost",
                        path: "/x",
                        headerFields: headers
                    ),
                    body: RequestBody(buffer: ByteBuffer())
                )
                _ = try await app.kept(request, signed) {
                    builds.withLock { $0 += 1 }
                    return JSONResponse.built(bytes: Array("{}".utf8), freshness: .minute)
                }
            }
            try await get([.cacheControl: "no-cache"])
            try await get([.cacheControl: "no-cache"])
            #expect(builds.withLock { $0 } == 2)
            try await get([:])
            try await get([:])
            #expect(builds.withLock { $0 } == 3)
            #expect(app.responses.count == 1)
        }
    }
}
