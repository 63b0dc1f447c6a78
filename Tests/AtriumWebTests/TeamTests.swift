import AtriumCore
import AtriumServices
import AtriumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct TeamTests {
    @Test func theOwnerInvitesAMemberWhoJoinsAndSeesOnlyTheirClients() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let created = try await client.execute(
                    uri: "/team/invites",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([
                        ("name", "Sam Member"), ("email", "sam@example.com"), ("role", "member"),
                        ("client_\(acme.id)", "on"),
                    ])
                )
                #expect(created.status == .ok)
                let link = try #require(
                    created.text.split(separator: "<code>").dropFirst().first?.split(separator: "<").first
                )
                let path = try #require(link.range(of: "/invite/")).lowerBound
                let invitePath = String(link[path...])

                let page = try await client.execute(uri: invitePath, method: .get)
                #expect(page.status == .ok)
                #expect(page.text.contains("Join Test VA"))
                let csrf = try #require(page.cookie(SessionCookie.preSessionCSRF))
                let headers: HTTPFields = [
                    .cookie: "\(SessionCookie.preSessionCSRF)=\(csrf)",
                    .contentType: "application/x-www-form-urlencoded",
                ]
                let short = try await client.execute(
                    uri: invitePath,
                    method: .post,
                    headers: headers,
                    body: WebForm.encode([("_csrf", csrf), ("password", "short")])
                )
                #expect(short.status == .unprocessableContent)
                let joined = try await client.execute(
                    uri: invitePath,
                    method: .post,
                    headers: headers,
                    body: WebForm.encode([("_csrf", csrf), ("password", "member pass"), ("zone", "Europe/London")])
                )
                #expect(joined.status == .seeOther)
                let cookie = try #require(joined.cookie(SessionCookie.session))
                let member: HTTPFields = [.cookie: "\(SessionCookie.session)=\(cookie)"]
                let clients = try await client.execute(uri: "/clients", method: .get, headers: member)
                #expect(clients.text.contains("Acme Realty"))
                #expect(!clients.text.contains("Bloom"))
                let dashboard = try await client.execute(uri: "/", method: .get, headers: member)
                #expect(!dashboard.text.contains("Bloom"))
                #expect(!dashboard.text.contains(#"href="/team""#), "members have no team page")
                let team = try await client.execute(uri: "/team", method: .get, headers: member)
                #expect(team.status == .forbidden)

                let reused = try await client.execute(uri: invitePath, method: .get)
                #expect(reused.status == .notFound)
                #expect(reused.text.contains("not valid any more"))
            }
            let sam = try #require(try await web.store.account(email: "sam@example.com"))
            #expect(sam.person.role == .member)
            #expect(sam.person.zone.identifier == "Europe/London")
        }
    }

    @Test func anInvitationForATakenEmailOrWithBadFieldsIsRefused() async throws {
        try await withWeb { web in
            let owner = try await web.ownerBrowser(email: "maria@example.com")
            try await web.test { client in
                let taken = try await client.execute(
                    uri: "/team/invites",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("name", "Maria Again"), ("email", "MARIA@example.com"), ("role", "member")])
                )
                #expect(taken.status == .conflict)
                #expect(taken.text.contains("Someone already signs in with maria@example.com."))
                let badEmail = try await client.execute(
                    uri: "/team/invites",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("name", "Sam"), ("email", "sam at example"), ("role", "member")])
                )
                #expect(badEmail.status == .unprocessableContent)
                #expect(badEmail.text.contains(#"id="email-error""#))
                let badRole = try await client.execute(
                    uri: "/team/invites",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("name", "Sam"), ("email", "sam@example.com"), ("role", "admin")])
                )
                #expect(badRole.status == .unprocessableContent)
            }
            #expect(try await web.services.team.openInvites(as: web.owner).isEmpty)
        }
    }

    @Test func assignmentsChangeWhatAMemberSees() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            let member = try await web.member()
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let saved = try await client.execute(
                    uri: "/team/\(member.personID)/clients",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([("client_\(bloom.id)", "on")])
                )
                #expect(saved.status == .ok)
                #expect(saved.text.contains("Clients saved."))
            }
            let visible = try await web.services.clients.list(includeArchived: true, as: member)
            #expect(visible.map(\.id) == [bloom.id])
            #expect(!visible.contains { $0.id == acme.id })
        }
    }

    @Test func removingAccessEndsSessionsAndTokensButKeepsEntries() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let member = try await web.member()
            let acme = try #require(try await web.store.clients(in: web.owner.workspaceID).first)
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)
            var entry = EntryInput(
                target: "acme",
                from: "2026-11-23 08:00",
                to: "2026-11-23 09:00",
                memo: "member work"
            )
            entry.allowsOverlap = true
            _ = try await web.services.entries.add(entry, as: member)
            let signedIn = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.4"
            )
            let secret = try await web.token(for: member)
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(uri: "/team", method: .get, headers: owner.headers)
                #expect(page.text.contains("/team/\(member.personID)/remove"))
                #expect(!page.text.contains("/team/\(web.owner.personID)/remove"), "no button to remove oneself")
                let removed = try await client.execute(
                    uri: "/team/\(member.personID)/remove",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(removed.text.contains("Access removed; their entries stay."))
                #expect(removed.text.contains("Sam Member <small>(no access)</small>"))
                let session = try await client.execute(
                    uri: "/",
                    method: .get,
                    headers: [.cookie: "\(SessionCookie.session)=\(signedIn.token)"]
                )
                #expect(session.status == .seeOther)
                let api = try await client.execute(uri: "/api/v1/me", method: .get, headers: .bearer(secret))
                #expect(api.status == .unauthorized)
                let ownSelf = try await client.execute(
                    uri: "/team/\(web.owner.personID)/remove",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(ownSelf.status == .forbidden)
            }
            await #expect(throws: AccountError.wrongCredentials) {
                try await web.services.accounts.signIn(
                    email: "sam@example.com",
                    password: "member pass",
                    address: "10.0.0.4"
                )
            }
            let entries = try await web.store.entries(in: web.owner.workspaceID, matching: EntryQuery())
            #expect(entries.map(\.memo) == ["member work"])
        }
    }

    @Test func anOpenInvitationCanBeWithdrawn() async throws {
        try await withWeb { web in
            let created = try await web.services.team.invite(
                .init(name: "Sam", email: "sam@example.com", role: .member),
                as: web.owner
            )
            let owner = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(uri: "/team", method: .get, headers: owner.headers)
                #expect(page.text.contains("/team/invites/\(created.invite.tokenHash)/revoke"))
                #expect(!page.text.contains(created.token), "the link's token is never shown again")
                let withdrawn = try await client.execute(
                    uri: "/team/invites/\(created.invite.tokenHash)/revoke",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(withdrawn.text.contains("Invitation withdrawn."))
                let link = try await client.execute(uri: "/invite/\(created.token)", method: .get)
                #expect(link.status == .notFound)
                let again = try await client.execute(
                    uri: "/team/invites/\(created.invite.tokenHash)/revoke",
                    method: .post,
                    headers: owner.formHeaders,
                    body: owner.form([])
                )
                #expect(again.status == .notFound)
            }
        }
    }
}
