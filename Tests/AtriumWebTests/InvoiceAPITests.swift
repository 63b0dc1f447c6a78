import AtriumCore
import AtriumServices
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import AtriumWeb

/// `/api/v1/invoices`: the billing session over the API, and its refusals.
@Suite struct InvoiceAPITests {
    @Test("Draft, add a line, issue, pay, void; a member is refused; bad fields name themselves")
    func session() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            try await web.fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:30")
            let token = try await web.token(for: web.owner)
            let member = try await web.member()
            let memberToken = try await web.token(for: member)
            try await web.test { client in
                let headers = HTTPFields.bearer(token, json: true)
                let drafted = try await client.execute(
                    uri: "/api/v1/invoices",
                    method: .post,
                    headers: headers,
                    body: ByteBuffer(string: #"{"clientId":"\#(acme.id)","from":"2026-11-01","to":"2026-11-30"}"#)
                )
                #expect(drafted.status == .created)
                let draft = try drafted.json()
                #expect(draft["reference"] as? String == "INV-DRAFT-1")
                #expect((draft["total"] as? [String: Any])?["amountMinor"] as? Int == 6750)
                let line = try await client.execute(
                    uri: "/api/v1/invoices/INV-DRAFT-1/lines",
                    method: .post,
                    headers: headers,
                    body: ByteBuffer(
                        string: #"{"kind":"fixed","description":"Closing commission","unitPrice":"250","tax":"10%"}"#
                    )
                )
                #expect(line.status == .ok)
                let issued = try await client.execute(
                    uri: "/api/v1/invoices/INV-DRAFT-1/issue",
                    method: .post,
                    headers: headers,
                    body: ByteBuffer(string: #"{"terms":"net15"}"#)
                )
                let invoice = try issued.json()
                #expect(invoice["number"] as? String == "2026-0001")
                #expect((invoice["total"] as? [String: Any])?["amountMinor"] as? Int == 34_250)
                let paid = try await client.execute(
                    uri: "/api/v1/invoices/2026-0001/payments",
                    method: .post,
                    headers: headers,
                    body: ByteBuffer(string: #"{"amount":"100.00","method":"card"}"#)
                )
                #expect(paid.status == .created)
                #expect(try paid.json()["state"] as? String == "partially paid")
                let badTax = try await client.execute(
                    uri: "/api/v1/invoices",
                    method: .post,
                    headers: headers,
                    body: ByteBuffer(string: #"{"clientId":"\#(acme.id)","from":"2026-13-01","to":"2026-11-30"}"#)
                )
                #expect(badTax.status == .unprocessableContent)
                let voided = try await client.execute(
                    uri: "/api/v1/invoices/2026-0001/void",
                    method: .post,
                    headers: headers
                )
                #expect(try voided.json()["kind"] as? String == "credit_note")
                let listed = try await client.execute(uri: "/api/v1/invoices", method: .get, headers: headers)
                #expect(listed.text.contains("2026-0002"))
                let refused = try await client.execute(
                    uri: "/api/v1/invoices",
                    method: .get,
                    headers: HTTPFields.bearer(memberToken)
                )
                #expect(refused.status == .forbidden)
            }
        }
    }
}
