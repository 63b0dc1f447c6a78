import AtriumCore
import AtriumServices
import AtriumStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct TimePageTests {
    @Test func listsFiltersAndGridsTheWeek() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:30", memo: "Listings")
            try await web.fixture.entry("bloom", from: "2026-11-23 11:00", to: "2026-11-23 11:45", memo: "Newsletter")
            let browser = try await web.ownerBrowser()
            let acme = try #require(
                try await web.store.clients(in: web.owner.workspaceID).first { $0.name == "Acme Realty" }
            )
            try await web.test { client in
                let week = try await client.execute(uri: "/time", method: .get, headers: browser.headers)
                #expect(week.status == .ok)
                #expect(week.text.contains("<strong>2:15</strong> in 2 entries"))
                #expect(week.text.contains("Week timesheet"))
                #expect(week.text.contains(#"<th scope="row">Acme Realty</th><td class="num">1:30</td>"#))

                let filtered = try await client.execute(
                    uri: "/time?period=week&client=\(acme.id)",
                    method: .get,
                    headers: browser.headers
                )
                #expect(filtered.text.contains("Listings"))
                #expect(!filtered.text.contains("Newsletter"))

                let csv = try await client.execute(
                    uri: "/time/export.csv?period=week&client=\(acme.id)",
                    method: .get,
                    headers: browser.headers
                )
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = csv.text.split(separator: "\r\n")
                #expect(lines.first == "number,date,start,end,hours,client,project,memo,tags,billable,person,task")
                #expect(lines.count == 2)
                #expect(lines.last?.contains("Acme Realty,,Listings") == true)

                let badRange = try await client.execute(
                    uri: "/time?period=custom&from=2026-02-30&to=2026-03-01",
                    method: .get,
                    headers: browser.headers
                )
                #expect(badRange.status == .unprocessableContent)
                #expect(badRange.text.contains("2026-02 has 28 days"))
                for (query, message) in [
                    ("period=fortnight", "use today, week, month, all or custom"),
                    ("period=week&tag=no%2Fslash", "is not a tag"),
                    ("period=week&client=acme", "choose one from the list"),
                ] {
                    let refused = try await client.execute(
                        uri: "/time?\(query)",
                        method: .get,
                        headers: browser.headers
                    )
                    #expect(refused.status == .unprocessableContent, "\(query)")
                    #expect(refused.text.contains(message), "\(query)")
                    let export = try await client.execute(
                        uri: "/time/export.csv?\(query)",
                        method: .get,
                        headers: browser.headers
                    )
                    #expect(export.status == .unprocessableContent, "export \(query)")
                }
            }
        }
    }

    @Test func addsEditsAndDeletesEntriesWithForms() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let added = try await client.execute(
                    uri: "/time",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("target", "acme"), ("date", "2026-11-22"), ("from", "14:00"), ("duration", "1h30m"),
                        ("memo", "Inbox triage"), ("tags", "email"), ("billable", "on"),
                    ])
                )
                // Redirected, so a reload of what follows adds nothing; the notice arrives sealed.
                #expect(added.status == .seeOther)
                let location = try #require(added.headers[.location])
                #expect(location.hasPrefix("/time?notice=Added%20entry%20%231%2E&seal="))
                let shown = try await client.execute(uri: location, method: .get, headers: browser.headers)
                #expect(shown.text.contains("Added entry #1."))
                var entry = try await web.store.entry(number: 1, in: web.owner.workspaceID)
                #expect(entry.start.iso8601 == "2026-11-22T20:00:00Z", "14:00 in Mexico City")
                #expect(entry.end?.iso8601 == "2026-11-22T21:30:00Z")

                let overlapping = try await client.execute(
                    uri: "/time",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme"), ("date", "2026-11-22"), ("from", "15:00"), ("to", "16:00")])
                )
                #expect(overlapping.status == .conflict)
                #expect(overlapping.text.contains("#1"))
                let badTime = try await client.execute(
                    uri: "/time",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme"), ("from", "25:00"), ("to", "26:00")])
                )
                #expect(badTime.status == .unprocessableContent)
                #expect(badTime.text.contains(#"id="from-error""#))
                // A client name that matches nothing is a mistake in the form, shown again: 422, not 404.
                let unknownClient = try await client.execute(
                    uri: "/time",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "Nobody Inc"), ("from", "09:00"), ("to", "10:00")])
                )
                #expect(unknownClient.status == .unprocessableContent)
                #expect(unknownClient.text.contains("No client matches"))
                // The message speaks of the form, not of the command line's options.
                let noEnd = try await client.execute(
                    uri: "/time",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme"), ("from", "09:00")])
                )
                #expect(noEnd.status == .unprocessableContent)
                #expect(noEnd.text.contains("give the end or the length, e.g. 15:30 or 1h30m"))
                #expect(!noEnd.text.contains("--to"))

                let form = try await client.execute(uri: "/time/1/edit", method: .get, headers: browser.headers)
                #expect(form.text.contains(#"value="14:00""#))
                #expect(form.text.contains(#"value="15:30""#))
                let edited = try await client.execute(
                    uri: "/time/1",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([
                        ("target", "Acme Realty"), ("date", "2026-11-22"), ("from", "14:00"), ("to", "16:00"),
                        ("memo", "Inbox triage and replies"), ("tags", "email"),
                    ])
                )
                #expect(edited.status == .seeOther)
                entry = try await web.store.entry(number: 1, in: web.owner.workspaceID)
                #expect(entry.memo == "Inbox triage and replies")
                #expect(entry.end?.iso8601 == "2026-11-22T22:00:00Z")
                #expect(!entry.isBillable, "the box was not ticked")

                let deleted = try await client.execute(
                    uri: "/time/1/delete",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([])
                )
                #expect(deleted.text.contains("Deleted entry #1."))
                entry = try await web.store.entry(number: 1, in: web.owner.workspaceID)
                #expect(entry.deletedAt != nil)
                let missing = try await client.execute(uri: "/time/99/edit", method: .get, headers: browser.headers)
                #expect(missing.status == .notFound)
            }
        }
    }
}
