import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Someone whose access was removed and who is invited again with the same email comes back as
/// themselves: one person, their entries still theirs, the new invitation's role and clients.
@Suite struct ReinviteTests {
    @Test("A removed member invited again by the same email is the same person, with the new role and clients")
    func comesBackAsThemselves() async throws {
        try await withFixture { fixture in
            let acme = try await fixture.client("Acme Realty")
            let bloom = try await fixture.client("Bloom & Co")
            let team = fixture.services.team
            let accounts = fixture.services.accounts
            let first = try await team.invite(
                .init(name: "Sam Member", email: "sam@example.com", role: .member, clientIDs: [acme.id]),
                as: fixture.owner
            )
            let joined = try await accounts.acceptInvite(token: first.token, password: "member pass", zone: nil)
            let sam = joined.session.personID
            var input = EntryInput(target: "acme", from: "2026-11-23 08:00", to: "2026-11-23 09:00", memo: "work")
            input.allowsOverlap = true
            let samCaller = Caller(workspaceID: fixture.owner.workspaceID, personID: sam, role: .member)
            _ = try await fixture.services.entries.add(input, as: samCaller)
            try await team.removeAccess(of: sam, as: fixture.owner)

            let again = try await team.invite(
                .init(name: "Samuel M.", email: "SAM@example.com", role: .member, clientIDs: [bloom.id]),
                as: fixture.owner
            )
            let rejoined = try await accounts.acceptInvite(token: again.token, password: "new pass 123", zone: nil)
            #expect(rejoined.session.personID == sam)

            let members = try await team.members(as: fixture.owner)
            #expect(members.map(\.person.name).sorted() == ["Maria Lopez", "Sam Member"])
            let back = try #require(members.first { $0.person.id == sam })
            #expect(back.hasAccess)
            #expect(back.clients.map(\.name) == ["Bloom & Co"], "the new invitation's clients")
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            #expect(entries.map(\.personID) == [sam])
            let signedIn = try await accounts.signIn(
                email: "sam@example.com",
                password: "new pass 123",
                address: "10.0.0.9"
            )
            #expect(signedIn.session.personID == sam)
        }
    }
}
