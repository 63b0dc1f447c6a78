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

    @Test("The schedule page shows the week on the viewer's clock, with the client's time on hover")
    func weekView() async throws {
        // The owner lives in Mexico City (UTC-6); Sydney is UTC+11 in November.
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
                    on: "Tue",
                    from: "2026-11-01"
                ),
                as: web.owner
            )
            _ = try await web.services.schedule.add(
                ScheduleInput(kind: .block, client: "acme", title: "Listings", at: "08:00-10:00", every: "weekday"),
                as: web.owner
            )
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(
                    uri: "/schedule?week=2026-W48",
                    method: .get,
                    headers: browser.headers
                )
                #expect(page.status == .ok)
                let html = page.text
                #expect(html.contains("Schedule · 2026-W48, 2026-11-23 – 2026-11-29"))
                // Tuesday 09:00 in Sydney is Monday 16:00 in Mexico City.
                #expect(
                    html.contains(
                        #"<li class="meeting" title="Tue 09:00 on the Australia/Sydney clock"><time>16:00–16:30</time> Weekly check-in <small>Acme Realty</small>"#
                    )
                )
                #expect(
                    html.contains(
                        #"<li class="block" title="Mon 08:00 on the America/Mexico_City clock"><time>08:00–10:00</time> Listings"#
                    )
                )
                #expect(html.contains(#"href="/schedule?week=2026-W47""#))
                #expect(html.contains(#"href="/schedule?week=2026-W49""#))
                #expect(html.contains("every week on Tue from 2026-11-03"))
                let bad = try await client.execute(
                    uri: "/schedule?week=2026-W99",
                    method: .get,
                    headers: browser.headers
                )
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("not an ISO week"))
            }
        }
    }

    @Test("Adding a meeting from the form, a bad one coming back with the message at its field, and removing it")
    func addAndRemove() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let bad = try await client.execute(
                    uri: "/schedule",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("kind", "meeting"), ("client", "acme"), ("at", "09:00"), ("duration", "30m"),
                        ("every", "fortnight"),
                    ])
                )
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("is not a repetition"))
                #expect(bad.text.contains(#"value="fortnight""#))
                #expect(try await web.services.schedule.list(as: web.owner).isEmpty)

                let added = try await client.execute(
                    uri: "/schedule",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("kind", "meeting"), ("client", "acme"), ("title", "Check-in"), ("at", "09:00"),
                        ("duration", "30m"), ("every", "week"), ("on", "Tue"), ("count", "4"),
                    ])
                )
                #expect(added.status == .seeOther)
                let entries = try await web.services.schedule.list(as: web.owner)
                try #require(entries.count == 1)
                #expect(entries[0].repetitionText == "every week on Tue from 2026-11-24, 4 times")

                let forged = try await client.execute(
                    uri: "/schedule/\(entries[0].item.id)/delete",
                    method: .post,
                    headers: browser.formHeaders,
                    body: WebForm.encode([("_csrf", "wrong")])
                )
                #expect(forged.status == .forbidden)
                let removed = try await client.execute(
                    uri: "/schedule/\(entries[0].item.id)/delete",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([])
                )
                #expect(removed.status == .seeOther)
                #expect(try await web.services.schedule.list(as: web.owner).isEmpty)
            }
        }
    }

    @Test("The overlap finder lists common slots on every party's clock")
    func overlapFinder() async throws {
        try await withWeb { web in
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            try await web.fixture.client("Northwind Legal", zone: "America/New_York", currency: "USD")
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:30", ofClient: "bloom", as: web.owner)
            _ = try await web.services.hours.setHours(
                "Mon-Fri 08:30-12:00,13:00-17:00",
                ofClient: "north",
                as: web.owner
            )
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let uri = "/schedule?week=2026-W48&with=Bloom+%26+Co&with=Northwind+Legal&min=45m"
                let page = try await client.execute(uri: uri, method: .get, headers: browser.headers)
                #expect(page.status == .ok)
                let html = page.text
                #expect(
                    html.contains(
                        "<th scope=\"col\">Maria Lopez</th><th scope=\"col\">Bloom &amp; Co</th><th scope=\"col\">Northwind Legal</th>"
                    )
                )
                #expect(
                    html.contains(
                        "<td>Mon 07:30–11:00</td><td>Mon 13:30–17:00</td><td>Mon 08:30–12:00</td><td class=\"num\">210</td>"
                    )
                )
                #expect(html.contains("Your own working hours are not set"))
                let none = try await client.execute(
                    uri: uri.replacingOccurrences(of: "45m", with: "4h"),
                    method: .get,
                    headers: browser.headers
                )
                #expect(none.text.contains("No common slot of at least 4h"))
            }
        }
    }

    @Test("Working hours are edited on the client page and in settings; a bad value changes nothing")
    func hoursInForms() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let fields: [(String, String)] = [
                    ("name", "Acme Realty"), ("zone", "Australia/Sydney"), ("currency", "AUD"), ("rounding", "none"),
                    ("language", "en"), ("notes", ""),
                ]
                let bad = try await client.execute(
                    uri: "/clients/\(acme.id)",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form(fields + [("rate", "99"), ("hours", "Mon 17:00-09:00")])
                )
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("ends before it starts"))
                #expect(try await web.services.clients.details(acme.id, as: web.owner).rate?.decimalString == "45.00")
                let good = try await client.submit(
                    "/clients/\(acme.id)",
                    fields + [("rate", "45"), ("hours", "mon-fri 9:00-17:00")],
                    as: browser
                )
                #expect(good.status == .ok)
                #expect(good.text.contains(#"value="Mon-Fri 09:00-17:00""#))
                let profile = try await client.execute(
                    uri: "/settings/profile",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("name", "Maria Lopez"), ("zone", "America/Mexico_City"), ("language", "en"),
                        ("hours", "Mon-Thu 08:00-16:00"),
                    ])
                )
                #expect(profile.status == .seeOther || profile.status == .ok)
                #expect(try await web.services.hours.myHours(as: web.owner).description == "Mon-Thu 08:00-16:00")
            }
        }
    }

    @Test("A member sees only their own calendar and cannot schedule or search a client they are not assigned to")
    func memberIsolation() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await web.services.hours.setHours("Mon-Fri 09:00-17:00", ofClient: "bloom", as: web.owner)
            _ = try await web.services.schedule.add(
                ScheduleInput(
                    kind: .meeting,
                    client: "bloom",
                    title: "Owner's Bloom call",
                    at: "10:00",
                    duration: "1h"
                ),
                as: web.owner
            )
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            let signedIn = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.9"
            )
            let browser = Browser(cookie: signedIn.token, csrf: signedIn.session.csrfToken)
            try await web.test { client in
                let page = try await client.execute(
                    uri: "/schedule?week=2026-W48&with=Bloom+%26+Co",
                    method: .get,
                    headers: browser.headers
                )
                #expect(!page.text.contains("Owner's Bloom call"))
                #expect(!page.text.contains(#"value="Bloom &amp; Co""#))
                #expect(page.text.contains("No client matches"))
                let add = try await client.execute(
                    uri: "/schedule",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("client", "Bloom"), ("at", "09:00"), ("duration", "30m")])
                )
                // The form is shown again: the typed name matches none of the member's clients.
                #expect(add.status == .unprocessableContent)
                #expect(add.text.contains("No client matches"))
                #expect(try await web.services.schedule.list(as: member).isEmpty)
            }
        }
    }
}

/// A value left out of a page never shows as the word "nil" (swift-mustache prints a dictionary's
/// empty optional that way unless the renderer removes it).
@Suite struct NoNilOnPagesTests {
    @Test("Summary, client, schedule, time and team pages show no nil")
    func noNil() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            _ = try await web.services.projects.add("acme/Inbox", .init(), as: web.owner)
            try await web.fixture.entry("acme", from: "2026-11-23 08:00", to: "2026-11-23 09:00")
            _ = try await web.services.schedule.add(
                ScheduleInput(kind: .block, client: "acme", at: "08:00-10:00", every: "weekday"),
                as: web.owner
            )
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                for uri in [
                    "/summary", "/clients/\(acme.id)", "/schedule", "/time", "/team", "/", "/settings", "/clients",
                ] {
                    let page = try await client.execute(uri: uri, method: .get, headers: browser.headers)
                    #expect(page.status == .ok, "\(uri)")
                    #expect(
                        !page.text.contains(">nil<") && !page.text.contains("nil min") && !page.text.contains("— nil"),
                        "\(uri)"
                    )
                }
            }
        }
    }
}
