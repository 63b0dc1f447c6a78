import AtriumCore
import AtriumServices
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// The dashboard's timer is the viewer's own: never a teammate's, and still there when it started
/// before the week did.
@Suite struct DashboardTimerTests {
    /// A row of the dashboard's hours table, as rendered (`client` HTML-escaped).
    static func hoursRow(_ client: String, today: String, week: String) -> String {
        #"<tr><td>\#(client)</td><td class="num">\#(today)</td><td class="num">\#(week)</td></tr>"#
    }

    @Test("An owner's dashboard ignores a member's running timer and shows the owner's own, started last week")
    func ownTimerOnly() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            _ = try await web.services.timer.start(
                .init(target: "acme", memo: "Member's work", at: "17:00"),
                as: member
            )
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let idle = try await client.execute(uri: "/", method: .get, headers: browser.headers).text
                #expect(idle.contains(#"action="/timer/start""#))
                #expect(!idle.contains("data-elapsed-seconds"))
                #expect(!idle.contains(#"action="/timer/stop""#))

                // Monday noon in Mexico City (the owner's zone); the owner's timer has run since Sunday
                // night, before the week began.
                _ = try await web.services.timer.start(
                    .init(target: "acme", memo: "Overnight", at: "yesterday 23:00"),
                    as: web.owner
                )
                let running = try #require(
                    try await web.store.runningEntry(of: web.owner.personID, in: web.owner.workspaceID)
                )
                let elapsed = running.start.seconds(until: web.fixture.clock.now)
                #expect(elapsed > 12 * 3600, "it started before Monday 00:00 on the owner's clock")
                let busy = try await client.execute(uri: "/", method: .get, headers: browser.headers).text
                #expect(busy.contains(#"data-elapsed-seconds="\#(elapsed)""#))
                let timer = try #require(busy.split(separator: #"<p class="running">"#).dropFirst().first)
                let shown = String(timer.split(separator: "</p>").first ?? timer)
                #expect(shown.contains("Overnight"), "\(shown)")
                #expect(!shown.contains("Member"), "\(shown)")
            }
        }
    }

    @Test("The running timer counts in today's and this week's hours; the latest entries come newest first")
    func runningTimerInHours() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            // Monday 23 November, 12:00 in Mexico City (the owner's zone).
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:30", memo: "Inbox triage")
            try await web.fixture.entry("bloom", from: "2026-11-23 10:30", to: "2026-11-23 11:00", memo: "Calendar")
            _ = try await web.services.timer.start(.init(target: "acme", memo: "Listings", at: "11:30"), as: web.owner)
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let html = try await client.execute(uri: "/", method: .get, headers: browser.headers).text
                #expect(html.contains(Self.hoursRow("Acme Realty", today: "2:00", week: "2:00")))
                #expect(html.contains(Self.hoursRow("Bloom &amp; Co", today: "0:30", week: "0:30")))
                #expect(html.contains("Today: <strong>2:30</strong> · This week: <strong>2:30</strong>"))
                let latest = try #require(html.split(separator: #"id="latest-heading""#).last)
                let order = ["Listings", "Calendar", "Inbox triage"].map {
                    latest.range(of: "<td>\($0)</td>")?.lowerBound
                }
                #expect(order.allSatisfy { $0 != nil })
                #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "newest first")
            }
        }
    }

    @Test("The day's and week's totals are the sums of the rows shown, in whole minutes")
    func totalsAddUp() async throws {
        try await withWeb { web in
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            try await web.fixture.client("Acme Realty")
            let secret = try await web.token(for: web.owner)
            // 10 min 30 s for Bloom, and Acme's timer running for 1 min 30 s: 12 minutes in all, but
            // the rows show 0:10 and 0:01.
            _ = try await web.services.timer.start(.init(target: "acme", memo: "Listings"), as: web.owner)
            web.fixture.clock.advance(seconds: 90)
            try await web.test { client in
                let added = try await client.execute(
                    uri: "/api/v1/time-entries",
                    method: .post,
                    headers: .bearer(secret, json: true),
                    body: ByteBuffer(
                        string:
                            #"{"clientId": "\#(bloom.id)", "start": "2026-11-23T15:00:20Z", "end": "2026-11-23T15:10:50Z"}"#
                    )
                )
                #expect(added.status == .created)
                let browser = try await web.ownerBrowser()
                let html = try await client.execute(uri: "/", method: .get, headers: browser.headers).text
                #expect(html.contains(Self.hoursRow("Acme Realty", today: "0:01", week: "0:01")))
                #expect(html.contains(Self.hoursRow("Bloom &amp; Co", today: "0:10", week: "0:10")))
                #expect(html.contains("Today: <strong>0:11</strong> · This week: <strong>0:11</strong>"))
            }
        }
    }
}
