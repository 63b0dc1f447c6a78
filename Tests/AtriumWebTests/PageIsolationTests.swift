import AtriumCore
import AtriumServices
import AtriumStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// The isolation matrix for pages: what a member may not see or change, and another workspace's
/// records, are 404 on every page route and absent from every page and export.
@Suite struct PageIsolationTests {
    @Test func aMemberCannotReachEntriesOrClientsOutOfTheirView() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            try await web.fixture.entry("acme", from: "2026-11-23 08:00", to: "2026-11-23 09:00", memo: "acme work")
            let bloomEntry = try await web.fixture.entry(
                "bloom",
                from: "2026-11-23 09:00",
                to: "2026-11-23 10:00",
                memo: "bloom work"
            )
            let bloomTask = try await web.services.tasks.add(
                "Bloom close",
                client: "bloom",
                project: nil,
                .init(rate: "90"),
                as: web.owner
            )
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            let signedIn = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.8"
            )
            let browser = Browser(cookie: signedIn.token, csrf: signedIn.session.csrfToken)
            try await web.test { client in
                let refused: [(HTTPRequest.Method, String, [(String, String)])] = [
                    (.get, "/time/\(bloomEntry.number)/edit", []),
                    (.post, "/time/\(bloomEntry.number)", [("memo", "mine"), ("target", "acme")]),
                    (.post, "/time/\(bloomEntry.number)/delete", []),
                    (.get, "/clients/\(bloom.id)", []),
                    (.post, "/clients/\(bloom.id)/projects", [("name", "Sneaky")]),
                    (.post, "/clients/\(bloom.id)/tasks", [("name", "Sneaky")]),
                    (.post, "/clients/\(bloom.id)/tasks/\(bloomTask.task.id)", [("rate", "1")]),
                ]
                for (method, uri, fields) in refused {
                    let response = try await client.execute(
                        uri: uri,
                        method: method,
                        headers: method == .get ? browser.headers : browser.formHeaders,
                        body: method == .get ? nil : browser.form(fields)
                    )
                    #expect(response.status == .notFound || response.status == .forbidden, "\(method) \(uri)")
                    #expect(!response.text.contains("bloom work"), "\(method) \(uri)")
                }
                let pages = [
                    "/", "/time?period=month", "/time/export.csv?period=month", "/summary?period=month&by=project",
                    "/clients?q=o", "/settings",
                ]
                for uri in pages {
                    let response = try await client.execute(uri: uri, method: .get, headers: browser.headers)
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!response.text.contains("Bloom"), "\(uri)")
                    #expect(!response.text.contains("bloom work"), "\(uri)")
                }
                let time = try await client.execute(uri: "/time?period=month", method: .get, headers: browser.headers)
                #expect(time.text.contains("acme work"), "an assigned client's entries are visible")
            }
            let unchanged = try await web.store.entry(number: bloomEntry.number, in: web.owner.workspaceID)
            #expect(unchanged.memo == "bloom work")
            #expect(unchanged.deletedAt == nil)
            #expect(try await web.store.projects(in: web.owner.workspaceID).isEmpty)
            #expect(try await web.store.tasks(in: web.owner.workspaceID).map(\.rate?.minorUnits) == [9000])
        }
    }

    @Test func anotherWorkspacesPeopleAndEntriesAreOutOfReach() async throws {
        try await withWeb { web in
            let other = try await web.otherWorkspace()
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let assign = try await client.execute(
                    uri: "/team/\(other.caller.personID)/clients",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(assign.status == .notFound)
                let remove = try await client.execute(
                    uri: "/team/\(other.caller.personID)/remove",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(remove.status == .notFound)
                for uri in ["/time/1/edit", "/time?period=all", "/team", "/summary?period=all"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: owner.headers)
                    #expect(!response.text.contains("secret memo"), "\(uri)")
                    #expect(!response.text.contains("Secret Client"), "\(uri)")
                    #expect(!response.text.contains("Olga"), "\(uri)")
                }
                let edit = try await client.execute(uri: "/time/1/edit", method: .get, headers: owner.headers)
                #expect(edit.status == .notFound)
            }
        }
    }
}
