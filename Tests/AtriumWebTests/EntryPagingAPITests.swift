import AtriumCore
import AtriumServices
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import AtriumWeb

/// `GET /api/v1/time-entries` a page at a time: the cursor walks the list in order of start (then
/// number) without gaps or repeats, with filters and for a member who sees only some clients.
@Suite struct EntryPagingAPITests {
    /// Every page of `uri` (which has a query) followed by its cursor: the entries' numbers in order.
    func walk(_ uri: String, token: String, client: some TestClientProtocol) async throws -> (
        numbers: [Int], pages: Int
    ) {
        var numbers: [Int] = []
        var pages = 0
        var next = uri
        while pages < 50 {
            let response = try await client.execute(uri: next, method: .get, headers: .bearer(token))
            #expect(response.status == .ok)
            let page = try response.json()
            numbers += (page["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            pages += 1
            guard let cursor = page["nextCursor"] as? String else { break }
            next = uri + "&cursor=" + cursor
        }
        return (numbers, pages)
    }

    @Test("Pages of 3 give the whole month in order, ties on the start broken by number; filters and members page too")
    func pagesWalkTheList() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty", zone: "UTC")
            let bloom = try await web.fixture.client("Bloom & Co", zone: "UTC")
            for day in 2...8 {
                try await web.fixture.entry("acme", from: "2026-11-0\(day) 09:00", to: "2026-11-0\(day) 10:00")
                if day % 2 == 0 {
                    // The same start as acme's: the number decides the order.
                    try await web.fixture.entry("bloom", from: "2026-11-0\(day) 09:00", to: "2026-11-0\(day) 09:30")
                }
            }
            let token = try await web.token(for: web.owner)
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [bloom.id], as: web.owner)
            let memberToken = try await web.token(for: member)
            let month = "/api/v1/time-entries?from=2026-11-01&to=2026-11-30"
            try await web.test { client in
                let whole = try await walk(month + "&limit=5000", token: token, client: client)
                #expect(whole.numbers == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
                #expect(whole.pages == 1)
                let paged = try await walk(month + "&limit=3", token: token, client: client)
                #expect(paged.numbers == whole.numbers)
                #expect(paged.pages == 4)
                let bloomOnly = try await walk(month + "&limit=2&clientId=\(bloom.id)", token: token, client: client)
                #expect(bloomOnly.numbers == [2, 5, 8, 11])
                let acmeOnly = try await walk(month + "&limit=4&clientId=\(acme.id)", token: token, client: client)
                #expect(acmeOnly.numbers == [1, 3, 4, 6, 7, 9, 10])
                // The member sees bloom's entries only: pages skip what they cannot see.
                let seen = try await walk(month + "&limit=1", token: memberToken, client: client)
                #expect(seen.numbers == [2, 5, 8, 11])

                let clients = try await client.execute(
                    uri: "/api/v1/clients?limit=1",
                    method: .get,
                    headers: .bearer(token)
                ).json()
                let foreign = try #require(clients["nextCursor"] as? String)
                let refused = try await client.execute(
                    uri: month + "&cursor=\(foreign)",
                    method: .get,
                    headers: .bearer(token)
                )
                #expect(refused.status == .badRequest)
                #expect(try refused.json()["field"] as? String == "cursor")
            }
        }
    }
}
