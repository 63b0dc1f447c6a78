import AtriumCore
import AtriumServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// `/api/v1/schedule`, `/api/v1/clock`, `/api/v1/overlap`: the Schedule page's work through the API.
@Suite struct ScheduleAPITests {
    func jsonArray(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
    }

    @Test("Meetings are added, listed, expanded with clock-change flags and removed")
    func meetings() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                let body =
                    #"{"client": "acme", "title": "Check-in", "at": "09:00", "duration": "30m", "every": "week", "on": "Tue", "from": "2027-03-01"}"#
                let added = try await client.execute(
                    uri: "/api/v1/schedule",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: body)
                )
                #expect(added.status == .created)
                let item = try added.json()
                #expect(item["rule"] as? String == "FREQ=WEEKLY;BYDAY=TU")
                #expect(item["zone"] as? String == "Australia/Sydney")
                #expect(item["anchor"] as? String == "client")
                let id = try #require(item["id"] as? String)

                let list = try jsonArray(
                    try await client.execute(uri: "/api/v1/schedule", method: .get, headers: .bearer(secret))
                )
                #expect(list.count == 1)

                // Sydney leaves summer time on 4 April 2027: from Mexico City the call moves an hour later.
                let found = try jsonArray(
                    try await client.execute(
                        uri: "/api/v1/schedule/occurrences?from=2027-03-29&to=2027-04-10",
                        method: .get,
                        headers: .bearer(secret)
                    )
                )
                #expect(found.map { $0["yourStart"] as? String } == ["2027-03-29T16:00:00", "2027-04-05T17:00:00"])
                #expect(found.map { $0["theirStart"] as? String } == ["2027-03-30T09:00:00", "2027-04-06T09:00:00"])
                #expect(found.last?["movedMinutes"] as? Int == 60)

                let bad = try await client.execute(
                    uri: "/api/v1/schedule",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(
                        string: #"{"client": "acme", "at": "09:00", "duration": "30m", "every": "fortnight"}"#
                    )
                )
                #expect(bad.status == .unprocessableContent)
                #expect(try bad.json()["field"] as? String == "every")
                let unknown = try await client.execute(
                    uri: "/api/v1/schedule",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"at": "09:00", "duration": "30m", "colour": "red"}"#)
                )
                #expect(unknown.status == .badRequest)
                let missingWindow = try await client.execute(
                    uri: "/api/v1/schedule/occurrences?from=2027-03-29",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(missingWindow.status == .badRequest)
                #expect(try missingWindow.json()["field"] as? String == "to")

                let removed = try await client.execute(
                    uri: "/api/v1/schedule/\(id)",
                    method: .delete,
                    headers: .bearer(secret)
                )
                #expect(removed.status == .noContent)
                let again = try await client.execute(
                    uri: "/api/v1/schedule/\(id)",
                    method: .delete,
                    headers: .bearer(secret)
                )
                #expect(again.status == .notFound)
            }
        }
    }

    @Test("The world clock and the overlap finder, and a rate cleared with null")
    func clockOverlapAndRate() async throws {
        try await withWeb { web in
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            try await web.fixture.client("Northwind Legal", zone: "America/New_York", currency: "USD")
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:30", ofClient: "bloom", as: web.owner)
            _ = try await web.services.hours.setHours(
                "Mon-Fri 08:30-12:00,13:00-17:00",
                ofClient: "north",
                as: web.owner
            )
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                let clock = try await client.execute(uri: "/api/v1/clock", method: .get, headers: .bearer(secret))
                    .json()
                let clients = try #require(clock["clients"] as? [[String: Any]])
                // Monday 18:00Z: London has closed for the day, New York is working until 17:00 (22:00Z).
                #expect(clients.map { $0["status"] as? String } == ["closed", "open"])
                #expect(clients.last?["changesAt"] as? String == "2026-11-23T22:00:00Z")
                #expect((clock["me"] as? [String: Any])?["status"] as? String == "no hours")

                let overlap = try await client.execute(
                    uri: "/api/v1/overlap?clients=bloom,north&from=2026-11-23&to=2026-11-27&min=45m",
                    method: .get,
                    headers: .bearer(secret)
                ).json()
                let slots = try #require(overlap["slots"] as? [[String: Any]])
                #expect(slots.count == 5)
                #expect(slots.first?["start"] as? String == "2026-11-23T13:30:00Z")
                #expect(slots.first?["minutes"] as? Int == 210)
                #expect(overlap["parties"] as? [String] == ["Maria Lopez", "Bloom & Co", "Northwind Legal"])
                let empty = try await client.execute(
                    uri: "/api/v1/overlap?clients=bloom&from=2026-11-27&to=2026-11-23",
                    method: .get,
                    headers: .bearer(secret)
                )
                #expect(empty.status == .unprocessableContent)
                #expect(try empty.json()["field"] as? String == "to")

                let cleared = try await client.execute(
                    uri: "/api/v1/clients/\(bloom.id)",
                    method: .patch,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(string: #"{"rate": null}"#)
                )
                #expect(cleared.status == .ok)
                let rate = try cleared.json()["rate"]
                #expect(rate == nil || rate is NSNull)
                #expect(try await web.services.clients.details(bloom.id, as: web.owner).client.rate == nil)
            }
        }
    }

    @Test("Another workspace's token and an unassigned member find nothing of these")
    func isolation() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:00", ofClient: "bloom", as: web.owner)
            let meeting = try await web.services.schedule.add(
                ScheduleInput(kind: .meeting, client: "bloom", title: "Owner's call", at: "10:00", duration: "1h"),
                as: web.owner
            )
            let (other, _) = try await web.otherWorkspace()
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            for caller in [other, member] {
                let secret = try await web.token(for: caller)
                try await web.test { client in
                    let delete = try await client.execute(
                        uri: "/api/v1/schedule/\(meeting.item.id)",
                        method: .delete,
                        headers: .bearer(secret)
                    )
                    #expect(delete.status == .notFound)
                    let list = try await client.execute(uri: "/api/v1/schedule", method: .get, headers: .bearer(secret))
                    #expect(!list.text.contains("Owner's call"))
                    let overlap = try await client.execute(
                        uri: "/api/v1/overlap?clients=bloom&from=2026-11-23&to=2026-11-27",
                        method: .get,
                        headers: .bearer(secret)
                    )
                    #expect(overlap.status == .notFound)
                    let clock = try await client.execute(uri: "/api/v1/clock", method: .get, headers: .bearer(secret))
                    #expect(!clock.text.contains("Bloom"))
                }
            }
            #expect(try await web.services.schedule.list(as: web.owner).count == 1)
        }
    }
}
