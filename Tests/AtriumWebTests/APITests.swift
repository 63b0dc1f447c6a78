import AtriumCore
import AtriumServices
import AtriumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct APITests {
    @Test func requestsWithoutAValidTokenAreRefusedAsProblems() async throws {
        try await withWeb { web in
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                for headers: HTTPFields in [[:], .bearer("atr_wrong"), [.authorization: "Basic abc"]] {
                    let response = try await client.execute(uri: "/api/v1/me", method: .get, headers: headers)
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(try response.json()["title"] as? String == "Unauthorized")
                }
                let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: .bearer(secret))
                #expect(me.status == .ok)
                let body = try me.json()
                #expect(body["name"] as? String == "Maria Lopez")
                #expect((body["workspace"] as? [String: Any])?["baseCurrency"] as? String == "USD")
            }
        }
    }

    @Test func clientsArePagedWithACursor() async throws {
        try await withWeb { web in
            for name in ["Acme Realty", "Bloom & Co", "Northwind Legal"] { try await web.fixture.client(name) }
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                var names: [String] = []
                var uri = "/api/v1/clients?limit=2"
                for _ in 0..<3 {
                    let page = try await client.execute(uri: uri, method: .get, headers: .bearer(secret)).json()
                    let items = try #require(page["items"] as? [[String: Any]])
                    names += items.compactMap { $0["name"] as? String }
                    guard let cursor = page["nextCursor"] as? String else { break }
                    uri = "/api/v1/clients?limit=2&cursor=\(cursor)"
                }
                #expect(names == ["Acme Realty", "Bloom & Co", "Northwind Legal"])
                let first = try await client.execute(uri: "/api/v1/clients", method: .get, headers: .bearer(secret))
                    .json()
                let acme = try #require((first["items"] as? [[String: Any]])?.first)
                let rate = try #require(acme["rate"] as? [String: Any])
                #expect(rate["amountMinor"] as? Int == 4500)
                #expect(rate["currency"] as? String == "AUD")

                let badLimit = try await client.execute(
                    uri: "/api/v1/clients?limit=0",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(badLimit.status == .badRequest)
                #expect(try badLimit.json()["field"] as? String == "limit")
                let badCursor = try await client.execute(
                    uri: "/api/v1/clients?cursor=%25%25",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(badCursor.status == .badRequest)
            }
        }
    }

    @Test func addsAClientAndNamesTheFieldOfBadInput() async throws {
        try await withWeb { web in
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                @Sendable func post(_ json: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: "/api/v1/clients",
                        method: .post,
                        headers: .bearer(secret, json: true),
                        body: ByteBuffer(string: json)
                    )
                }
                let created = try await post(
                    #"{"name": "Acme Realty", "zone": "Australia/Sydney", "currency": "AUD", "rate": "45"}"#
                )
                #expect(created.status == .created)
                #expect(try created.json()["zone"] as? String == "Australia/Sydney")

                let cases: [(String, HTTPResponse.Status, String)] = [
                    (#"{"name": "X", "zone": "Mars/Base"}"#, .unprocessableContent, "zone"),
                    (#"{"name": "X", "currency": "EURO"}"#, .unprocessableContent, "currency"),
                    (#"{"name": "X", "colour": "red"}"#, .badRequest, "colour"),
                    (#"{"name": 42}"#, .badRequest, "name"),
                    (#"{"zone": "UTC"}"#, .unprocessableContent, "name"),
                ]
                for (json, status, field) in cases {
                    let response = try await post(json)
                    #expect(response.status == status, "\(json)")
                    #expect(try response.json()["field"] as? String == field, "\(json)")
                }
                let malformed = try await post(#"{"name": "#)
                #expect(malformed.status == .badRequest)
                #expect(
                    try malformed.json()["detail"] as? String
                        == "The body is not valid JSON: line 1, column 10: the body ends where a value was expected. "
                        + "Send an object such as {\"client\": \"acme\"}."
                )
                let twice = try await post(#"{"name": "Acme", "name": "Bloom"}"#)
                #expect(twice.status == .badRequest)
                #expect(try twice.json()["field"] as? String == "name")
                #expect(
                    try twice.json()["detail"] as? String
                        == "name is given twice (line 1, column 18); send each field once."
                )
                let deep = try await post(String(repeating: "[", count: 10_000))
                #expect(deep.status == .badRequest)
                let array = try await post("[]")
                #expect(array.status == .badRequest)
                let huge = try await post(#"{"name": ""# + String(repeating: "x", count: 1_100_000) + #""}"#)
                #expect(huge.status == .contentTooLarge)
                #expect(try await web.store.clients(in: web.owner.workspaceID).map(\.name) == ["Acme Realty"])
            }
        }
    }

    @Test func timeEntriesCanBeAddedListedEditedAndDeleted() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                let body = """
                    {"clientId": "\(acme.id)", "start": "2026-11-23T14:00:00Z", "end": "2026-11-23T15:30:00Z",
                     "memo": "Inbox triage", "tags": ["email"]}
                    """
                let created = try await client.execute(
                    uri: "/api/v1/time-entries",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: body)
                )
                #expect(created.status == .created)
                let entry = try created.json()
                #expect(entry["start"] as? String == "2026-11-23T14:00:00Z")
                #expect(entry["durationSeconds"] as? Int == 5400)
                let id = try #require(entry["id"] as? Int)

                let overlap = try await client.execute(
                    uri: "/api/v1/time-entries",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: body)
                )
                #expect(overlap.status == .conflict)
                let detail = try #require(try overlap.json()["detail"] as? String)
                #expect(detail.contains("#\(id)"))
                #expect(!detail.contains("--"), "no command-line syntax in the API")

                let listed = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-11-23&to=2026-11-23",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                #expect((listed["items"] as? [[String: Any]])?.count == 1)
                let tagged = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-11-23&to=2026-11-23&tag=email",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                #expect((tagged["items"] as? [[String: Any]])?.count == 1)
                let untagged = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-11-23&to=2026-11-23&tag=rush",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                #expect((untagged["items"] as? [[String: Any]])?.isEmpty == true)
                let badTag = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-11-23&to=2026-11-23&tag=no%2Fslash",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(badTag.status == .unprocessableContent)
                #expect(try badTag.json()["field"] as? String == "tag")
                let badPerson = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-11-23&to=2026-11-23&personId=maria",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(badPerson.status == .badRequest)
                #expect(try badPerson.json()["field"] as? String == "personId")
                let badDate = try await client.execute(
                    uri: "/api/v1/time-entries?from=2026-13-01&to=2026-11-23",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(badDate.status == .unprocessableContent)
                #expect(try badDate.json()["field"] as? String == "from")
                let longMemo = String(repeating: "a", count: TimeEntry.longestMemo + 1)
                let tooLong = try await client.execute(
                    uri: "/api/v1/time-entries/\(id)",
                    method: .patch,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"memo": "\#(longMemo)"}"#)
                )
                #expect(tooLong.status == .unprocessableContent)
                #expect(try tooLong.json()["field"] as? String == "memo")
                // SQLite's text binding would cut the memo at the NUL, and the audit would then
                // read the entry as changed outside Atrium (QA).
                let nul = try await client.execute(
                    uri: "/api/v1/time-entries/\(id)",
                    method: .patch,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"memo": "ab\u0000cd"}"#)
                )
                #expect(nul.status == .badRequest)
                #expect(
                    try nul.json()["detail"] as? String
                        == "The body is not valid JSON: line 1, column 19: a string cannot hold \\u0000 (NUL), "
                        + "which Atrium cannot store. Send an object such as {\"client\": \"acme\"}."
                )

                let edited = try await client.execute(
                    uri: "/api/v1/time-entries/\(id)",
                    method: .patch,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"memo": "Inbox triage and replies"}"#)
                )
                #expect(try edited.json()["memo"] as? String == "Inbox triage and replies")
                let backwards = try await client.execute(
                    uri: "/api/v1/time-entries/\(id)",
                    method: .patch,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"end": "2026-11-23T13:00:00Z"}"#)
                )
                #expect(backwards.status == .unprocessableContent)

                let deleted = try await client.execute(
                    uri: "/api/v1/time-entries/\(id)",
                    method: .delete,
                    headers: .bearer(secret)
                )
                #expect(deleted.status == .noContent)
                let gone = try await client.execute(
                    uri: "/api/v1/time-entries/\(id)",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(gone.status == .notFound)
                let report = try await web.services.audit.verify(as: web.owner)
                #expect(report.verification == .intact(try await web.store.auditHead(of: web.owner.workspaceID)))
            }
        }
    }

    @Test func theTimerStartsStopsAndReportsWhatRuns() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                let idle = try await client.execute(uri: "/api/v1/timer", method: .get, headers: .bearer(secret)).json()
                #expect(idle["running"] == nil || idle["running"] is NSNull)
                let started = try await client.execute(
                    uri: "/api/v1/timer/start",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"clientId": "\#(acme.id)", "memo": "Listings"}"#)
                )
                #expect(started.status == .created)
                web.fixture.clock.advance(seconds: 600)
                let running = try await client.execute(uri: "/api/v1/timer", method: .get, headers: .bearer(secret))
                    .json()
                #expect((running["running"] as? [String: Any])?["durationSeconds"] as? Int == 600)
                let stopped = try await client.execute(
                    uri: "/api/v1/timer/stop",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: "{}")
                )
                #expect((try stopped.json()["stopped"] as? [String: Any])?["end"] as? String == "2026-11-23T18:10:00Z")
                let noTimer = try await client.execute(
                    uri: "/api/v1/timer/stop",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: "{}")
                )
                #expect(noTimer.status == .conflict)
                let summary = try await client.execute(
                    uri: "/api/v1/summary?from=2026-11-23&to=2026-11-23",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                let line = try #require((summary["lines"] as? [[String: Any]])?.first)
                #expect(line["client"] as? String == "Acme Realty")
                let amount = try #require(line["amount"] as? [String: Any])
                #expect(amount["amountMinor"] as? Int == 750, "10 minutes at AUD 45 an hour")
                #expect(amount["currency"] as? String == "AUD")
                try await web.fixture.services.exchangeRates.add(
                    currency: "AUD",
                    rate: "0.65",
                    date: "2026-11-01",
                    as: web.fixture.owner
                )
                let converted = try await client.execute(
                    uri: "/api/v1/summary?from=2026-11-23&to=2026-11-23",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                let inBase = try #require(converted["inBase"] as? [String: Any])
                #expect((inBase["amount"] as? [String: Any])?["amountMinor"] as? Int == 488, "AUD 7.50 × 0.65")
                let rate = try #require((inBase["rates"] as? [[String: Any]])?.first)
                #expect(rate["rate"] as? String == "0.65")
                #expect(rate["date"] as? String == "2026-11-01")
            }
        }
    }

    @Test func tokensAreCreatedListedAndRevokedThroughTheAPI() async throws {
        try await withWeb { web in
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                let created = try await client.execute(
                    uri: "/api/v1/tokens",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"name": "zapier"}"#)
                ).json()
                let second = try #require(created["secret"] as? String)
                let id = try #require((created["token"] as? [String: Any])?["id"] as? String)
                #expect(
                    try await client.execute(uri: "/api/v1/me", method: .get, headers: .bearer(second)).status == .ok
                )
                let revoked = try await client.execute(
                    uri: "/api/v1/tokens/\(id)",
                    method: .delete,
                    headers: .bearer(secret)
                )
                #expect(revoked.status == .noContent)
                #expect(
                    try await client.execute(uri: "/api/v1/me", method: .get, headers: .bearer(second)).status
                        == .unauthorized
                )
                let listed = try await client.execute(uri: "/api/v1/tokens", method: .get, headers: .bearer(secret))
                    .json()
                #expect((listed["items"] as? [[String: Any]])?.count == 2)
            }
        }
    }

    @Test func clientsAreEditedProjectsAddedAndTheProfileChanged() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                @Sendable func send(_ method: HTTPRequest.Method, _ uri: String, _ json: String) async throws
                    -> TestResponse
                {
                    try await client.execute(
                        uri: uri,
                        method: method,
                        headers: .bearer(secret, json: true),
                        body: ByteBuffer(string: json)
                    )
                }
                let edited = try await send(
                    .patch,
                    "/api/v1/clients/\(acme.id)",
                    #"{"rate": "50", "rounding": "nearest:6m"}"#
                )
                #expect(edited.status == .ok)
                #expect(try edited.json()["rounding"] as? String == "nearest:6m")
                let badZone = try await send(.patch, "/api/v1/clients/\(acme.id)", #"{"zone": "Atlantis"}"#)
                #expect(badZone.status == .unprocessableContent)
                #expect(try badZone.json()["field"] as? String == "zone")
                let layout = try await send(
                    .patch,
                    "/api/v1/clients/\(acme.id)",
                    #"{"roundingScope": "line", "timeLines": "entry"}"#
                )
                #expect(try layout.json()["roundingScope"] as? String == "line")
                #expect(try layout.json()["timeLines"] as? String == "entry")
                for (field, body) in [
                    ("roundingScope", #"{"roundingScope": "day"}"#), ("timeLines", #"{"timeLines": "person"}"#),
                ] {
                    let bad = try await send(.patch, "/api/v1/clients/\(acme.id)", body)
                    #expect(bad.status == .unprocessableContent)
                    #expect(try bad.json()["field"] as? String == field)
                }
                let archived = try await send(.patch, "/api/v1/clients/\(acme.id)", #"{"archived": true}"#)
                #expect(try archived.json()["archived"] as? Bool == true)

                let project = try await send(
                    .post,
                    "/api/v1/projects",
                    #"{"clientId": "\#(acme.id)", "name": "Listings", "rate": "55"}"#
                )
                #expect(project.status == .created)
                #expect(try project.json()["name"] as? String == "Listings")
                let unnamed = try await send(.post, "/api/v1/projects", #"{"clientId": "\#(acme.id)"}"#)
                #expect(unnamed.status == .unprocessableContent)
                #expect(try unnamed.json()["field"] as? String == "name")
                let unknown = try await send(
                    .post,
                    "/api/v1/projects",
                    #"{"clientId": "\#(ID<Client>())", "name": "X"}"#
                )
                #expect(unknown.status == .notFound)

                let me = try await send(.patch, "/api/v1/me", #"{"zone": "Europe/Madrid", "language": "es"}"#)
                #expect(try me.json()["zone"] as? String == "Europe/Madrid")
                let badLanguage = try await send(.patch, "/api/v1/me", #"{"language": 7}"#)
                #expect(badLanguage.status == .badRequest)
                #expect(try badLanguage.json()["field"] as? String == "language")
            }
            let stored = try #require(try await web.store.clients(in: web.owner.workspaceID).first)
            #expect(stored.rate?.minorUnits == 5000)
            #expect(stored.zone.identifier == "Australia/Sydney", "the refused change left the zone")
        }
    }
}
