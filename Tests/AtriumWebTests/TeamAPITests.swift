import AtriumCore
import AtriumServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// `/api/v1/workspace` and `/api/v1/team…`, and changing roles on the team page.
@Suite struct TeamAPITests {
    func jsonArray(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]])
    }

    func patch(_ uri: String, _ body: String, _ secret: String, _ client: any TestClientProtocol) async throws
        -> TestResponse
    {
        try await client.execute(
            uri: uri,
            method: .patch,
            headers: .bearer(secret, json: true),
            body: ByteBuffer(string: body)
        )
    }

    @Test("Workspace settings: everyone reads them, owners change them, a member is refused")
    func workspace() async throws {
        try await withWeb { web in
            let member = try await web.member()
            let ownerSecret = try await web.token(for: web.owner)
            let memberSecret = try await web.token(for: member)
            try await web.test { client in
                let read = try await client.execute(
                    uri: "/api/v1/workspace",
                    method: .get,
                    headers: .bearer(memberSecret)
                )
                #expect(try read.json()["name"] as? String == "Test VA")
                let refused = try await patch("/api/v1/workspace", #"{"name": "Mine now"}"#, memberSecret, client)
                #expect(refused.status == .forbidden)
                let changed = try await patch(
                    "/api/v1/workspace",
                    #"{"name": "Lopez & Co", "weekStart": "sun", "defaultRate": null}"#,
                    ownerSecret,
                    client
                )
                #expect(changed.status == .ok)
                let body = try changed.json()
                #expect(body["name"] as? String == "Lopez & Co")
                #expect(body["weekStart"] as? String == "sunday")
                #expect(body["defaultRate"] == nil)
                let bad = try await patch("/api/v1/workspace", #"{"zone": "Mars/Base"}"#, ownerSecret, client)
                #expect(bad.status == .unprocessableContent)
                #expect(try bad.json()["field"] as? String == "zone")
            }
            #expect(try await web.services.workspaces.directory(for: web.owner).workspace.name == "Lopez & Co")
        }
    }

    @Test("The team: roles and client assignments change, invitations are made, the rules hold")
    func team() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let member = try await web.member()
            let ownerSecret = try await web.token(for: web.owner)
            let memberSecret = try await web.token(for: member)
            let (other, _) = try await web.otherWorkspace()
            try await web.test { client in
                let list = try jsonArray(
                    try await client.execute(uri: "/api/v1/team", method: .get, headers: .bearer(ownerSecret))
                )
                // Both were made at the test clock's one instant, so in either order.
                #expect(Set(list.compactMap { $0["role"] as? String }) == ["owner", "member"])
                #expect(list.count == 2)
                let memberList = try await client.execute(
                    uri: "/api/v1/team",
                    method: .get,
                    headers: .bearer(memberSecret)
                )
                #expect(memberList.status == .forbidden)

                let assigned = try await patch(
                    "/api/v1/team/\(member.personID)",
                    #"{"clientIds": ["\#(acme.id)"]}"#,
                    ownerSecret,
                    client
                )
                #expect(try assigned.json()["clientIds"] as? [String] == [acme.id.description])
                let clients = try await client.execute(
                    uri: "/api/v1/clients",
                    method: .get,
                    headers: .bearer(memberSecret)
                )
                #expect(clients.text.contains("Acme Realty"))

                let promoted = try await patch(
                    "/api/v1/team/\(member.personID)",
                    #"{"role": "owner"}"#,
                    ownerSecret,
                    client
                )
                #expect(try promoted.json()["role"] as? String == "owner")
                // The new owner's very next request has owner rights.
                let nowAllowed = try await patch("/api/v1/workspace", #"{"name": "Shared"}"#, memberSecret, client)
                #expect(nowAllowed.status == .ok)
                let own = try await patch(
                    "/api/v1/team/\(web.owner.personID)",
                    #"{"role": "member"}"#,
                    ownerSecret,
                    client
                )
                #expect(own.status == .forbidden)
                let elsewhere = try await patch(
                    "/api/v1/team/\(other.personID)",
                    #"{"role": "member"}"#,
                    ownerSecret,
                    client
                )
                #expect(elsewhere.status == .notFound)

                let invite = try await client.execute(
                    uri: "/api/v1/team/invites",
                    method: .post,
                    headers: .bearer(ownerSecret, json: true),
                    body: ByteBuffer(
                        string: #"{"name": "Ana", "email": "ana@example.com", "clientIds": ["\#(acme.id)"]}"#
                    )
                )
                #expect(invite.status == .created)
                let link = try #require(try invite.json()["link"] as? String)
                let page = try await client.execute(uri: link, method: .get)
                #expect(page.status == .ok)
                let badEmail = try await client.execute(
                    uri: "/api/v1/team/invites",
                    method: .post,
                    headers: .bearer(ownerSecret, json: true),
                    body: ByteBuffer(string: #"{"name": "Ana", "email": "not-an-email"}"#)
                )
                #expect(badEmail.status == .unprocessableContent)
                #expect(try badEmail.json()["field"] as? String == "email")
            }
        }
    }

    @Test("An owner changes a member's role on the team page; never their own")
    func rolePage() async throws {
        try await withWeb { web in
            let member = try await web.member()
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let page = try await client.execute(uri: "/team", method: .get, headers: browser.headers)
                #expect(page.text.contains(#"action="/team/\#(member.personID)/role""#))
                #expect(!page.text.contains(#"action="/team/\#(web.owner.personID)/role""#))
                let changed = try await client.execute(
                    uri: "/team/\(member.personID)/role",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("role", "owner")])
                )
                #expect(changed.status == .ok)
                #expect(changed.text.contains("Sam Member is now an owner."))
                let own = try await client.execute(
                    uri: "/team/\(web.owner.personID)/role",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("role", "member")])
                )
                #expect(own.status == .forbidden)
            }
            let members = try await web.services.team.members(as: web.owner)
            #expect(members.allSatisfy { $0.person.role == .owner })
            #expect(members.count == 2)
        }
    }
}
