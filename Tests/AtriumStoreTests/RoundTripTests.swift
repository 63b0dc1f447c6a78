import AtriumCore
import AtriumStore
import AtriumTestSupport
import Testing

@Suite struct RoundTripTests {
    private func stamp(_ fixture: Fixture) -> AuditStamp {
        AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
    }

    @Test("A workspace and its owner read back as written")
    func workspaceAndPerson() async throws {
        try await withTemporaryDirectory { directory in
            let store = try SQLiteStore.open(at: directory.file("atrium.sqlite"))
            let workspace = Workspace(
                name: "Nguyen VA",
                baseCurrency: try Currency(code: "VND"),
                zone: try ZoneID("Asia/Ho_Chi_Minh"),
                weekStart: .sunday,
                defaultRate: Money(minorUnits: 500_000, currency: try Currency(code: "VND")),
                createdAt: Instant(secondsSinceEpoch: 1_790_000_000)
            )
            let owner = Person(
                workspaceID: workspace.id,
                name: "Lan Nguyen",
                email: "lan@example.com",
                role: .owner,
                zone: workspace.zone,
                language: try LanguageCode("vi"),
                createdAt: workspace.createdAt
            )
            try await store.createWorkspace(
                workspace,
                owner: owner,
                stamp: AuditStamp(actorID: owner.id, at: workspace.createdAt)
            )
            let member = Person(
                workspaceID: workspace.id,
                name: "Minh",
                role: .member,
                zone: try ZoneID("Europe/Sofia"),
                language: try LanguageCode("bg"),
                createdAt: workspace.createdAt.adding(seconds: 1)
            )
            try await store.insertPerson(member)
            #expect(try await store.workspaces() == [workspace])
            #expect(try await store.workspace(workspace.id) == workspace)
            #expect(try await store.people(in: workspace.id) == [owner, member])
        }
    }

    @Test("A client with every profile field, and its contacts, read back as written")
    func client() async throws {
        try await withFixture { fixture in
            let aud = try Currency(code: "AUD")
            let client = Client(
                workspaceID: fixture.owner.workspaceID,
                name: "Acme Realty",
                legalName: "Acme Realty Pty Ltd",
                zone: try ZoneID("Australia/Sydney"),
                language: try LanguageCode("en-AU"),
                currency: aud,
                rate: Money(minorUnits: 4500, currency: aud),
                rounding: .up(minutes: 15),
                status: .onboarding,
                preferredChannel: .slack,
                responseTimeHours: 24,
                reportFrequency: .monthly,
                billingAddress: "14 Elm St, Sydney",
                taxID: "ABN 12 345",
                notes: "Met at the 2026 expo",
                preferences: "Prefers voice notes",
                followUpDays: 14,
                createdAt: fixture.clock.now
            )
            let contact = ClientContact(
                clientID: client.id,
                name: "Jane Doe",
                email: "jane@acme.example",
                phone: "+61 2 5550 1234",
                role: "CEO",
                isPrimary: true
            )
            try await fixture.store.insertClient(client, contacts: [contact], stamp: stamp(fixture))
            #expect(try await fixture.store.clients(in: fixture.owner.workspaceID) == [client])
            #expect(try await fixture.store.contacts(of: client.id, in: fixture.owner.workspaceID) == [contact])
        }
    }

    @Test("A project with rate and budget reads back as written")
    func project() async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let project = Project(
                workspaceID: fixture.owner.workspaceID,
                clientID: client.id,
                name: "Listings",
                rate: Money(minorUnits: 5500, currency: client.currency),
                budget: .hours(20),
                createdAt: fixture.clock.now
            )
            try await fixture.store.insertProject(project, stamp: stamp(fixture))
            #expect(try await fixture.store.projects(in: fixture.owner.workspaceID) == [project])
        }
    }

    @Test("A time entry with project and tags reads back as written, numbered 1")
    func timeEntry() async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let project = Project(
                workspaceID: fixture.owner.workspaceID,
                clientID: client.id,
                name: "Listings",
                createdAt: fixture.clock.now
            )
            try await fixture.store.insertProject(project, stamp: stamp(fixture))
            let entry = TimeEntry(
                workspaceID: fixture.owner.workspaceID,
                personID: fixture.owner.personID,
                clientID: client.id,
                projectID: project.id,
                start: fixture.clock.now.adding(seconds: -5400),
                end: fixture.clock.now.adding(seconds: -1800),
                memo: "Draft listings, \"quoted\" ✓",
                tags: [try TagName("writing"), try TagName("rush")],
                isBillable: false,
                source: .manual,
                createdAt: fixture.clock.now
            )
            let stored = try await fixture.store.insertEntry(entry, stamp: stamp(fixture), readsNeighbours: true) {
                _,
                neighbours in #expect(neighbours.isEmpty)
            }
            #expect(stored.number == 1)
            var expected = entry
            expected.number = 1
            #expect(try await fixture.store.entry(number: 1, in: fixture.owner.workspaceID) == expected)
            #expect(
                try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()) == [expected]
            )
        }
    }

    @Test("Audit records read back in order with their hashes")
    func auditRecords() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let records = try await fixture.store.recentAuditRecords(in: fixture.owner.workspaceID, limit: 10)
            #expect(records.map(\.sequence) == [2, 1])
            #expect(records.map(\.entity.kind) == [.client, .workspace])
            for record in records { #expect(AuditChain.hash(of: record) == record.hash) }
            #expect(records[0].previousHash == records[1].hash)
            let head = try await fixture.store.auditHead(of: fixture.owner.workspaceID)
            #expect(head == AuditHead(sequence: 2, hash: records[0].hash))
        }
    }
}
