import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Tasks through the services: summaries from every source agree on a task's rate; members see
/// tasks without money; rate changes are audited.
@Suite struct TaskServiceTests {
    static let november = PeriodChoice.range(
        from: LocalDate(year: 2026, month: 11, day: 1)!,
        to: LocalDate(year: 2026, month: 11, day: 30)!
    )

    /// Acme (AUD 45) with the task Monthly close (AUD 70), an hour on it and an hour without it.
    static func tracked(_ fixture: Fixture) async throws -> Client {
        let acme = try await fixture.client("Acme Realty")
        _ = try await fixture.services.tasks.add(
            "Monthly close",
            client: "acme",
            project: nil,
            .init(rate: "70"),
            as: fixture.owner
        )
        var onTask = EntryInput(
            target: "acme",
            date: "2026-11-20",
            from: "09:00",
            to: "10:00",
            tags: [TagName.imported("close")!]
        )
        onTask.task = "monthly"
        _ = try await fixture.services.entries.add(onTask, as: fixture.owner)
        try await fixture.entry("acme", from: "2026-11-20 11:00", to: "2026-11-20 12:00")
        return acme
    }

    func amount(_ fixture: Fixture, _ period: PeriodChoice, by grouping: SummaryGrouping, as caller: Caller)
        async throws -> Int64?
    {
        try await fixture.services.summaries.summary(period, by: grouping, as: caller).summary.totals.first?.amount
            .minorUnits
    }

    @Test("A task's rate prices its time alike from the kept day totals, all time, the entries by tag, and a scan")
    func everySource() async throws {
        try await withFixture { fixture in
            let acme = try await Self.tracked(fixture)
            let owner = fixture.owner
            #expect(try await amount(fixture, Self.november, by: .client, as: owner) == 11_500)
            #expect(try await amount(fixture, .all, by: .client, as: owner) == 11_500)
            #expect(try await amount(fixture, Self.november, by: .tag, as: owner) == 11_500)
            #expect(try await amount(fixture, Self.november, by: .project, as: owner) == 11_500)
            // Someone in another zone: the period is read by scanning its entries (see SummaryServiceTests).
            _ = try await fixture.member("Ana Silva", assignedTo: [acme.id])
            #expect(try await amount(fixture, Self.november, by: .client, as: owner) == 11_500)
        }
    }

    @Test("A task given by id is that task, even archived next to an active one its name is a prefix of")
    func byID() async throws {
        try await withFixture { fixture in
            _ = try await fixture.client("Acme Realty")
            let tasks = fixture.services.tasks
            let close = try await tasks.add("Close", client: "acme", project: nil, .init(), as: fixture.owner)
            _ = try await tasks.add("Close books", client: "acme", project: nil, .init(), as: fixture.owner)
            var archive = TaskService.Input()
            archive.archived = true
            _ = try await tasks.edit(close.task.id, archive, as: fixture.owner)
            // By name, "close" now means the active Close books; by id it is still Close.
            var restore = TaskService.Input(rate: "60")
            restore.archived = false
            let restored = try await tasks.edit(close.task.id, restore, as: fixture.owner)
            #expect(restored.task.name == "Close")
            #expect(!restored.task.isArchived)
            let books = try await tasks.list(client: "acme", includeArchived: true, as: fixture.owner)
                .first { $0.task.name == "Close books" }
            #expect(books?.task.rate == nil)
        }
    }

    @Test("Members see their clients' tasks without rates and cannot add or edit them; rate changes are audited")
    func membersAndAudit() async throws {
        try await withFixture { fixture in
            let acme = try await Self.tracked(fixture)
            let ana = try await fixture.member("Ana Silva", assignedTo: [acme.id])
            let seen = try await fixture.services.tasks.list(client: nil, includeArchived: false, as: ana)
            #expect(seen.map(\.task.name) == ["Monthly close"])
            #expect(seen.first?.task.rate == nil)
            await #expect(throws: ServiceError.self) {
                _ = try await fixture.services.tasks.add("Mine", client: "acme", project: nil, .init(), as: ana)
            }
            await #expect(throws: ServiceError.self) {
                _ = try await fixture.services.tasks.edit("monthly", client: "acme", .init(rate: "1"), as: ana)
            }
            _ = try await fixture.services.tasks.edit("monthly", client: "acme", .init(rate: "80"), as: fixture.owner)
            let recent = try await fixture.services.audit.recent(limit: 3, as: fixture.owner)
            #expect(recent.first?.action == .rateChanged)
            #expect(recent.first?.entity.kind == .task)
            #expect(recent.first?.after?.contains("80.00") == true)
            let report = try await fixture.services.audit.verify(as: fixture.owner)
            guard case .intact = report.verification else {
                Issue.record("the chain should verify: \(report.verification)")
                return
            }
        }
    }
}
