import AtriumCore
import AtriumServices
import Foundation
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct ScheduleWebTests {
    @Test("A calendar app fetches the feed by its secret address, without signing in, until it is revoked")
    func calendarFeed() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            _ = try await web.services.schedule.add(
                ScheduleInput(
                    kind: .meeting,
                    client: "acme",
                    title: "Weekly check-in",
                    at: "09:00",
                    duration: "30m",
                    every: "week",
                    on: "Tue"
                ),
                as: web.owner
            )
            let secret = try await web.services.calendar.createFeed(as: web.owner)
            try await web.test { client in
                let feed = try await client.execute(uri: "/calendar/\(secret).ics", method: .get)
                #expect(feed.status == .ok)
                #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(feed.text.contains("SUMMARY:Weekly check-in\r\n"))
                #expect(feed.text.contains("DTSTART;TZID=Australia/Sydney:20261124T090000"))
                let guessed = try await client.execute(uri: "/calendar/cal_guessed.ics", method: .get)
                #expect(guessed.status == .notFound)
                #expect(!guessed.text.contains("Weekly check-in"))
                let noSuffix = try await client.execute(uri: "/calendar/\(secret)", method: .get)
                #expect(noSuffix.status == .notFound)
            }
            try await web.services.calendar.revokeFeed(as: web.owner)
            try await web.test { client in
                let revoked = try await client.execute(uri: "/calendar/\(secret).ics", method: .get)
                #expect(revoked.status == .notFound)
            }
        }
    }

    @Test("The request log never holds a feed's secret")
    func feedSecretNotLogged() {
        #expect(RequestLogMiddleware.loggedPath("/calendar/cal_abc123.ics") == "/calendar/….ics")
        #expect(RequestLogMiddleware.loggedPath("/time?period=week") == "/time?period=week")
    }

    @Test("The dashboard says which clients are working now, on their own clock")
    func dashboardWorkingHours() async throws {
        // Monday 23 November 2026, 18:00Z: 05:00 Tuesday in Sydney, 18:00 in London, 13:00 in New York.
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            try await web.fixture.client("Northwind Legal", zone: "America/New_York", currency: "USD")
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:00", ofClient: "acme", as: web.owner)
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:30", ofClient: "bloom", as: web.owner)
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:00", ofClient: "north", as: web.owner)
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(uri: "/", method: .get, headers: browser.headers)
                #expect(page.status == .ok)
                #expect(page.text.contains(#"<em class="closed">off · back 09:00</em>"#))
                #expect(page.text.contains(#"<em class="closed">off · back Tue 09:00</em>"#))
                #expect(page.text.contains(#"<em class="open">working · until 17:00</em>"#))
            }
        }
    }
}
