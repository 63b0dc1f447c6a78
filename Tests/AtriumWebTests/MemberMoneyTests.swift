import AtriumCore
import AtriumServices
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// Money is the owner's business: a member sees the hours of their clients, never a rate, an
/// amount, a retainer's fee or the workspace's default rate, on any page or API answer. The owner
/// sees all of them in the same places, so every check can fail either way.
@Suite struct MemberMoneyTests {
    /// What a member must not be shown, each written as the pages or the API write it.
    static let moneyOnPages = ["AUD 45.00", "AUD 55.00", "AUD 70.00", "AUD 900.00", ">Rate<", ">Amount<"]
    static let moneyInJSON = [
        #""rate""#, #""defaultRate""#, #""amount""#, #""amountMinor""#, #""monthly""#, #""overageRate""#,
        #""inBase""#,
    ]

    @Test("A member's pages and API answers hold hours and no money; the owner's hold both")
    func membersSeeHoursOnly() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty", rate: "45")
            _ = try await web.services.projects.add("acme/Listings", .init(name: nil, rate: "55"), as: web.owner)
            _ = try await web.services.tasks.add(
                "Close",
                client: "acme",
                project: nil,
                .init(rate: "70"),
                as: web.owner
            )
            var changes = WorkspaceService.Changes()
            changes.defaultRate = "30"
            _ = try await web.services.workspaces.edit(changes, as: web.owner)
            _ = try await web.services.retainers.set(
                .init(monthly: "900", hours: "20", overageRate: "90", from: "2026-11-01"),
                forClient: "acme",
                as: web.owner
            )
            try await web.fixture.entry("acme/listings", from: "2026-11-23 08:00", to: "2026-11-23 09:30")
            let member = try await web.member()
            try await web.services.team.assign(member.personID, to: [acme.id], as: web.owner)

            let pages = ["/clients", "/clients/\(acme.id)", "/summary?period=month"]
            let api = [
                "/api/v1/clients", "/api/v1/clients/\(acme.id)", "/api/v1/projects", "/api/v1/tasks", "/api/v1/me",
                "/api/v1/workspace",
                "/api/v1/summary?from=2026-11-01&to=2026-11-30",
                "/api/v1/summary?from=2026-11-01&to=2026-11-30&by=project",
                "/api/v1/clients/\(acme.id)/retainer",
            ]
            let memberBrowser = try await web.browser(email: "sam@example.com", password: "member pass")
            let ownerBrowser = try await web.ownerBrowser()
            let memberToken = try await web.token(for: member)
            let ownerToken = try await web.token(for: web.owner)
            try await web.test { client in
                var ownerSaw = Set<String>()
                for uri in pages {
                    let shown = try await client.execute(uri: uri, method: .get, headers: memberBrowser.headers)
                    #expect(shown.status == .ok, "\(uri)")
                    #expect(shown.text.contains("Acme Realty"), "\(uri)")
                    for money in Self.moneyOnPages {
                        #expect(!shown.text.contains(money), "a member sees \(money) on \(uri)")
                    }
                    let owners = try await client.execute(uri: uri, method: .get, headers: ownerBrowser.headers).text
                    ownerSaw.formUnion(Self.moneyOnPages.filter(owners.contains))
                }
                for uri in api {
                    let shown = try await client.execute(uri: uri, method: .get, headers: .bearer(memberToken))
                    #expect(shown.status == .ok, "\(uri)")
                    for money in Self.moneyInJSON {
                        #expect(!shown.text.contains(money), "a member's \(uri) holds \(money)")
                    }
                    let owners = try await client.execute(uri: uri, method: .get, headers: .bearer(ownerToken)).text
                    ownerSaw.formUnion(Self.moneyInJSON.filter(owners.contains))
                }
                let hours = try await client.execute(
                    uri: "/api/v1/summary?from=2026-11-01&to=2026-11-30",
                    method: .get,
                    headers: .bearer(memberToken)
                )
                #expect(hours.text.contains(#""billableHours":"1.50""#), "\(hours.text)")
                let retainer = try await client.execute(
                    uri: "/clients/\(acme.id)",
                    method: .get,
                    headers: memberBrowser.headers
                )
                #expect(retainer.text.contains("Retainer · 20:00 h a month"))
                #expect(ownerSaw == Set(Self.moneyOnPages + Self.moneyInJSON), "the owner sees each of them somewhere")
            }
        }
    }
}
