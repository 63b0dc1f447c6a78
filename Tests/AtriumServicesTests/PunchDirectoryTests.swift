import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Synchronization
import Testing

/// A punch reads the workspace's people and clients only, and the projects or tasks when it names
/// one or shows an entry that has one: what it shows is the same as with the whole directory.
@Suite struct PunchDirectoryTests {
    @Test("Projects and tasks are named in what start, stop, status and cancel show")
    func projectsAndTasksAreNamed() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            _ = try await fixture.services.tasks.add(
                "Photos",
                client: "acme",
                project: "Listings",
                .init(),
                as: fixture.owner
            )
            let timer = fixture.services.timer

            let started = try await timer.start(.init(target: "acme/list"), as: fixture.owner)
            #expect(started.started?.projectName == "Listings")
            fixture.clock.advance(seconds: 600)
            // A start on a client alone stops the project's timer and names its project.
            let switched = try await timer.start(.init(target: "bloom"), as: fixture.owner)
            #expect(switched.stopped?.projectName == "Listings")
            #expect(switched.started?.projectName == "")

            fixture.clock.advance(seconds: 600)
            var onTask = TimerService.Start(target: "acme")
            onTask.task = "photos"
            let tasked = try await timer.start(onTask, as: fixture.owner)
            #expect(tasked.started?.taskName == "Photos")
            #expect(tasked.started?.projectName == "Listings")
            #expect(tasked.stopped?.clientName == "Bloom & Co")

            let status = try await timer.status(as: fixture.owner)
            #expect(status.running?.taskName == "Photos")
            #expect(status.running?.projectName == "Listings")
            #expect(try await timer.running(as: fixture.owner)?.projectName == "Listings")

            fixture.clock.advance(seconds: 600)
            let stopped = try await timer.stop(at: nil, memo: nil, force: false, as: fixture.owner)
            #expect(stopped.stopped?.taskName == "Photos")
            #expect(stopped.stopped?.projectName == "Listings")

            _ = try await timer.start(.init(target: "acme/listings"), as: fixture.owner)
            let cancelled = try await timer.cancel(as: fixture.owner)
            #expect(cancelled.projectName == "Listings")
        }
    }

    @Test("A punch on a client reads neither projects nor tasks; one on a project reads the projects only")
    func punchesReadWhatTheyName() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            let workspace = fixture.owner.workspaceID
            // A command's own store, which has kept no snapshot yet (the fixture's has every part).
            let punches = { (work: @Sendable (TimerService) async throws -> Void) async throws -> SnapshotParts in
                let store = try SQLiteStore.open(at: fixture.directory.file("atrium.sqlite"), connections: .single)
                try await work(Services(store: store, now: fixture.clock.reading).timer)
                return try await store.snapshot(of: workspace, including: []).parts
            }
            let owner = fixture.owner
            #expect(try await punches { timer in _ = try await timer.start(.init(target: "acme"), as: owner) } == [])
            #expect(try await punches { timer in _ = try await timer.status(as: owner) } == [])
            #expect(
                try await punches { timer in _ = try await timer.stop(at: nil, memo: nil, force: false, as: owner) }
                    == []
            )
            #expect(
                try await punches { timer in _ = try await timer.start(.init(target: "acme/listings"), as: owner) }
                    == .projects
            )
            // Stopping it reads the projects to name its project.
            let named = Mutex("")
            let read = try await punches { timer in
                let stopped = try await timer.stop(at: nil, memo: nil, force: false, as: owner)
                named.withLock { $0 = stopped.stopped?.projectName ?? "" }
            }
            #expect(read == .projects)
            #expect(named.withLock { $0 } == "Listings")
        }
    }

    @Test("A project or task named wrongly in a punch is refused with the candidates")
    func unknownProjectOrTask() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            await #expect(
                throws: LookupError.unknown(kind: "project of Acme Realty", query: "zeta", candidates: ["Listings"])
            ) {
                _ = try await fixture.services.timer.start(.init(target: "acme/zeta"), as: fixture.owner)
            }
            var onTask = TimerService.Start(target: "acme")
            onTask.task = "zeta"
            await #expect(throws: LookupError.self) {
                _ = try await fixture.services.timer.start(onTask, as: fixture.owner)
            }
        }
    }

    @Test("A member punches only on the clients they are assigned to")
    func memberSeesOnlyAssignedClients() async throws {
        try await withFixture { fixture in
            let acme = try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            let caller = try await fixture.member(assignedTo: [acme.id])
            let started = try await fixture.services.timer.start(.init(target: "acme"), as: caller)
            #expect(started.started?.clientName == "Acme Realty")
            await #expect(
                throws: LookupError.unknown(kind: "client", query: "bloom", candidates: ["Acme Realty"])
            ) {
                _ = try await fixture.services.timer.start(.init(target: "bloom"), as: caller)
            }
        }
    }
}
