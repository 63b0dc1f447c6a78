import AtriumCore
import AtriumServices
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// `/invoices`: draft from a month, add a line, issue, pay, reverse, void — in the browser.
@Suite struct InvoicePageTests {
    @Test("The owner drafts, adds a line, issues, pays, reverses and voids; bad input stays on its form")
    func session() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty", zone: "UTC", rounding: .up(minutes: 15))
            try await web.fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:30")
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let empty = try await client.execute(uri: "/invoices", method: .get, headers: owner.headers)
                #expect(empty.status == .ok)
                #expect(empty.text.contains("No invoices yet"))
                #expect(empty.text.contains(#"<option value="Acme Realty">Acme Realty (AUD)</option>"#))
                #expect(empty.text.contains(#"value="2026-10""#), "last month is offered")

                let badMonth = try await client.execute(
                    uri: "/invoices",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("client", "Acme Realty"), ("month", "2026-13")])
                )
                #expect(badMonth.status == .unprocessableContent)
                #expect(badMonth.text.contains("month 13 is not valid"))

                let drafted = try await client.execute(
                    uri: "/invoices",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("client", "Acme Realty"), ("month", "2026-11")])
                )
                #expect(drafted.status == .seeOther)
                let location = try #require(drafted.headers[.location])
                #expect(
                    location.hasPrefix(
                        "/invoices/INV%2DDRAFT%2D1?notice=Drafted%20INV%2DDRAFT%2D1%20for%20Acme%20Realty%2E&seal="
                    )
                )
                let sealed = try await client.execute(uri: location, method: .get, headers: owner.headers)
                #expect(sealed.text.contains("Drafted INV-DRAFT-1 for Acme Realty."))
                // A notice someone else wrote into a link is not shown: it has no seal of this session's.
                for forged in [
                    "?notice=Payment%20of%20EUR%2010000%20received",
                    "?notice=Paid&seal=0123456789abcdef0123456789abcdef",
                ] {
                    let page = try await client.execute(
                        uri: "/invoices/INV-DRAFT-1" + forged,
                        method: .get,
                        headers: owner.headers
                    )
                    #expect(!page.text.contains(#"<p class="notice""#), "\(forged)")
                }
                let draft = try await client.execute(uri: "/invoices/INV-DRAFT-1", method: .get, headers: owner.headers)
                #expect(
                    draft.text.contains("<td>Acme Realty</td><td class=\"num\">1:30 h</td><td class=\"num\">45.00</td>")
                )
                #expect(draft.text.contains("Add a line"))

                let badLine = try await client.execute(
                    uri: "/invoices/INV-DRAFT-1/lines",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("kind", "fixed"), ("description", "Commission"), ("unitPrice", "12.345")])
                )
                #expect(badLine.status == .unprocessableContent)
                #expect(badLine.text.contains("has too many decimals"))
                #expect(badLine.text.contains(#"value="Commission""#), "the typed values stay")
                let line = try await client.execute(
                    uri: "/invoices/INV-DRAFT-1/lines",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([
                        ("kind", "unit"), ("description", "Closings"), ("quantity", "2"), ("unitPrice", "100"),
                        ("tax", "10%"),
                    ])
                )
                #expect(line.status == .seeOther)

                let issued = try await client.execute(
                    uri: "/invoices/INV-DRAFT-1/issue",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("terms", "net15")])
                )
                #expect(issued.headers[.location]?.hasPrefix("/invoices/2026%2D0001?notice=Issued") == true)
                let page = try await client.execute(uri: "/invoices/2026-0001", method: .get, headers: owner.headers)
                #expect(page.text.contains("<strong>unpaid</strong>"))
                #expect(page.text.contains("<strong>AUD 287.50</strong>"), "67.50 + 200.00 + 20.00 tax")
                #expect(!page.text.contains("Add a line"))

                let overpaidNothing = try await client.execute(
                    uri: "/invoices/2026-0001/payments",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("amount", "-5")])
                )
                #expect(overpaidNothing.status == .unprocessableContent)
                let paid = try await client.execute(
                    uri: "/invoices/2026-0001/payments",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("amount", "100"), ("date", "2026-11-20"), ("method", "bank transfer")])
                )
                #expect(paid.status == .seeOther)
                let partly = try await client.execute(uri: "/invoices/2026-0001", method: .get, headers: owner.headers)
                #expect(partly.text.contains("<strong>partially paid</strong>"))
                #expect(partly.text.contains("Paid AUD 100.00 on 2026-11-20 (bank transfer)"))
                let payment = try #require(
                    partly.text.components(separatedBy: #"name="payment" value=""#).dropFirst().first?.prefix(36)
                )
                let reversed = try await client.execute(
                    uri: "/invoices/2026-0001/reverse",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("payment", String(payment))])
                )
                #expect(reversed.status == .seeOther)
                let again = try await client.execute(uri: "/invoices/2026-0001", method: .get, headers: owner.headers)
                #expect(again.text.contains("Reversed AUD -100.00"))
                #expect(again.text.contains("<strong>unpaid</strong>"))

                let document = try await client.execute(
                    uri: "/invoices/2026-0001/document",
                    method: .get,
                    headers: owner.headers
                )
                #expect(document.text.hasPrefix("<!doctype html>"))
                #expect(document.text.contains("@media print"))
                // The policy allows the document's own stylesheet by its hash (browsers refuse inline
                // styles otherwise), and nothing else.
                let style = try #require(
                    document.text.split(separator: "<style>").dropFirst().first?.split(separator: "</style>").first
                )
                let hash = Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString()
                #expect(
                    document.headers[.contentSecurityPolicy]
                        == "default-src 'none'; style-src 'sha256-\(hash)'; frame-ancestors 'none'; form-action 'none'"
                )

                let voided = try await client.execute(
                    uri: "/invoices/2026-0001/void",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(
                    voided.headers[.location]?.hasPrefix("/invoices/2026%2D0002?notice=2026%2D0001%20is%20void") == true
                )
                let list = try await client.execute(uri: "/invoices", method: .get, headers: owner.headers)
                #expect(list.text.contains(#"<a href="/invoices/2026%2D0002">2026-0002</a>"#))

                let noCSRF = try await client.execute(
                    uri: "/invoices/2026-0001/void",
                    method: .post,
                    headers: owner.formHeaders,
                    body: WebForm.encode([])
                )
                #expect(noCSRF.status == .forbidden)
            }
        }
    }

    @Test("A deposit asked for, issued and paid is deducted on the next draft; a draft is discarded")
    func depositAndDiscard() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty", zone: "UTC")
            try await web.fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 19:00")
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let bad = try await client.execute(
                    uri: "/invoices/deposits",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("client", "Acme Realty"), ("percent", "130%"), ("estimate", "1000")])
                )
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("a deposit is between 0.01 % and 100 % of the estimate"))
                #expect(bad.text.contains(#"value="130%""#))
                let asked = try await client.execute(
                    uri: "/invoices/deposits",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([
                        ("client", "Acme Realty"), ("percent", "30%"), ("estimate", "1000"), ("for", "Relaunch"),
                    ])
                )
                #expect(
                    asked.headers[.location]?.hasPrefix("/invoices/INV%2DDRAFT%2D1?notice=Drafted%20deposit") == true
                )
                _ = try await client.execute(
                    uri: "/invoices/INV-DRAFT-1/issue",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("terms", "receipt")])
                )
                _ = try await client.execute(
                    uri: "/invoices/2026-0001/payments",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("amount", "300")])
                )
                _ = try await client.execute(
                    uri: "/invoices",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("client", "Acme Realty"), ("month", "2026-11")])
                )
                let draft = try await client.execute(uri: "/invoices/INV-DRAFT-2", method: .get, headers: owner.headers)
                #expect(draft.text.contains("AUD 300.00 paid on 2026-0001 (deposit)"))
                let deducted = try await client.execute(
                    uri: "/invoices/INV-DRAFT-2/deduct",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("source", "2026-0001")])
                )
                #expect(deducted.status == .seeOther)
                let after = try await client.execute(uri: "/invoices/INV-DRAFT-2", method: .get, headers: owner.headers)
                #expect(after.text.contains("<td>Deposit paid on invoice 2026-0001</td>"))
                #expect(after.text.contains("<strong>AUD 150.00</strong>"), "450.00 of work less the 300.00 deposit")
                let twice = try await client.execute(
                    uri: "/invoices/INV-DRAFT-2/deduct",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("source", "2026-0001")])
                )
                #expect(twice.status == .conflict)
                #expect(twice.text.contains("deducts 2026-0001 already"))
                let discarded = try await client.execute(
                    uri: "/invoices/INV-DRAFT-2/discard",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(discarded.headers[.location]?.hasPrefix("/invoices?notice=Discarded%20INV%2DDRAFT%2D2") == true)
                let gone = try await client.execute(uri: "/invoices/INV-DRAFT-2", method: .get, headers: owner.headers)
                #expect(gone.status == .notFound)
                let issued = try await client.execute(
                    uri: "/invoices/2026-0001/discard",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(issued.status == .conflict)
                #expect(issued.text.contains("an issued invoice is never deleted"))
            }
        }
    }

    @Test("A member can open neither the list nor an invoice, and the dashboard shows them no money")
    func membersRefused() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty", zone: "UTC")
            try await web.fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 10:30")
            let period = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!
            _ = try await web.fixture.services.invoices.draft(client: "acme", period: period, as: web.fixture.owner)
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            let sam = try await web.member()
            try await web.services.team.assign(sam.personID, to: [acme.id], as: web.owner)
            let signedIn = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.8"
            )
            let member = Browser(cookie: signedIn.token, csrf: signedIn.session.csrfToken)
            try await web.test { client in
                let dashboard = try await client.execute(uri: "/", method: .get, headers: member.headers)
                #expect(dashboard.status == .ok)
                #expect(dashboard.text.contains("This week: <strong>1:00</strong>"), "the week's hour is theirs to see")
                #expect(!dashboard.text.contains("This week bills"), "members see hours, not money")
                for uri in ["/invoices", "/invoices/INV-DRAFT-1", "/invoices/INV-DRAFT-1/document"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: member.headers)
                    #expect(response.status == .forbidden, "\(uri)")
                    #expect(!response.text.contains("Acme Realty"), "\(uri)")
                }
            }
        }
    }
}
