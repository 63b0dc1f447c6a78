import AtriumCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// Query parameters and defaults the API reads strictly: a value it does not understand is a 400
/// naming it, never silently read as something else.
@Suite struct APIParameterTests {
    @Test("archived takes true or false; anything else is refused with the field named")
    func archivedFlag() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                for value in ["true", "false"] {
                    let listed = try await client.execute(
                        uri: "/api/v1/clients?archived=\(value)",
                        method: .get,
                        headers: .bearer(secret)
                    )
                    #expect(listed.status == .ok)
                }
                for value in ["maybe", "1"] {
                    let refused = try await client.execute(
                        uri: "/api/v1/clients?archived=\(value)",
                        method: .get,
                        headers: .bearer(secret)
                    )
                    #expect(refused.status == .badRequest)
                    #expect(try refused.json()["field"] as? String == "archived")
                }
            }
        }
    }

    @Test("A meeting without a client is called 'Meeting', not 'Meeting with '")
    func meetingTitle() async throws {
        try await withWeb { web in
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                let added = try await client.execute(
                    uri: "/api/v1/schedule",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"at": "09:00", "duration": "30m", "from": "2027-03-01"}"#)
                )
                #expect(added.status == .created)
                #expect(try added.json()["title"] as? String == "Meeting")
            }
        }
    }

    @Test("Refusals name the JSON field: end, at, defaultRate, not the command line's --to, --at or rate")
    func fieldNames() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                func send(_ method: HTTPRequest.Method, _ uri: String, _ body: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: uri,
                        method: method,
                        headers: .bearer(secret, json: true),
                        body: ByteBuffer(string: body)
                    )
                }
                let noEnd = try await send(
                    .post,
                    "/api/v1/time-entries",
                    #"{"clientId": "\#(acme.id)", "start": "2026-11-23T09:00:00Z"}"#
                )
                #expect(noEnd.status == .unprocessableContent)
                #expect(try noEnd.json()["field"] as? String == "end")
                let badAt = try await send(
                    .post,
                    "/api/v1/timer/start",
                    #"{"clientId": "\#(acme.id)", "at": "garbage"}"#
                )
                #expect(badAt.status == .unprocessableContent)
                #expect(try badAt.json()["field"] as? String == "at")
                // The default rate is USD 40: a new base currency without a new rate is refused for it.
                let rate = try await send(.patch, "/api/v1/workspace", #"{"baseCurrency": "EUR"}"#)
                #expect(rate.status == .unprocessableContent)
                #expect(try rate.json()["field"] as? String == "defaultRate")
            }
        }
    }
}
