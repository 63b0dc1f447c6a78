import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// `atrium rate`: every level of the chain set in one place, audited, and used by drafts and summaries.
@Suite struct RateServiceTests {
    static let november = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!

    @Test("Set each level; list them; every change is audited and the chain verifies")
    func setAndList() async throws {
        try await withFixture(zone: "UTC") { fixture in
            let acme = try await fixture.client("Acme Realty", zone: "UTC")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            _ = try await fixture.member("Ana Silva", assignedTo: [acme.id])
            let rates = fixture.services.rates
            let aud = try Currency(code: "AUD")
            #expect(
                try await rates.set("50", on: .init(path: "acme"), currency: aud, as: fixture.owner).rate?.labeled
                    == "AUD 50.00"
            )
            let project = try await rates.set("55", on: .init(path: "acme/list"), currency: nil, as: fixture.owner)
            #expect(project.target == "Acme Realty/Listings")
            let person = try await rates.set(
                "60",
                on: .init(path: "acme", person: "ana"),
                currency: nil,
                as: fixture.owner
            )
            #expect(person.target == "Acme Realty (Ana Silva)")
            #expect(
                try await rates.set("42", on: .init(path: nil), currency: .usd, as: fixture.owner).rate?.labeled
                    == "USD 42.00"
            )
            let listed = try await rates.list(client: nil, as: fixture.owner)
            #expect(
                listed.map { "\($0.level.rawValue) \($0.target) \($0.rate?.labeled ?? "-")" } == [
                    "workspace workspace default USD 42.00", "client Acme Realty AUD 50.00",
                    "person Acme Realty (Ana Silva) AUD 60.00", "project Acme Realty/Listings AUD 55.00",
                ]
            )
            try await rates.set(nil, on: .init(path: "acme", person: "ana"), currency: nil, as: fixture.owner)
            #expect(try await rates.list(client: "acme", as: fixture.owner).count == 3)
            let records = try await fixture.store.recentAuditRecords(in: fixture.owner.workspaceID, limit: 50)
            let personChanges = records.filter { $0.entity.kind == .personRate }.sorted { $0.sequence < $1.sequence }
            #expect(
                personChanges.map(\.summary) == Array(repeating: "rate of Ana Silva for Acme Realty changed", count: 2)
            )
            #expect(personChanges.last?.after?.contains("\"rate\":null") == true)
            let verify = try await fixture.services.audit.verify(as: fixture.owner)
            guard case .intact = verify.verification else {
                Issue.record("the audit chain does not verify: \(verify.verification)")
                return
            }
        }
    }

    @Test("Bad input names its field and changes nothing")
    func badInput() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            let rates = fixture.services.rates
            let wrongCurrency = await #expect(throws: InvalidInput.self) {
                try await rates.set("45", on: .init(path: "acme"), currency: .usd, as: fixture.owner)
            }
            #expect(wrongCurrency?.field == "currency")
            let negative = await #expect(throws: InvalidInput.self) {
                try await rates.set("-5", on: .init(path: "acme", person: "maria"), currency: nil, as: fixture.owner)
            }
            #expect(negative?.field == "rate")
            let onProject = await #expect(throws: InvalidInput.self) {
                try await rates.set(
                    "5",
                    on: .init(path: "acme/listings", person: "maria"),
                    currency: nil,
                    as: fixture.owner
                )
            }
            #expect(onProject?.field == "person")
            let noClient = await #expect(throws: InvalidInput.self) {
                try await rates.set("5", on: .init(path: nil, person: "maria"), currency: nil, as: fixture.owner)
            }
            #expect(noClient?.field == "person")
            await #expect(throws: LookupError.self) {
                try await rates.set("5", on: .init(path: "acme", person: "nobody"), currency: nil, as: fixture.owner)
            }
            #expect(
                try await rates.list(client: "acme", as: fixture.owner).map(\.rate?.labeled) == [
                    "USD 40.00", "AUD 45.00",
                ]
            )
        }
    }

    @Test("Members may neither set nor see rates")
    func ownersOnly() async throws {
        try await withFixture(zone: "UTC") { fixture in
            let acme = try await fixture.client("Acme Realty", zone: "UTC")
            let ana = try await fixture.member("Ana Silva", assignedTo: [acme.id])
            await #expect(throws: ServiceError.self) {
                try await fixture.services.rates.set(
                    "99",
                    on: .init(path: "acme", person: "ana"),
                    currency: nil,
                    as: ana
                )
            }
            await #expect(throws: ServiceError.self) { try await fixture.services.rates.list(client: nil, as: ana) }
        }
    }

    @Test("A person's rate prices their time on drafts and in summaries; the others bill at the client's")
    func personRateBills() async throws {
        try await withFixture(zone: "UTC") { fixture in
            let acme = try await fixture.client("Acme Realty", zone: "UTC")
            let ana = try await fixture.member("Ana Silva", assignedTo: [acme.id])
            try await fixture.services.rates.set(
                "60",
                on: .init(path: "acme", person: "ana"),
                currency: nil,
                as: fixture.owner
            )
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 11:00")
            var input = EntryInput(target: "acme", from: "2026-11-03 09:00", to: "2026-11-03 09:30", memo: "")
            input.allowsOverlap = true
            _ = try await fixture.services.entries.add(input, as: ana)
            let summary = try await fixture.services.summaries.summary(
                .range(from: Self.november.lowerBound, to: Self.november.upperBound),
                by: .client,
                as: fixture.owner
            )
            #expect(summary.summary.lines.first?.amount?.minorUnits == 12_000)
            let draft = try await fixture.services.invoices.draft(
                client: "acme",
                period: Self.november,
                as: fixture.owner
            )
            #expect(draft.invoice.lines.map(\.description) == ["Acme Realty", "Acme Realty — Ana Silva"])
            #expect(draft.totals.gross == 12_000)
        }
    }
}
