import AtriumCore
import Testing

/// The task level of billing: a task's rate first in the chain, lines per task, summaries charging
/// a task's time at its rate.
@Suite struct TaskRateTests {
    static let workspace = ID<Workspace>()
    static let person = ID<Person>()
    static let created = utc(2026, 1, 1)
    static let acme = Client(
        workspaceID: workspace,
        name: "Acme",
        zone: .utc,
        language: .english,
        currency: currency("AUD"),
        rate: money(4500, "AUD"),
        rounding: .none,
        createdAt: created
    )
    static let listings = Project(
        workspaceID: workspace,
        clientID: acme.id,
        name: "Listings",
        rate: money(5500, "AUD"),
        createdAt: created
    )
    static let close = WorkTask(
        workspaceID: workspace,
        clientID: acme.id,
        name: "Monthly close",
        rate: money(7000, "AUD"),
        createdAt: created
    )
    static let photos = WorkTask(
        workspaceID: workspace,
        clientID: acme.id,
        projectID: listings.id,
        name: "Photo edits",
        createdAt: created
    )

    static func entry(_ minutes: Int64, number: Int, project: Project? = nil, task: WorkTask? = nil) -> TimeEntry {
        let start = utc(2026, 11, 2, 9).adding(seconds: Int64(number) * 7200)
        return TimeEntry(
            workspaceID: workspace,
            number: number,
            personID: person,
            clientID: acme.id,
            projectID: project?.id,
            taskID: task?.id,
            start: start,
            end: start.adding(seconds: minutes * 60),
            source: .manual,
            createdAt: start
        )
    }

    @Test(
        "The chain: task, then project, then person, then client, then workspace default",
        arguments: [
            (true, true, true, 7000), (false, true, true, 5500), (false, false, true, 6000),
            (false, false, false, 4500),
        ] as [(Bool, Bool, Bool, Int64)]
    )
    func chain(taskRate: Bool, projectRate: Bool, personRate: Bool, expected: Int64) {
        var task = Self.close
        if !taskRate { task.rate = nil }
        var project = Self.listings
        if !projectRate { project.rate = nil }
        let card = RateCard(
            workspaceDefault: money(3000, "AUD"),
            personRates: personRate
                ? [PersonRate(clientID: Self.acme.id, personID: Self.person, rate: money(6000, "AUD"))] : []
        )
        #expect(
            card.hourlyRate(client: Self.acme, project: project, task: task, person: Self.person)
                == money(expected, "AUD")
        )
    }

    @Test("A task's rate must be in its client's currency and not negative; its name 1 to 120 characters")
    func validation() throws {
        try Self.close.validate(for: Self.acme)
        var task = Self.close
        task.rate = money(7000, "EUR")
        #expect(throws: InvalidInput.self) { try task.validate(for: Self.acme) }
        task.rate = money(-1, "AUD")
        #expect(throws: InvalidInput.self) { try task.validate(for: Self.acme) }
        task.rate = nil
        task.name = "  "
        #expect(throws: InvalidInput("a task name has 1 to 120 characters", field: "name")) {
            try task.validate(for: Self.acme)
        }
    }

    @Test("Time on a task with a rate gets a line of its own at that rate, named after the task")
    func taskLines() throws {
        let builder = InvoiceDraftBuilder(
            client: Self.acme,
            projects: [Self.listings.id: Self.listings],
            tasks: [Self.close.id: Self.close, Self.photos.id: Self.photos],
            rates: RateCard(workspaceDefault: nil)
        )
        let draft = try builder.draft([
            Self.entry(60, number: 1, task: Self.close),
            Self.entry(30, number: 2),
            Self.entry(60, number: 3, project: Self.listings, task: Self.photos),
            Self.entry(60, number: 4, project: Self.listings),
            Self.entry(30, number: 5, task: Self.close),
        ])
        // Photo edits has no rate of its own: its time joins the Listings line, at the project's rate.
        #expect(draft.lines.map(\.description) == ["Monthly close", "Acme", "Listings"])
        #expect(draft.lines.map(\.quantity) == [5400, 1800, 7200])
        #expect(draft.lines.map(\.amount.minorUnits) == [10_500, 2250, 11_000])
    }

    @Test("A client whose lines are per task gets one per task and rate; time without a task, per project")
    func perTaskLines() throws {
        var acme = Self.acme
        acme.timeLines = .task
        let builder = InvoiceDraftBuilder(
            client: acme,
            projects: [Self.listings.id: Self.listings],
            tasks: [Self.close.id: Self.close, Self.photos.id: Self.photos],
            rates: RateCard(workspaceDefault: nil)
        )
        let draft = try builder.draft([
            Self.entry(60, number: 1, project: Self.listings, task: Self.photos),
            Self.entry(60, number: 2, project: Self.listings),
            Self.entry(30, number: 3, task: Self.close),
        ])
        #expect(draft.lines.map(\.description) == ["Listings: Photo edits", "Listings", "Monthly close"])
        #expect(draft.lines.map(\.amount.minorUnits) == [5500, 5500, 3500])
    }

    @Test("A summary charges a task's time at the task's rate, and its totals match the draft's")
    func summary() throws {
        let entries = [
            Self.entry(60, number: 1, task: Self.close),
            Self.entry(30, number: 2),
            Self.entry(60, number: 3, project: Self.listings, task: Self.photos),
        ]
        var builder = SummaryBuilder(
            clients: [Self.acme],
            projects: [Self.listings],
            tasks: [Self.close, Self.photos],
            rates: RateCard(workspaceDefault: nil),
            grouping: .project
        )
        for entry in entries {
            builder.add(EntryTotal(entry: entry, end: try #require(entry.end), rounding: .none))
        }
        let summary = builder.build()
        #expect(summary.lines.map(\.projectName) == ["", "Listings"])
        #expect(summary.lines.map { $0.amount?.minorUnits } == [7000 + 2250, 5500])
        let draft = try InvoiceDraftBuilder(
            client: Self.acme,
            projects: [Self.listings.id: Self.listings],
            tasks: [Self.close.id: Self.close, Self.photos.id: Self.photos],
            rates: RateCard(workspaceDefault: nil)
        ).draft(entries)
        #expect(summary.totals.first?.amount.minorUnits == draft.lines.map(\.amount.minorUnits).reduce(0, +))
    }

    @Test("An entry on a task in a project is in that project: it takes it, or is refused from another")
    func placement() throws {
        let name = { (id: ID<Project>?) in id == Self.listings.id ? "Listings" : "Rentals" }
        var bare = Self.entry(60, number: 1)
        try bare.put(on: Self.photos, projectName: name)
        #expect(bare.projectID == Self.listings.id)
        #expect(bare.taskID == Self.photos.id)
        var loose = Self.entry(60, number: 2, project: Self.listings)
        try loose.put(on: Self.close, projectName: name)
        #expect(loose.projectID == Self.listings.id)
        #expect(loose.taskID == Self.close.id)
        let rentals = Project(
            workspaceID: Self.workspace,
            clientID: Self.acme.id,
            name: "Rentals",
            createdAt: Self.created
        )
        var elsewhere = Self.entry(60, number: 3, project: rentals)
        #expect(
            throws: InvalidInput("the task \"Photo edits\" is in Listings, not in Rentals", field: "--task")
        ) { try elsewhere.put(on: Self.photos, projectName: name) }
        #expect(elsewhere.taskID == nil)
    }
}
