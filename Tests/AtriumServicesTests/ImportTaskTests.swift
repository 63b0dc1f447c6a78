import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// The Task column of Toggl, Clockify, Harvest and Kimai files: the client's tasks, matched by name
/// or created, instead of a word of the memo.
@Suite struct ImportTaskTests {
    static let header =
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\n"

    static let file =
        header + """
            Maria,,Acme,Website,Design,Hero banner,Yes,2026-11-02,09:00:00,2026-11-02,10:00:00,01:00:00,
            Maria,,Acme,Website,design,Footer,Yes,2026-11-03,09:00:00,2026-11-03,10:00:00,01:00:00,
            Maria,,Acme,App,Design,Icons,Yes,2026-11-04,09:00:00,2026-11-04,10:00:00,01:00:00,
            Maria,,Acme,App,Build,Login,Yes,2026-11-05,09:00:00,2026-11-05,10:00:00,01:00:00,
            Maria,,Bloom,,Calls,,Yes,2026-11-05,11:00:00,2026-11-05,12:00:00,01:00:00,
            Maria,,Acme,Website,,Copy,Yes,2026-11-06,09:00:00,2026-11-06,10:00:00,01:00:00,

            """

    private func request(_ text: String) -> ImportService.Request {
        ImportService.Request(format: .toggl, bytes: Array(text.utf8))
    }

    @Test("Tasks of the file become the client's; a name in two projects becomes the whole client's; again adds none")
    func tasksAreMatchedOrCreated() async throws {
        try await withFixture { fixture in
            let workspace = fixture.owner.workspaceID
            let report = try await fixture.services.imports.run(request(Self.file), as: fixture.owner)
            #expect(report.committed)
            #expect(report.created == 6)
            #expect(report.newTasks == ["Acme/Design", "Acme/Build", "Bloom/Calls"])
            #expect(report.notes.isEmpty)

            let projects = try await fixture.store.projects(in: workspace)
            let app = try #require(projects.first { $0.name == "App" })
            let tasks = Dictionary(
                uniqueKeysWithValues: try await fixture.store.tasks(in: workspace).map { ($0.name, $0) }
            )
            #expect(tasks.count == 3)
            #expect(tasks["Design"]?.projectID == nil, "met in Website and in App: the client's")
            #expect(tasks["Build"]?.projectID == app.id, "met in App only: stays in App")
            #expect(tasks["Calls"]?.projectID == nil)

            let entries = try await fixture.store.entries(in: workspace, matching: EntryQuery())
            func entry(_ memo: String) throws -> TimeEntry { try #require(entries.first { $0.memo == memo }) }
            #expect(try entry("Hero banner").taskID == tasks["Design"]?.id)
            #expect(try entry("Footer").taskID == tasks["Design"]?.id, "matched case aside")
            #expect(try entry("Icons").taskID == tasks["Design"]?.id)
            #expect(try entry("Login").taskID == tasks["Build"]?.id)
            #expect(try entry("").taskID == tasks["Calls"]?.id, "the task is no longer copied into the memo")
            #expect(try entry("Copy").taskID == nil)

            let again = try await fixture.services.imports.run(request(Self.file), as: fixture.owner)
            #expect(again.created == 0)
            #expect(again.alreadyImported == 6)
            #expect(again.newTasks.isEmpty)
            #expect(try await fixture.store.tasks(in: workspace).count == 3)
            #expect(try await fixture.auditProblem() == nil)
        }
    }

    @Test("A task the workspace has in another project, or a name no task can have, stays in the memo with a note")
    func tasksThatCannotBeKept() async throws {
        try await withFixture { fixture in
            let workspace = fixture.owner.workspaceID
            _ = try await fixture.services.imports.run(request(Self.file), as: fixture.owner)
            let long = String(repeating: "x", count: 121)
            let second =
                Self.header + """
                    Maria,,Acme,Website,Build,Nav bar,Yes,2026-11-09,09:00:00,2026-11-09,10:00:00,01:00:00,
                    Maria,,Acme,Website,Build,Menu,Yes,2026-11-10,09:00:00,2026-11-10,10:00:00,01:00:00,
                    Maria,,Acme,,Build,Misc,Yes,2026-11-11,09:00:00,2026-11-11,10:00:00,01:00:00,
                    Maria,,Bloom,,\(long),Research,Yes,2026-11-11,11:00:00,2026-11-11,12:00:00,01:00:00,

                    """
            let report = try await fixture.services.imports.run(request(second), as: fixture.owner)
            #expect(report.created == 4)
            #expect(report.newTasks.isEmpty)
            #expect(
                report.notes == [
                    "line 2: the task \"Build\" is kept in the memo: Acme has a task of that name in App",
                    "line 5: the task \"\(long)\" is kept in the memo: a task name has 1 to 120 characters",
                ],
                "one note per client and task"
            )
            let entries = try await fixture.store.entries(in: workspace, matching: EntryQuery())
            let app = try #require(try await fixture.store.projects(in: workspace).first { $0.name == "App" })
            #expect(entries.first { $0.memo == "Build: Nav bar" }?.taskID == nil)
            #expect(entries.contains { $0.memo == "Build: Menu" })
            let misc = try #require(entries.first { $0.memo == "Misc" }, "an entry without a project takes the task's")
            #expect(misc.taskID != nil)
            #expect(misc.projectID == app.id)
            #expect(entries.contains { $0.memo == "\(long): Research" && $0.taskID == nil })
        }
    }

    @Test("A task name kept in front of the memo may not take it past the longest memo: a bad row")
    func taskInMemoTooLong() async throws {
        try await withFixture { fixture in
            let task = String(repeating: "x", count: 121)
            let memo = String(repeating: "m", count: TimeEntry.longestMemo - 120)
            let text =
                Self.header + "Maria,,Bloom,,\(task),\(memo),Yes,2026-11-11,11:00:00,2026-11-11,12:00:00,01:00:00,\n"
            let report = try await fixture.services.imports.run(request(text), as: fixture.owner)
            #expect(report.refused)
            #expect(
                report.problems.map(\.description) == ["line 2: a memo has at most 5000 characters; this one has 5003"]
            )
        }
    }

    @Test("Clients, projects and tasks whose names read the same (case, accents, spaces) are one; a NUL is a bad row")
    func namesThatReadTheSame() async throws {
        try await withFixture { fixture in
            let workspace = fixture.owner.workspaceID
            let file =
                Self.header + """
                    Maria,,Acme,Web,Design,One,Yes,2026-11-02,09:00:00,2026-11-02,10:00:00,01:00:00,
                    Maria,,ACME,web,Désign,Two,Yes,2026-11-03,09:00:00,2026-11-03,10:00:00,01:00:00,
                    Maria,,Acme,Web,Design Review,Three,Yes,2026-11-04,09:00:00,2026-11-04,10:00:00,01:00:00,
                    Maria,,Ácme,Web,design  review,Four,Yes,2026-11-05,09:00:00,2026-11-05,10:00:00,01:00:00,
                    Maria,,Acme,Web,Design,Fi\u{0}ve,Yes,2026-11-06,09:00:00,2026-11-06,10:00:00,01:00:00,

                    """
            let refused = try await fixture.services.imports.run(request(file), as: fixture.owner)
            #expect(refused.refused)
            #expect(
                refused.problems.map(\.description) == [
                    "line 6: the memo holds a NUL character (U+0000), which cannot be stored"
                ]
            )
            var skipping = request(file)
            skipping.skipBadRows = true
            let report = try await fixture.services.imports.run(skipping, as: fixture.owner)
            #expect(report.created == 4)
            #expect(report.newClients == ["Acme"])
            #expect(report.newProjects == ["Acme/Web"])
            #expect(report.newTasks == ["Acme/Design", "Acme/Design Review"])
            #expect(try await fixture.store.tasks(in: workspace).count == 2)
            #expect(try await fixture.auditProblem() == nil)
        }
    }

    @Test("A dry run lists the tasks it would make and makes none")
    func dryRun() async throws {
        try await withFixture { fixture in
            var request = request(Self.file)
            request.dryRun = true
            let report = try await fixture.services.imports.run(request, as: fixture.owner)
            #expect(!report.committed)
            #expect(report.newTasks == ["Acme/Design", "Acme/Build", "Bloom/Calls"])
            #expect(try await fixture.store.tasks(in: fixture.owner.workspaceID).isEmpty)
        }
    }
}
