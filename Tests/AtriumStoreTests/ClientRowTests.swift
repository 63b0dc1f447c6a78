import AtriumCore
import AtriumStore
import AtriumTestSupport
import Testing

/// Clients and projects are read straight from SQLite's columns (every command reads them all); a
/// value Atrium never writes is reported by table, column and value, not crashed on or guessed at.
@Suite struct ClientRowTests {
    @Test(
        "A damaged client column is named when clients are read",
        arguments: [
            ("currency = 'ZZ9'", "currency", "ZZ9"),
            ("status = 'gone'", "status", "gone"),
            ("rounding_mode = 'sideways'", "rounding_mode", "sideways"),
            ("preferred_channel = 'pigeon'", "preferred_channel", "pigeon"),
            ("report_frequency = 'hourly'", "report_frequency", "hourly"),
            ("id = 'not-an-id'", "id", "not-an-id"),
        ]
    )
    func damagedClient(change: String, column: String, value: String) async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let workspace = fixture.owner.workspaceID
            #expect(try await fixture.store.clients(in: workspace) == [client])

            try fixture.damage("UPDATE clients SET \(change)")
            await #expect(throws: StoreError.corruptValue(table: "clients", column: column, value: value)) {
                _ = try await fixture.store.clients(in: workspace)
            }
        }
    }

    @Test(
        "A damaged project column, or its client's currency, is named when projects are read",
        arguments: [
            ("UPDATE projects SET id = 'x'", "projects", "id", "x"),
            ("UPDATE clients SET currency = 'ZZ9'", "clients", "currency", "ZZ9"),
        ]
    )
    func damagedProject(change: String, table: String, column: String, value: String) async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let workspace = fixture.owner.workspaceID
            let project = Project(
                workspaceID: workspace,
                clientID: client.id,
                name: "Listings",
                createdAt: fixture.clock.now
            )
            try await fixture.store.insertProject(
                project,
                stamp: AuditStamp(actorID: fixture.owner.personID, at: fixture.clock.now)
            )
            #expect(try await fixture.store.projects(in: workspace) == [project])

            try fixture.damage(change)
            await #expect(throws: StoreError.corruptValue(table: table, column: column, value: value)) {
                _ = try await fixture.store.projects(in: workspace)
            }
        }
    }

    @Test("A client's unset optional columns read back as unset")
    func unsetColumns() async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            #expect(client.rate != nil)
            try fixture.damage("UPDATE clients SET rate_minor = NULL, follow_up_days = NULL")
            let read = try #require(try await fixture.store.clients(in: fixture.owner.workspaceID).first)
            #expect(read.rate == nil)
            #expect(read.followUpDays == nil)
            #expect(read.name == client.name)
        }
    }
}
