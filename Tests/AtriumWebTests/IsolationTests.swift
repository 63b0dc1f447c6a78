import AtriumCore
import AtriumServices
import AtriumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// Another workspace's records, and a member's view of the owner's entries: never shown, always 404.
@Suite struct IsolationTests {
    /// Every API route that reads or writes one record by id, with another workspace's id.
    @Test func anotherWorkspacesRecordsAreNotFoundAndNeverListed() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00", memo: "owner memo")
            let task = try await web.services.tasks.add(
                "Acme close",
                client: "acme",
                project: nil,
                .init(),
                as: web.owner
            )
            try await web.services.exchangeRates.add(currency: "AUD", rate: "0.6512", date: nil, as: web.owner)
            let other = try await web.otherWorkspace()
            let outsider = try await web.token(for: other.caller)
            try await web.test { client in
                let byID: [(HTTPRequest.Method, String, String?)] = [
                    (.get, "/api/v1/clients/\(acme.id)", nil),
                    (.patch, "/api/v1/clients/\(acme.id)", #"{"name": "Taken"}"#),
                    (.post, "/api/v1/projects", #"{"clientId": "\#(acme.id)", "name": "Sneaky"}"#),
                    (
                        .post, "/api/v1/time-entries",
                        #"{"clientId": "\#(acme.id)", "start": "2026-11-22T09:00:00Z", "end": "2026-11-22T10:00:00Z"}"#
                    ),
                    (.post, "/api/v1/timer/start", #"{"clientId": "\#(acme.id)"}"#),
                    (.post, "/api/v1/tasks", #"{"clientId": "\#(acme.id)", "name": "Sneaky"}"#),
                    (.patch, "/api/v1/tasks/\(task.task.id)", #"{"name": "Taken"}"#),
                ]
                try await Self.expectNotFound(byID, client: client, token: outsider, hiding: ["Acme"])
                let lists = [
                    "/api/v1/clients?archived=true", "/api/v1/projects", "/api/v1/tasks?archived=true",
                    "/api/v1/exchange-rates",
                    "/api/v1/time-entries?from=2026-01-01&to=2026-12-31",
                    "/api/v1/summary?from=2026-01-01&to=2026-12-31", "/api/v1/timer", "/api/v1/me", "/api/v1/tokens",
                ]
                try await Self.expectListedWithout(
                    lists,
                    client: client,
                    token: outsider,
                    hiding: ["Acme", "owner memo", "0.6512", acme.id.description]
                )
                // Entry numbers are per workspace: the outsider's #1 is their own entry, not the owner's.
                let own = try await client.execute(
                    uri: "/api/v1/time-entries/1",
                    method: .get,
                    headers: .bearer(outsider)
                )
                #expect(try own.json()["memo"] as? String == "secret memo")
                let theirs = try await client.execute(
                    uri: "/api/v1/time-entries/2",
                    method: .get,
                    headers: .bearer(outsider)
                )
                #expect(theirs.status == .notFound)
            }
        }
    }

    /// A member sees their own entries; the owner's are 404 for every entry route and left out of lists.
    @Test func aMemberNeverSeesTheOwnersEntries() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let ownerEntry = try await web.fixture.entry(
                "acme",
                from: "2026-11-23 09:00",
                to: "2026-11-23 10:00",
                memo: "owner memo"
            )
            let member = try await web.member()
            let secret = try await web.token(for: member)
            try await web.test { client in
                let routes: [(HTTPRequest.Method, String, String?)] = [
                    (.get, "/api/v1/time-entries/\(ownerEntry.number)", nil),
                    (.patch, "/api/v1/time-entries/\(ownerEntry.number)", #"{"memo": "mine now"}"#),
                    (.delete, "/api/v1/time-entries/\(ownerEntry.number)", nil),
                ]
                try await Self.expectNotFound(routes, client: client, token: secret, hiding: ["owner memo"])
                // The owner's hour is not in the member's entries or summary either.
                try await Self.expectListedWithout(
                    [
                        "/api/v1/time-entries?from=2026-11-01&to=2026-11-30",
                        "/api/v1/summary?from=2026-11-01&to=2026-11-30",
                    ],
                    client: client,
                    token: secret,
                    hiding: ["owner memo", "\"rawHours\":\"1.00\""]
                )
                let clients = try await client.execute(
                    uri: "/api/v1/clients",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"name": "Mine"}"#)
                )
                #expect(clients.status == .forbidden)
            }
            let unchanged = try await web.store.entry(number: ownerEntry.number, in: web.owner.workspaceID)
            #expect(unchanged.memo == "owner memo")
            #expect(unchanged.deletedAt == nil)
        }
    }

    /// A member assigned to Acme only: Bloom's client, entries and totals are 404 or absent on every
    /// route; Acme's entries by anyone are visible.
    @Test func aMemberSeesOnlyTheClientsAssignedToThem() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            let acmeEntry = try await web.fixture.entry(
                "acme",
                from: "2026-11-23 08:00",
                to: "2026-11-23 09:00",
                memo: "acme work"
            )
            let bloomEntry = try await web.fixture.entry(
                "bloom",
                from: "2026-11-23 09:00",
                to: "2026-11-23 10:00",
                memo: "bloom work"
            )
            _ = try await web.services.tasks.add(
                "Newsletter close",
                client: "bloom",
                project: nil,
                .init(),
                as: web.owner
            )
            _ = try await web.services.projects.add("bloom/Newsletter", .init(), as: web.owner)
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            let secret = try await web.token(for: member)
            try await web.test { client in
                let hidden: [(HTTPRequest.Method, String, String?)] = [
                    (.get, "/api/v1/clients/\(bloom.id)", nil),
                    (.get, "/api/v1/time-entries/\(bloomEntry.number)", nil),
                    (.patch, "/api/v1/time-entries/\(bloomEntry.number)", #"{"memo": "x"}"#),
                    (.delete, "/api/v1/time-entries/\(bloomEntry.number)", nil),
                    (
                        .post, "/api/v1/time-entries",
                        #"{"clientId": "\#(bloom.id)", "start": "2026-11-22T09:00:00Z", "end": "2026-11-22T10:00:00Z"}"#
                    ),
                    (.post, "/api/v1/timer/start", #"{"clientId": "\#(bloom.id)"}"#),
                ]
                try await Self.expectNotFound(hidden, client: client, token: secret, hiding: ["bloom work"])
                let lists = [
                    "/api/v1/clients?archived=true", "/api/v1/projects", "/api/v1/tasks",
                    "/api/v1/time-entries?from=2026-11-01&to=2026-11-30",
                    "/api/v1/summary?from=2026-11-01&to=2026-11-30",
                ]
                try await Self.expectListedWithout(
                    lists,
                    client: client,
                    token: secret,
                    hiding: ["Bloom", "bloom work", "Newsletter", bloom.id.description]
                )
                let entries = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-11-01&to=2026-11-30",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(entries.text.contains("acme work"), "the owner's entry on an assigned client is visible")
                let one = try await client.execute(
                    uri: "/api/v1/time-entries/\(acmeEntry.number)",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(one.status == .ok)
            }
        }
    }

    /// Sends each request with `token` and expects 404 and none of `hiding` in the answer.
    private static func expectNotFound(
        _ routes: [(HTTPRequest.Method, String, String?)],
        client: some TestClientProtocol,
        token: String,
        hiding: [String]
    ) async throws {
        for (method, uri, body) in routes {
            let response = try await client.execute(
                uri: uri,
                method: method,
                headers: .bearer(token, json: body != nil),
                body: body.map { ByteBuffer(string: $0) }
            )
            #expect(response.status == .notFound, "\(method) \(uri)")
            for text in hiding { #expect(!response.text.contains(text), "\(method) \(uri) shows \(text)") }
        }
    }

    /// Reads each list with `token` and expects 200 without any of `hiding`.
    private static func expectListedWithout(
        _ uris: [String],
        client: some TestClientProtocol,
        token: String,
        hiding: [String]
    ) async throws {
        for uri in uris {
            let response = try await client.execute(uri: uri, method: .get, headers: .bearer(token))
            #expect(response.status == .ok, "\(uri)")
            for text in hiding { #expect(!response.text.contains(text), "\(uri) shows \(text)") }
        }
    }
}
