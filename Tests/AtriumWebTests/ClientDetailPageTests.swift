import AtriumCore
import AtriumServices
import AtriumStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct ClientDetailPageTests {
    @Test func showsEditsArchivesAndAddsProjects() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:30", memo: "Listings copy")
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(uri: "/clients/\(acme.id)", method: .get, headers: browser.headers)
                #expect(page.status == .ok)
                #expect(page.text.contains("All time: <strong>1:30</strong> in 1 entries."))
                #expect(page.text.contains("<td>Listings copy</td>"))

                let edited = try await client.submit(
                    "/clients/\(acme.id)",
                    [
                        ("name", "Acme Realty"), ("zone", "Australia/Sydney"), ("currency", "AUD"), ("rate", "50"),
                        ("rounding", "nearest:6m"), ("language", "en"), ("notes", "Prefers email"),
                    ],
                    as: browser
                )
                #expect(edited.status == .ok)
                #expect(edited.text.contains("rate AUD 50.00"))
                #expect(edited.text.contains("Saved."))
                let badZone = try await client.execute(
                    uri: "/clients/\(acme.id)",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("name", "Acme Realty"), ("zone", "Sydney"), ("rate", "55")])
                )
                #expect(badZone.status == .unprocessableContent)
                #expect(badZone.text.contains(#"id="zone-error""#))
                let stored = try #require(try await web.store.clients(in: web.owner.workspaceID).first)
                #expect(stored.rate?.minorUnits == 5000, "the refused edit changed nothing")

                let project = try await client.submit(
                    "/clients/\(acme.id)/projects",
                    [("name", "Listings"), ("rate", "60")],
                    as: browser
                )
                #expect(project.text.contains("Project Listings added."))
                #expect(project.text.contains("<li>Listings — AUD 60.00</li>"))

                let archived = try await client.submit("/clients/\(acme.id)/archive", [("archived", "on")], as: browser)
                #expect(archived.text.contains("Acme Realty archived."))
                #expect(try await web.store.clients(in: web.owner.workspaceID).first?.isArchived == true)
            }
        }
    }

    @Test func aClientOutOfViewIsNotFound() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let other = try await web.otherWorkspace()
            _ = try await web.member()
            let member = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.5"
            )
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let foreign = try await client.execute(
                    uri: "/clients/\(other.client.id)",
                    method: .get,
                    headers: owner.headers
                )
                #expect(foreign.status == .notFound)
                #expect(!foreign.text.contains("Secret Client"))
                let unassigned = try await client.execute(
                    uri: "/clients/\(acme.id)",
                    method: .get,
                    headers: [.cookie: "\(SessionCookie.session)=\(member.token)"]
                )
                #expect(unassigned.status == .notFound)
                let edit = try await client.execute(
                    uri: "/clients/\(other.client.id)",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("name", "Mine now")])
                )
                #expect(edit.status == .notFound)
            }
            #expect(try await web.store.clients(in: other.caller.workspaceID).first?.name == "Secret Client")
        }
    }
}
