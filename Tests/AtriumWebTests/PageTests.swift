import AtriumCore
import AtriumServices
import AtriumStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct DashboardPageTests {
    @Test func showsTheWeekPerClientLocalTimesAndLatestEntries() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty", zone: "Australia/Sydney")
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:30", memo: "Inbox triage")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(uri: "/", method: .get, headers: browser.headers)
                #expect(page.status == .ok)
                let html = page.text
                #expect(
                    html.contains(#"<tr><td>Acme Realty</td><td class="num">1:30</td><td class="num">1:30</td></tr>"#)
                )
                // 18:00 UTC on Monday 23 November is 05:00 on Tuesday in Sydney (UTC+11).
                #expect(html.contains("<time>05:00</time> <small>Tue · Australia/Sydney (UTC+11)</small>"))
                #expect(html.contains("<td>Inbox triage</td>"))
                #expect(html.contains(#"action="/timer/start""#))
                #expect(html.contains(#"<option value="Acme Realty">"#))
                // AUD 45 an hour; no exchange rate yet, so the base sum names the gap.
                #expect(html.contains("This week bills AUD 67.50."))
                #expect(html.contains("No rate on or before 2026-11-23 for AUD 67.50: not in this total."))
            }
            try await web.fixture.services.exchangeRates.add(
                currency: "AUD",
                rate: "0.65",
                date: "2026-11-20",
                as: web.fixture.owner
            )
            try await web.test { client in
                let page = try await client.execute(uri: "/", method: .get, headers: browser.headers)
                #expect(
                    page.text.contains(
                        "This week bills AUD 67.50 — in the base currency USD 43.88 at AUD 1 = USD 0.65 (2026-11-20)."
                    )
                )
            }
        }
    }

    @Test func startAndStopTheTimerWithForms() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let started = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme"), ("memo", "Listings"), ("tags", "+writing, rush")])
                )
                #expect(started.status == .seeOther)
                #expect(started.headers[.location] == "/?notice=started")
                let running = try #require(
                    try await web.store.runningEntry(of: web.owner.personID, in: web.owner.workspaceID)
                )
                #expect(running.memo == "Listings")
                #expect(running.tags.map(\.name) == ["rush", "writing"])

                web.fixture.clock.advance(seconds: 25 * 60)
                let page = try await client.execute(uri: "/?notice=started", method: .get, headers: browser.headers)
                #expect(page.text.contains("Timer started."))
                #expect(page.text.contains(#"data-elapsed-seconds="1500""#))
                #expect(page.text.contains(">0:25</time>"))

                let stopped = try await client.execute(
                    uri: "/timer/stop",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([])
                )
                #expect(stopped.headers[.location] == "/?notice=stopped")
                #expect(try await web.store.runningEntry(of: web.owner.personID, in: web.owner.workspaceID) == nil)

                let again = try await client.execute(
                    uri: "/timer/stop",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([])
                )
                #expect(again.status == .conflict)
                #expect(again.text.contains("No timer is running"))
            }
        }
    }

    @Test func badTimerInputReRendersTheFormWithTheMessageAndStoresNothing() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Acme Legal")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let ambiguous = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme"), ("memo", "Keep me")])
                )
                #expect(ambiguous.status == .unprocessableContent)
                #expect(ambiguous.text.contains(#"id="target-error""#))
                #expect(ambiguous.text.contains("Acme Legal"))
                #expect(ambiguous.text.contains(#"value="Keep me""#))

                let badTag = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme realty"), ("tags", "no/slashes")])
                )
                #expect(badTag.status == .unprocessableContent)
                #expect(badTag.text.contains(#"id="tags-error""#))

                let forged = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: WebForm.encode([("target", "acme realty")])
                )
                #expect(forged.status == .forbidden)
                let entries = try await web.store.entries(in: web.owner.workspaceID, matching: EntryQuery())
                #expect(entries.isEmpty)
            }
        }
    }
}

@Suite struct ClientPageTests {
    @Test func listsSearchesAndAddsClients() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let all = try await client.execute(uri: "/clients", method: .get, headers: browser.headers)
                #expect(all.text.contains("Acme Realty"))
                #expect(all.text.contains("Bloom &amp; Co"))
                let found = try await client.execute(uri: "/clients?q=bloo", method: .get, headers: browser.headers)
                #expect(found.text.contains("Bloom &amp; Co"))
                #expect(!found.text.contains("Acme Realty"))

                let added = try await client.execute(
                    uri: "/clients",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("name", "Northwind Legal"), ("zone", "America/New_York"), ("currency", "USD"), ("rate", "60"),
                        ("rounding", "up:15m"),
                    ])
                )
                #expect(added.status == .seeOther)
                let clients = try await web.store.clients(in: web.owner.workspaceID)
                let northwind = try #require(clients.first { $0.name == "Northwind Legal" })
                #expect(northwind.rate?.minorUnits == 6000)
                #expect(northwind.rounding.description == "up:15m")
            }
        }
    }

    @Test func badClientFieldsAreNamedAndNothingIsAdded() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let badZone = try await client.execute(
                    uri: "/clients",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Acme"), ("zone", "Sydney")])
                )
                #expect(badZone.status == .unprocessableContent)
                #expect(badZone.text.contains(#"id="zone-error""#))
                #expect(badZone.text.contains("Australia/Sydney"), "close matches are offered")
                let badRate = try await client.execute(
                    uri: "/clients",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Acme"), ("rate", "-5")])
                )
                #expect(badRate.status == .unprocessableContent)
                #expect(badRate.text.contains(#"id="rate-error""#))
                #expect(try await web.store.clients(in: web.owner.workspaceID).isEmpty)
            }
        }
    }

    @Test func membersSeeNoAddFormAndCannotAdd() async throws {
        try await withWeb { web in
            let member = try await web.member()
            let signedIn = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.9"
            )
            #expect(signedIn.caller == member)
            let browser = Browser(cookie: signedIn.token, csrf: signedIn.session.csrfToken)
            try await web.test { client in
                let page = try await client.execute(uri: "/clients", method: .get, headers: browser.headers)
                #expect(page.status == .ok)
                #expect(!page.text.contains("Add a client"))
                let add = try await client.execute(
                    uri: "/clients",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Sneaky")])
                )
                #expect(add.status == .forbidden)
                #expect(try await web.store.clients(in: web.owner.workspaceID).isEmpty)
            }
        }
    }
}

@Suite struct SettingsPageTests {
    @Test func createsAndRevokesAPITokensShowingTheSecretOnce() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let created = try await client.execute(
                    uri: "/settings/tokens",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "laptop script")])
                )
                #expect(created.status == .ok)
                let tokens = try await web.services.tokens.list(as: web.owner)
                let token = try #require(tokens.first)
                #expect(created.text.contains("<code>\(token.prefix)"))
                #expect(created.text.contains("it is not shown again"))
                let secret = try #require(
                    created.text.split(separator: "<code>").dropFirst().first?.split(separator: "<").first
                )
                #expect(try await web.services.tokens.caller(secret: String(secret)) == web.owner)

                let listed = try await client.execute(uri: "/settings", method: .get, headers: browser.headers)
                #expect(!listed.text.contains(String(secret)), "the secret is shown once")

                let revoked = try await client.execute(
                    uri: "/settings/tokens/\(token.id)/revoke",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([])
                )
                #expect(revoked.text.contains("Token laptop script revoked."))
                await #expect(throws: AccountError.signedOut) {
                    try await web.services.tokens.caller(secret: String(secret))
                }

                let unnamed = try await client.execute(
                    uri: "/settings/tokens",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", " ")])
                )
                #expect(unnamed.status == .unprocessableContent)
                #expect(unnamed.text.contains(#"id="token-name-error""#))
            }
        }
    }

    @Test func profileAndWorkspaceAreEditedWithNamedFieldErrors() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            // 23:30 on Sunday 22 November in Mexico City is already Monday 23rd in London.
            try await web.fixture.entry("acme", from: "2026-11-22 23:30", to: "2026-11-22 23:50")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let profile = try await client.execute(
                    uri: "/settings/profile",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Maria L."), ("zone", "Europe/London"), ("language", "es")])
                )
                #expect(profile.status == .ok)
                #expect(profile.text.contains("Profile saved."))
                let badZone = try await client.execute(
                    uri: "/settings/profile",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Maria"), ("zone", "London")])
                )
                #expect(badZone.status == .unprocessableContent)
                #expect(badZone.text.contains(#"id="profile-zone-error""#))

                let workspace = try await client.execute(
                    uri: "/settings/workspace",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("name", "Maria Lopez VA"), ("currency", "USD"), ("zone", "America/Bogota"), ("rate", "42.50"),
                        ("week_start", "sunday"), ("invoice_details", "Calle 5, CDMX\nCLABE 0121"),
                    ])
                )
                #expect(workspace.text.contains("Workspace saved."))
                #expect(workspace.text.contains("Calle 5, CDMX\nCLABE 0121</textarea>"))
                let badDay = try await client.execute(
                    uri: "/settings/workspace",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Maria Lopez VA"), ("week_start", "someday")])
                )
                #expect(badDay.status == .unprocessableContent)
                #expect(badDay.text.contains("week_start: &quot;someday&quot;"))
                let currency = try await client.execute(
                    uri: "/settings/workspace",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Maria Lopez VA"), ("currency", "EUR"), ("rate", "42.50")])
                )
                #expect(currency.text.contains("Workspace saved."), "a new currency with the rate given is accepted")
            }
            let directory = try await web.services.workspaces.directory(for: web.owner)
            #expect(directory.person.name == "Maria L.")
            #expect(directory.person.zone.identifier == "Europe/London")
            #expect(directory.workspace.weekStart == .sunday)
            #expect(directory.workspace.defaultRate?.labeled == "EUR 42.50")
            #expect(directory.workspace.invoiceDetails == "Calle 5, CDMX\nCLABE 0121", "kept by a form that omits it")
            // The entry now falls on Monday in the person's zone: the per-day totals followed the zone.
            let day = try await web.services.summaries.summary(
                .range(
                    from: LocalDate(year: 2026, month: 11, day: 23)!,
                    to: LocalDate(year: 2026, month: 11, day: 23)!
                ),
                by: .client,
                as: web.owner
            )
            #expect(day.summary.lines.first?.rawSeconds == 1200)
        }
    }

    @Test func membersDoNotSeeTheWorkspaceForm() async throws {
        try await withWeb { web in
            _ = try await web.member()
            let member = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.7"
            )
            let browser = Browser(cookie: member.token, csrf: member.session.csrfToken)
            try await web.test { client in
                let page = try await client.execute(uri: "/settings", method: .get, headers: browser.headers)
                #expect(!page.text.contains("/settings/workspace"))
                let post = try await client.execute(
                    uri: "/settings/workspace",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Taken over")])
                )
                #expect(post.status == .forbidden)
            }
        }
    }
}
