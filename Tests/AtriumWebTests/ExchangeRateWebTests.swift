import AtriumCore
import AtriumServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// Exchange rates in the browser (`/rates`) and the API (`/api/v1/exchange-rates`), owners only.
@Suite struct ExchangeRateWebTests {
    @Test("The owner enters and pastes rates on /rates; the summary's gap points there; bad input is refused whole")
    func ratesPage() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            try await web.fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let summary = try await client.execute(
                    uri: "/summary?period=month",
                    method: .get,
                    headers: browser.headers
                )
                #expect(summary.text.contains(#"Add a rate on the <a href="/rates">Exchange rates</a> page."#))
                #expect(!summary.text.contains("atrium fx"))

                let empty = try await client.execute(uri: "/rates", method: .get, headers: browser.headers)
                #expect(empty.status == .ok)
                #expect(empty.text.contains("No rates yet."))
                let added = try await client.submit(
                    "/rates",
                    [("currency", "aud"), ("rate", "0.6512"), ("date", "2026-11-01")],
                    as: browser
                )
                #expect(added.text.contains("Rate added: AUD 1 = USD 0.6512 (2026-11-01)."))
                #expect(
                    added.text.contains(#"<td>AUD</td><td>2026-11-01</td><td class="num">0.6512</td><td>entered</td>"#)
                )
                let bad = try await client.submit("/rates", [("currency", "AUD"), ("rate", "cheap")], as: browser)
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains(#"aria-invalid="true""#))

                let pasted = try await client.submit(
                    "/rates/import",
                    [("csv", "date,currency,rate\n2026-11-15,AUD,0.6600\n2026-11-15,GBP,1.2700\n")],
                    as: browser
                )
                #expect(pasted.text.contains("2 rates imported."))
                // Two rows of one currency and day: the later one is the day's rate, and one is counted.
                let sameDay = try await client.submit(
                    "/rates/import",
                    [("csv", "date,currency,rate\n2026-11-10,GBP,1.2600\n2026-11-10,GBP,1.2650\n")],
                    as: browser
                )
                #expect(sameDay.text.contains("1 rate imported."))
                #expect(sameDay.text.contains(#"<td>GBP</td><td>2026-11-10</td><td class="num">1.265</td>"#))
                let badRow = try await client.submit(
                    "/rates/import",
                    [("csv", "date,currency,rate\n2026-11-16,AUD,0.6700\n2026-13-01,AUD,0.6800\n")],
                    as: browser
                )
                #expect(badRow.status == .unprocessableContent)
                #expect(badRow.text.contains("nothing imported"))
                let noColumns = try await client.submit(
                    "/rates/import",
                    [("csv", "day,code\n2026-11-16,AUD\n")],
                    as: browser
                )
                #expect(noColumns.status == .unprocessableContent)
                #expect(noColumns.text.contains("This is not an exchange rate export"))
                let rates = try await web.services.exchangeRates.list(currency: "AUD", as: web.owner)
                #expect(rates.map(\.date.description) == ["2026-11-01", "2026-11-15"])

                let converted = try await client.execute(
                    uri: "/summary?period=month",
                    method: .get,
                    headers: browser.headers
                )
                #expect(converted.text.contains("In the base currency"))
                #expect(converted.text.contains("AUD 1 = USD 0.66 (2026-11-15)"))
            }
            _ = try await web.member()
            let member = try await web.browser(email: "sam@example.com", password: "member pass")
            try await web.test { client in
                let refused = try await client.execute(uri: "/rates", method: .get, headers: member.headers)
                #expect(refused.status == .forbidden)
                #expect(!refused.text.contains("0.6512"))
                let posted = try await client.submit("/rates", [("currency", "AUD"), ("rate", "9")], as: member)
                #expect(posted.status == .forbidden)
            }
        }
    }

    @Test("The API lists and adds rates; a bad currency, rate or date names its field; members are refused")
    func ratesAPI() async throws {
        try await withWeb { web in
            let secret = try await web.token(for: web.owner)
            let member = try await web.member()
            let memberSecret = try await web.token(for: member)
            try await web.test { client in
                @Sendable func post(_ json: String, token: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: "/api/v1/exchange-rates",
                        method: .post,
                        headers: .bearer(token, json: true),
                        body: ByteBuffer(string: json)
                    )
                }
                let added = try await post(
                    #"{"currency": "AUD", "rate": "0.6512", "date": "2026-11-01"}"#,
                    token: secret
                )
                #expect(added.status == .created)
                #expect(try added.json()["rate"] as? String == "0.6512")
                for (field, body) in [
                    ("currency", #"{"currency": "AU", "rate": "0.6"}"#),
                    ("rate", #"{"currency": "AUD", "rate": "-1"}"#),
                    ("date", #"{"currency": "AUD", "rate": "0.6", "date": "someday"}"#),
                ] {
                    let bad = try await post(body, token: secret)
                    #expect(bad.status == .unprocessableContent, "\(body)")
                    #expect(try bad.json()["field"] as? String == field)
                }
                let listed = try await client.execute(
                    uri: "/api/v1/exchange-rates?currency=AUD",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                let items = try #require(listed["items"] as? [[String: Any]])
                #expect(items.map { $0["date"] as? String } == ["2026-11-01"])
                let badLimit = try await client.execute(
                    uri: "/api/v1/exchange-rates?limit=0",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(badLimit.status == .badRequest)
                let refused = try await post(#"{"currency": "AUD", "rate": "9"}"#, token: memberSecret)
                #expect(refused.status == .forbidden)
                let hidden = try await client.execute(
                    uri: "/api/v1/exchange-rates",
                    method: .get,
                    headers: .bearer(memberSecret)
                )
                #expect(hidden.status == .forbidden)
            }
        }
    }
}
