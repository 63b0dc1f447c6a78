import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import GRDB
import Testing

/// A server keeps a workspace's snapshot while its revision stays; every change to what the
/// snapshot holds moves the revision, whichever process makes it.
@Suite struct SnapshotCacheTests {
    @Test func changesMadeThroughAnotherConnectionAreSeen() async throws {
        try await withFixture { fixture in
            let server = fixture.store
            let workspace = fixture.owner.workspaceID
            _ = try await server.snapshot(of: workspace)
            // Another process: its own store on the same file.
            let other = try SQLiteStore.open(at: fixture.directory.file("atrium.sqlite"), connections: .single)
            let services = Services(store: other, now: fixture.clock.reading, passwordCost: 4)
            let acme = try await fixture.client("Acme Realty")
            #expect(try await server.snapshot(of: workspace).clients.map(\.name) == ["Acme Realty"])

            var rename = ClientInput()
            rename.name = "Acme Realty Group"
            _ = try await services.clients.edit("acme", with: rename, as: fixture.owner)
            #expect(try await server.snapshot(of: workspace).clients.map(\.name) == ["Acme Realty Group"])

            _ = try await services.projects.add("acme/Listings", .init(), as: fixture.owner)
            #expect(try await server.snapshot(of: workspace).projects.map(\.name) == ["Listings"])

            var changes = WorkspaceService.Changes()
            changes.name = "Renamed VA"
            _ = try await services.workspaces.edit(changes, as: fixture.owner)
            #expect(try await server.snapshot(of: workspace).workspace.name == "Renamed VA")

            _ = try await services.workspaces.editProfile(.init(zone: try ZoneID("Europe/London")), as: fixture.owner)
            #expect(try await server.snapshot(of: workspace).people.first?.zone.identifier == "Europe/London")

            let member = Person(
                workspaceID: workspace,
                name: "Sam",
                role: .member,
                zone: .utc,
                language: .english,
                createdAt: fixture.clock.now
            )
            try await other.insertPerson(member)
            try await other.setAssignments(of: member.id, to: [acme.id], in: workspace)
            let snapshot = try await server.snapshot(of: workspace)
            #expect(snapshot.people.count == 2)
            #expect(snapshot.assignments[member.id] == [acme.id])
        }
    }

    @Test("A snapshot holds the parts asked for; the kept one gains the parts asked for later")
    func partsAreReadWhenAskedFor() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            let store = fixture.store
            let workspace = fixture.owner.workspaceID
            let lean = try await store.snapshot(of: workspace, including: [])
            #expect(lean.parts == [])
            #expect(lean.clients.map(\.name) == ["Acme Realty"])
            #expect(lean.people.map(\.id) == [fixture.owner.personID])
            let stripped = lean.withoutRates()
            #expect(stripped.parts == [])
            #expect(stripped.clients.map(\.rate) == [nil])

            let withProjects = try await store.snapshot(of: workspace, including: .projects)
            #expect(withProjects.parts == .projects)
            #expect(withProjects.projects.map(\.name) == ["Listings"])
            #expect(try await store.snapshot(of: workspace, including: []).parts == .projects)
            #expect(try await store.snapshot(of: workspace).parts == .all)

            // A change moves the revision: what was kept is dropped, and only what is asked for is read.
            _ = try await fixture.services.projects.add("acme/Newsletter", .init(), as: fixture.owner)
            #expect(try await store.snapshot(of: workspace, including: []).parts == [])
            let again = try await store.snapshot(of: workspace, including: [.projects, .tasks])
            #expect(again.parts == [.projects, .tasks])
            #expect(again.projects.map(\.name) == ["Listings", "Newsletter"])
        }
    }

    @Test func timeEntriesDoNotMoveTheRevision() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let revision = try await Self.revision(fixture)
            try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            _ = try await fixture.services.timer.start(.init(target: "acme"), as: fixture.owner)
            #expect(try await Self.revision(fixture) == revision)
        }
    }

    private static func revision(_ fixture: Fixture) async throws -> Int64? {
        let queue = try DatabaseQueue(path: fixture.directory.file("atrium.sqlite"))
        return try await queue.read { db in try Int64.fetchOne(db, sql: "SELECT revision FROM workspaces") }
    }
}
