import AtriumCore
import AtriumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// Query parameters and defaults the API reads strictly: a value it does not understand is a 400
/// naming it, never silently read as something else.
@Suite struct APIParameterTests {
    @Test(
        "A flag takes true or false; anything else is refused with the field named, and nothing runs",
        arguments: [
            ("/api/v1/clients?archived=", "archived", HTTPRequest.Method.get),
            ("/api/v1/invoices?overdue=", "overdue", .get),
            ("/api/v1/imports?format=toggl&dryRun=", "dryRun", .post),
            ("/api/v1/imports?format=toggl&skipBadRows=", "skipBadRows", .post),
        ]
    )
    func flags(path: String, field: String, method: HTTPRequest.Method) async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            let csv =
                "User,Client,Start date,Start time,End date,End time,Duration\nAna,Acme,2026-11-02,09:00:00,2026-11-02,10:00:00,1:00:00\n"
            try await web.test { client in
                func send(_ value: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: path + value,
                        method: method,
                        headers: .bearer(secret),
                        body: method == .post ? ByteBuffer(string: csv) : nil
                    )
                }
                #expect(try await send("false").status.code < 300)
                for value in ["maybe", "1"] {
                    let refused = try await send(value)
                    #expect(refused.status == .badRequest)
                    #expect(try refused.json()["field"] as? String == field)
                }
                // Only the accepted request (dryRun=false, skipBadRows=false) imported its one entry.
                let entries = try await web.store.entries(in: web.owner.workspaceID, matching: EntryQuery())
                #expect(entries.count == (method == .post ? 1 : 0))
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
