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

    @Test("A deposit through the API: drafted, issued, paid, listed on the next draft, deducted; a draft deleted")
    func deposits() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty", zone: "UTC")
            try await web.fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 19:00")
            let token = try await web.token(for: web.owner)
            try await web.test { client in
                let headers = HTTPFields.bearer(token, json: true)
                let post = { (uri: String, body: String) in
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                }
                let bad = try await post("/api/v1/invoices/deposits", #"{"clientId":"\#(acme.id)","percent":"30%"}"#)
                #expect(bad.status == .unprocessableContent)
                #expect(try bad.json()["field"] as? String == "estimate")
                let deposit = try await post(
                    "/api/v1/invoices/deposits",
                    #"{"clientId":"\#(acme.id)","percent":"30%","estimate":"1000","tax":"10%"}"#
                )
                #expect(deposit.status == .created)
                #expect((try deposit.json()["total"] as? [String: Any])?["amountMinor"] as? Int == 33_000)
                _ = try await post("/api/v1/invoices/INV-DRAFT-1/issue", #"{"terms":"receipt"}"#)
                _ = try await post("/api/v1/invoices/2026-0001/payments", #"{"amount":"330"}"#)
                let drafted = try await post(
                    "/api/v1/invoices",
                    #"{"clientId":"\#(acme.id)","from":"2026-11-01","to":"2026-11-30"}"#
                ).json()
                let prepayment = try #require((drafted["prepayments"] as? [[String: Any]])?.first)
                #expect(prepayment["invoice"] as? String == "2026-0001")
                #expect(prepayment["deposit"] as? Bool == true)
                let deducted = try await post("/api/v1/invoices/INV-DRAFT-2/deductions", #"{"invoice":"2026-0001"}"#)
                #expect(deducted.status == .ok)
                let body = try deducted.json()
                #expect((body["total"] as? [String: Any])?["amountMinor"] as? Int == 12_000, "450.00 − 330.00")
                #expect(
                    (body["tax"] as? [String: Any])?["amountMinor"] as? Int == -3_000,
                    "the deposit's tax taken back"
                )
                let deleted = try await client.execute(
                    uri: "/api/v1/invoices/INV-DRAFT-2",
                    method: .delete,
                    headers: .bearer(token)
                )
                #expect(deleted.status == .noContent)
                let issued = try await client.execute(
                    uri: "/api/v1/invoices/2026-0001",
                    method: .delete,
                    headers: .bearer(token)
                )
                #expect(issued.status == .conflict)
            }
        }
    }
}
