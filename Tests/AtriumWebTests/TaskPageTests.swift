import AtriumCore
import AtriumServices
import AtriumStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// Tasks in the browser: the client page's task forms, the timer's and the entry forms' task field.
@Suite struct TaskPageTests {
    @Test("The owner adds a task, re-rates and archives it on the client page; timer and entries take it")
    func ownerForms() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let (_, listings) = try await web.services.projects.add("acme/Listings", .init(), as: web.owner)
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let added = try await client.submit(
                    "/clients/\(acme.id)/tasks",
                    [("name", "Photo edits"), ("project", listings.id.description), ("rate", "70")],
                    as: browser
                )
                #expect(added.status == .ok)
                #expect(added.text.contains("Task Photo edits added."))
                #expect(added.text.contains("<td>Photo edits</td><td>Listings</td><td>AUD 70.00</td>"))
                let task = try #require(
                    try await web.services.tasks.list(client: nil, includeArchived: true, as: web.owner).first
                )

                let bad = try await client.submit(
                    "/clients/\(acme.id)/tasks",
                    [("name", "Close"), ("rate", "lots")],
                    as: browser
                )
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("class=\"error\""))
                let twice = try await client.submit("/clients/\(acme.id)/tasks", [("name", "photo edits")], as: browser)
                #expect(twice.status == .conflict)
                #expect(twice.text.contains("already has a task named"))

                let started = try await client.submit(
                    "/timer/start",
                    [("target", "Acme Realty"), ("task", "photo"), ("memo", "Retouch")],
                    as: browser
                )
                #expect(started.text.contains("Acme Realty / Listings: Photo edits"))
                _ = try await client.submit("/timer/stop", [], as: browser)
                let unknown = try await client.submit(
                    "/timer/start",
                    [("target", "Acme Realty"), ("task", "zzz")],
                    as: browser
                )
                #expect(unknown.status == .unprocessableContent)
                #expect(unknown.text.contains(#"id="task-error">No task of Acme Realty matches"#))
                let editForm = try await client.execute(uri: "/time/1/edit", method: .get, headers: browser.headers)
                #expect(editForm.text.contains(#"value="Photo edits""#))
                let off = try await client.submit(
                    "/time/1",
                    [
                        ("target", "Acme Realty/Listings"), ("from", "09:00"), ("to", "09:30"), ("task", ""),
                        ("billable", "on"),
                    ],
                    as: browser
                )
                #expect(off.status == .ok)
                #expect(try await web.services.entries.view(1, as: web.owner).entry.taskID == nil)

                let badRate = try await client.submit(
                    "/clients/\(acme.id)/tasks/\(task.task.id)",
                    [("rate", "-5")],
                    as: browser
                )
                #expect(badRate.status == .unprocessableContent)
                #expect(badRate.text.contains(#"<p class="error" role="alert">"#))
                let rerated = try await client.submit(
                    "/clients/\(acme.id)/tasks/\(task.task.id)",
                    [("rate", "75")],
                    as: browser
                )
                #expect(rerated.text.contains("Photo edits is at AUD 75.00/h."))
                let archived = try await client.submit(
                    "/clients/\(acme.id)/tasks/\(task.task.id)",
                    [("rate", "80"), ("archived", "on")],
                    as: browser
                )
                #expect(try await web.store.tasks(in: web.owner.workspaceID).first?.rate?.minorUnits == 8000)
                #expect(archived.text.contains("Photo edits is archived."))
                #expect(archived.text.contains("Photo edits <small>(archived)</small>"))
            }
        }
    }

    @Test("A member sees the client's tasks without rates or forms, and cannot post to them")
    func membersSeeNoRates() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let added = try await web.services.tasks.add(
                "Close",
                client: "acme",
                project: nil,
                .init(rate: "70"),
                as: web.owner
            )
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            let browser = try await web.browser(email: "sam@example.com", password: "member pass")
            try await web.test { client in
                let page = try await client.execute(uri: "/clients/\(acme.id)", method: .get, headers: browser.headers)
                #expect(page.text.contains("<td>Close</td>"))
                #expect(!page.text.contains("70.00"))
                #expect(!page.text.contains("Add a task"))
                let posted = try await client.submit(
                    "/clients/\(acme.id)/tasks/\(added.task.id)",
                    [("rate", "1")],
                    as: browser
                )
                #expect(posted.status == .forbidden)
                let adding = try await client.submit("/clients/\(acme.id)/tasks", [("name", "Mine")], as: browser)
                #expect(adding.status == .forbidden)
            }
        }
    }
}
