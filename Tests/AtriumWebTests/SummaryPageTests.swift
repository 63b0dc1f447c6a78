import AtriumCore
import AtriumServices
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct SummaryPageTests {
    @Test func showsHoursAndAmountsPerClientProjectAndPerson() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty", rounding: try TimeRounding.parse("up:15m"))
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "30")
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 09:50")
            try await web.fixture.entry("bloom", from: "2026-11-23 10:00", to: "2026-11-23 11:00")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let byClient = try await client.execute(
                    uri: "/summary?period=week",
                    method: .get,
                    headers: browser.headers
                )
                #expect(byClient.status == .ok)
                let html = byClient.text
                // 50 minutes rounded up to 15 → 1:00 at AUD 45.
                #expect(
                    html.contains(
                        #"<td>Acme Realty</td><td class="num">0:50</td><td class="num">1:00</td><td class="num">AUD 45.00</td>"#
                    )
                )
                #expect(html.contains("Total GBP"))
                #expect(html.contains("GBP 30.00"))
                // No rates yet: no base total is made up (it would read as zero); the gap is named.
                #expect(!html.contains("In the base currency"))
                #expect(html.contains("No rate on or before 2026-11-23 for AUD 45.00, GBP 30.00: not in this total."))

                let byPerson = try await client.execute(
                    uri: "/summary?period=week&by=person",
                    method: .get,
                    headers: browser.headers
                )
                #expect(byPerson.text.contains(#"<th scope="col">Person</th>"#))
                #expect(byPerson.text.contains("<td>Maria Lopez</td>"))

                let byTag = try await client.execute(
                    uri: "/summary?period=week&by=tag",
                    method: .get,
                    headers: browser.headers
                )
                #expect(byTag.text.contains(#"<th scope="col">Tag</th>"#))
                #expect(byTag.text.contains("<td>(no tag)</td>"))
                let byDay = try await client.execute(
                    uri: "/summary?period=week&by=day",
                    method: .get,
                    headers: browser.headers
                )
                #expect(byDay.text.contains("<td>2026-11-23</td>"))

                let bad = try await client.execute(
                    uri: "/summary?period=custom&from=yesterday&to=2026-11-23",
                    method: .get,
                    headers: browser.headers
                )
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("from:"))
                let badGrouping = try await client.execute(
                    uri: "/summary?by=colour",
                    method: .get,
                    headers: browser.headers
                )
                #expect(badGrouping.status == .unprocessableContent)
                #expect(badGrouping.text.contains("by: &quot;colour&quot; is not a grouping"))
            }
        }
    }
}
