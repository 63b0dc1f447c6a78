import AtriumCore
import AtriumServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// The retainer panel on the client page and `/api/v1/clients/{id}/retainer`.
@Suite struct RetainerWebTests {
    @Test("The client page shows the retainer's period, hours used and pace; the API sets, reads and removes it")
    func panelAndAPI() async throws {
        // Monday 23 November 2026, 18:00Z.
        try await withWeb { web in
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            try await web.fixture.entry("bloom", from: "2026-11-02 09:00", to: "2026-11-02 19:00")
            try await web.fixture.entry("bloom", from: "2026-11-16 09:00", to: "2026-11-16 17:00")
            let secret = try await web.token(for: web.owner)
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let none = try await client.execute(
                    uri: "/api/v1/clients/\(bloom.id)/retainer",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(none.status == .notFound)
                let set = try await client.execute(
                    uri: "/api/v1/clients/\(bloom.id)/retainer",
                    method: .put,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(
                        string: #"{"monthly": "900", "hours": "20", "rollover": "5h", "overageRate": "50"}"#
                    )
                )
                #expect(set.status == .ok)
                let body = try set.json()
                #expect((body["monthly"] as? [String: Any])?["amountMinor"] as? Int == 90_000)
                let current = try #require(body["current"] as? [String: Any])
                #expect(current["usedSeconds"] as? Int == 18 * 3600)
                #expect(current["leftSeconds"] as? Int == 2 * 3600)
                #expect(body["alerts"] as? [Int] == [7500, 9000])
                let recorded = try #require(body["recordedAlerts"] as? [[String: Any]])
                #expect(recorded.map { $0["threshold"] as? Int } == [7500, 9000])
                #expect(recorded.first?["reachedAt"] as? String == "2026-11-23T18:00:00Z")
                // 18 h in 22.75 days: 20 h at that pace run out on the 26th.
                #expect((body["runsOutAt"] as? String)?.hasPrefix("2026-11-26") == true)

                let page = try await client.execute(uri: "/clients/\(bloom.id)", method: .get, headers: browser.headers)
                #expect(page.text.contains("Retainer · GBP 900.00/month for 20:00 h"))
                #expect(page.text.contains("used <strong>18:00</strong> of 20:00 h (90 %)"))
                #expect(page.text.contains("At this pace the hours run out on Thu 2026-11-26."))
                #expect(
                    page.text.contains(
                        "Alerts reached, on their clock: 75% on Mon 2026-11-23 18:00, 90% on Mon 2026-11-23 18:00."
                    )
                )
                #expect(!page.text.contains("rolled over"))

                let bad = try await client.execute(
                    uri: "/api/v1/clients/\(bloom.id)/retainer",
                    method: .put,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"monthly": "900", "hours": "20", "currency": "USD"}"#)
                )
                #expect(bad.status == .unprocessableContent)
                #expect(try bad.json()["field"] as? String == "currency")
                let removed = try await client.execute(
                    uri: "/api/v1/clients/\(bloom.id)/retainer",
                    method: .delete,
                    headers: .bearer(secret)
                )
                #expect(removed.status == .noContent)
            }
        }
    }

    @Test("Another workspace and an unassigned member find no retainer of this client")
    func isolation() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await web.services.retainers.set(
                .init(monthly: "900", hours: "20"),
                forClient: "bloom",
                as: web.owner
            )
            let (other, _) = try await web.otherWorkspace()
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            for caller in [other, member] {
                let secret = try await web.token(for: caller)
                try await web.test { client in
                    for method in [HTTPRequest.Method.get, .delete] {
                        let response = try await client.execute(
                            uri: "/api/v1/clients/\(bloom.id)/retainer",
                            method: method,
                            headers: .bearer(secret)
                        )
                        #expect(response.status == .notFound, "\(method)")
                        #expect(!response.text.contains("90000"))
                    }
                }
            }
            #expect(try await web.services.retainers.status(ofClient: bloom.id, as: web.owner) != nil)
        }
    }
}
