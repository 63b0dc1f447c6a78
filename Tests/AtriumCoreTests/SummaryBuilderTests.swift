import AtriumCore
import Testing

@Suite struct SummaryBuilderTests {
    static let workspace = ID<Workspace>()
    static let person = ID<Person>()
    static let created = utc(2026, 1, 1)

    static func makeClient(_ name: String, _ code: String, rate: Int64? = nil) -> Client {
        Client(
            workspaceID: workspace,
            name: name,
            zone: .utc,
            language: .english,
            currency: currency(code),
            rate: rate.map { money($0, code) },
            rounding: .up(minutes: 15),
            createdAt: created
        )
    }

    static func makeProject(_ name: String, of client: Client, rate: Int64? = nil) -> Project {
        Project(
            workspaceID: workspace,
            clientID: client.id,
            name: name,
            rate: rate.map { money($0, client.currency.code) },
            createdAt: created
        )
    }

    /// USD 45.00/h; its Website project 60.00/h, its Blog project no rate of its own.
    static let acme = makeClient("Acme Realty", "USD", rate: 4500)
    static let website = makeProject("Website", of: acme, rate: 6000)
    static let blog = makeProject("Blog", of: acme)
    /// USD, no rate: the workspace default of 30.00/h applies.
    static let beta = makeClient("beta Books", "USD")
    /// JPY 5000/h.
    static let tokyo = makeClient("Tokyo Trading", "JPY", rate: 5000)
    /// BHD, no rate, and the workspace default is in USD: unpriced, except its Port project at 20.000/h.
    static let manama = makeClient("Manama Ventures", "BHD")
    static let port = makeProject("Port", of: manama, rate: 20_000)

    static func builder(_ grouping: SummaryGrouping) -> SummaryBuilder {
        SummaryBuilder(
            clients: [acme, beta, tokyo, manama],
            projects: [website, blog, port],
            rates: RateCard(workspaceDefault: money(3000, "USD")),
            grouping: grouping
        )
    }

    static func total(
        _ client: Client,
        _ project: Project? = nil,
        raw: Int64,
        rounded: Int64? = nil,
        billable: Bool = true,
        count: Int64 = 1
    ) -> EntryTotal {
        EntryTotal(
            clientID: client.id,
            projectID: project?.id,
            personID: person,
            isBillable: billable,
            entryCount: count,
            rawSeconds: raw,
            roundedSeconds: rounded ?? raw
        )
    }

    /// A week of work across three currencies, one of them unpriced.
    static let week: [EntryTotal] = [
        total(acme, website, raw: 3600, count: 2),
        total(acme, blog, raw: 1800),
        total(acme, raw: 900),
        total(beta, raw: 5400, count: 3),
        total(tokyo, raw: 4800),
        total(manama, raw: 3600),
    ]

    static func summary(_ grouping: SummaryGrouping, _ totals: [EntryTotal]) -> Summary {
        var builder = builder(grouping)
        for total in totals { builder.add(total) }
        return builder.build()
    }

    static func line(
        _ client: Client,
        _ project: Project? = nil,
        count: Int64,
        raw: Int64,
        billable: Int64,
        amount: Int64?
    ) -> SummaryLine {
        SummaryLine(
            clientID: client.id,
            clientName: client.name,
            projectID: project?.id,
            projectName: project?.name ?? "",
            currency: client.currency,
            entryCount: count,
            rawSeconds: raw,
            billableSeconds: billable,
            amount: amount.map { money($0, client.currency.code) }
        )
    }

    // MARK: Grouping

    @Test("By project, each project and each client's work without a project is a line, sorted by names")
    func byProject() {
        let summary = Self.summary(.project, Self.week)
        #expect(summary.grouping == .project)
        #expect(
            summary.lines == [
                Self.line(Self.acme, count: 1, raw: 900, billable: 900, amount: 1125),  // 0.25 h × 45.00
                Self.line(Self.acme, Self.blog, count: 1, raw: 1800, billable: 1800, amount: 2250),  // client rate
                Self.line(Self.acme, Self.website, count: 2, raw: 3600, billable: 3600, amount: 6000),  // project rate
                Self.line(Self.beta, count: 3, raw: 5400, billable: 5400, amount: 4500),  // workspace default
                Self.line(Self.manama, count: 1, raw: 3600, billable: 3600, amount: nil),  // no rate in BHD
                Self.line(Self.tokyo, count: 1, raw: 4800, billable: 4800, amount: 6667),  // 6666.67 yen
            ]
        )
    }

    @Test("By client, a client's projects are summed into one line")
    func byClient() {
        let summary = Self.summary(.client, Self.week)
        #expect(summary.grouping == .client)
        #expect(
            summary.lines == [
                Self.line(Self.acme, count: 4, raw: 6300, billable: 6300, amount: 9375),
                Self.line(Self.beta, count: 3, raw: 5400, billable: 5400, amount: 4500),
                Self.line(Self.manama, count: 1, raw: 3600, billable: 3600, amount: nil),
                Self.line(Self.tokyo, count: 1, raw: 4800, billable: 4800, amount: 6667),
            ]
        )
    }

    @Test("Totals are kept per currency and flag unpriced time", arguments: [SummaryGrouping.client, .project])
    func totals(grouping: SummaryGrouping) {
        let summary = Self.summary(grouping, Self.week)
        #expect(
            summary.totals == [
                SummaryCurrencyTotal(
                    currency: currency("BHD"),
                    rawSeconds: 3600,
                    billableSeconds: 3600,
                    amount: money(0, "BHD"),
                    hasUnpricedTime: true
                ),
                SummaryCurrencyTotal(
                    currency: currency("JPY"),
                    rawSeconds: 4800,
                    billableSeconds: 4800,
                    amount: money(6667, "JPY"),
                    hasUnpricedTime: false
                ),
                SummaryCurrencyTotal(
                    currency: currency("USD"),
                    rawSeconds: 11_700,
                    billableSeconds: 11_700,
                    amount: money(13_875, "USD"),
                    hasUnpricedTime: false
                ),
            ]
        )
    }

    @Test("Nothing added gives no lines and no totals")
    func empty() {
        let summary = Self.summary(.client, [])
        #expect(summary.lines.isEmpty)
        #expect(summary.totals.isEmpty)
    }

    @Test("Totals for clients the builder does not know are ignored")
    func unknownClient() {
        let stranger = Self.makeClient("Stranger", "USD", rate: 10_000)
        let summary = Self.summary(.client, [Self.total(stranger, raw: 3600), Self.total(Self.beta, raw: 3600)])
        #expect(summary.lines.map(\.clientName) == ["beta Books"])
        #expect(summary.totals.map(\.amount) == [money(3000, "USD")])
    }

    // MARK: Charging

    @Test("A project's time is charged once, not entry by entry")
    func chargedOncePerProject() {
        // 20 s at 60.00/h is 33.3 cents; twice that, charged together, is 66.7 cents.
        let summary = Self.summary(
            .project,
            [Self.total(Self.acme, Self.website, raw: 20), Self.total(Self.acme, Self.website, raw: 20)]
        )
        #expect(summary.lines.map(\.amount) == [money(67, "USD")])
        #expect(summary.lines.map(\.entryCount) == [2])
    }

    @Test("A client's amount is the sum of its projects' amounts")
    func clientAmountIsSumOfProjects() throws {
        let totals = [
            Self.total(Self.acme, Self.website, raw: 20),
            Self.total(Self.acme, Self.website, raw: 20),
            Self.total(Self.acme, Self.blog, raw: 10),  // 12.5 cents at 45.00/h
        ]
        let byProject = Self.summary(.project, totals)
        let byClient = Self.summary(.client, totals)
        #expect(byProject.lines.map(\.amount) == [money(13, "USD"), money(67, "USD")])
        let line = try #require(byClient.lines.first)
        #expect(byClient.lines.count == 1)
        #expect(line.amount == money(80, "USD"))
        #expect(byClient.totals == byProject.totals)
    }

    @Test("Rounding is taken from the entry totals, not applied again")
    func roundingFromEntryTotals() throws {
        let start = utc(2026, 11, 20, 9, 0)
        let totals = [7, 1, 1].map { (minutes: Int64) in
            let entry = TimeEntry(
                workspaceID: Self.workspace,
                personID: Self.person,
                clientID: Self.acme.id,
                start: start,
                source: .manual,
                createdAt: start
            )
            return EntryTotal(entry: entry, end: start.adding(seconds: minutes * 60), rounding: Self.acme.rounding)
        }
        let line = try #require(Self.summary(.client, totals).lines.first)
        #expect(line.rawSeconds == 540)
        #expect(line.billableSeconds == 2700)  // three entries each rounded up to 15 minutes
        #expect(line.amount == money(3375, "USD"))  // 0.75 h × 45.00
    }

    @Test("Non-billable time counts as tracked but is neither billable nor charged")
    func nonBillable() throws {
        let summary = Self.summary(
            .client,
            [Self.total(Self.acme, raw: 3600, billable: false), Self.total(Self.acme, raw: 1800)]
        )
        #expect(summary.lines == [Self.line(Self.acme, count: 2, raw: 5400, billable: 1800, amount: 2250)])
        let total = try #require(summary.totals.first)
        #expect(total.rawSeconds == 5400)
        #expect(total.billableSeconds == 1800)
    }

    @Test("Non-billable time without a rate is not unpriced")
    func nonBillableUnpriced() throws {
        let summary = Self.summary(.client, [Self.total(Self.manama, raw: 3600, billable: false)])
        #expect(summary.lines.map(\.amount) == [money(0, "BHD")])
        let total = try #require(summary.totals.first)
        #expect(!total.hasUnpricedTime)
    }

    @Test("A line with some unpriced time has no amount, by project and by client")
    func partlyUnpriced() throws {
        let totals = [Self.total(Self.manama, Self.port, raw: 3600), Self.total(Self.manama, raw: 1800)]
        let byProject = Self.summary(.project, totals)
        #expect(byProject.lines.map(\.amount) == [nil, money(20_000, "BHD")])
        let byClient = Self.summary(.client, totals)
        #expect(byClient.lines.map(\.amount) == [nil])
    }

    @Test(
        "The currency totals are the same whichever the grouping, priced time included",
        arguments: [[0, 1], [1, 0]]
    )
    func totalsAgreeAcrossGroupings(order: [Int]) throws {
        let work = [Self.total(Self.manama, Self.port, raw: 3600), Self.total(Self.manama, raw: 1800)]
        let totals = order.map { work[$0] }
        let byProject = Self.summary(.project, totals)
        let byClient = Self.summary(.client, totals)
        let expected = SummaryCurrencyTotal(
            currency: currency("BHD"),
            rawSeconds: 5400,
            billableSeconds: 5400,
            amount: money(20_000, "BHD"),
            hasUnpricedTime: true
        )
        #expect(byProject.totals == [expected])
        #expect(byClient.totals == [expected])
    }

    @Test("Lines sort by client name, then project name, ignoring case")
    func sorting() {
        let summary = Self.summary(
            .project,
            [
                Self.total(Self.tokyo, raw: 60), Self.total(Self.beta, raw: 60),
                Self.total(Self.acme, Self.website, raw: 60),
                Self.total(Self.acme, Self.blog, raw: 60),
            ]
        )
        #expect(summary.lines.map(\.clientName) == ["Acme Realty", "Acme Realty", "beta Books", "Tokyo Trading"])
        #expect(summary.lines.map(\.projectName) == ["Blog", "Website", "", ""])
    }

    // MARK: Entry totals

    @Test("An entry's total carries its raw and rounded seconds and billability")
    func entryTotal() {
        let start = utc(2026, 11, 20, 9, 0)
        let project = ID<Project>()
        let entry = TimeEntry(
            workspaceID: Self.workspace,
            personID: Self.person,
            clientID: Self.acme.id,
            projectID: project,
            start: start,
            isBillable: false,
            source: .timer,
            createdAt: start
        )
        let total = EntryTotal(entry: entry, end: start.adding(seconds: 420), rounding: .up(minutes: 15))
        #expect(
            total
                == EntryTotal(
                    clientID: Self.acme.id,
                    projectID: project,
                    personID: Self.person,
                    isBillable: false,
                    entryCount: 1,
                    rawSeconds: 420,
                    roundedSeconds: 900
                )
        )
    }

    @Test("A client rounding per line has each project's summed raw billable time rounded once")
    func roundingPerLine() {
        var client = Self.acme
        client.roundingScope = .line
        var builder = SummaryBuilder(
            clients: [client],
            projects: [Self.website],
            rates: RateCard(workspaceDefault: nil),
            grouping: .project
        )
        // Two 7-minute entries (rounded up to 15 each when kept) and a non-billable hour.
        builder.add(Self.total(client, Self.website, raw: 840, rounded: 1800, count: 2))
        builder.add(Self.total(client, Self.website, raw: 3600, billable: false))
        let line = builder.build().lines[0]
        #expect(line.billableSeconds == 900)
        #expect(line.rawSeconds == 4440)
        #expect(line.amount == money(1500, "USD"))
    }
}
