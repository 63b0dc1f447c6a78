import AtriumCore
import Testing

/// Entries that keep a price of their own (imported with the rate or amount they billed) are charged
/// by it in summaries, as invoices charge them; the rest by the rate card.
@Suite struct PricedSummaryTests {
    typealias Fixture = SummaryBuilderTests

    static func priced(
        _ client: Client,
        _ project: Project? = nil,
        raw: Int64,
        rounded: Int64? = nil,
        billable: Bool = true,
        _ pricing: TotalPricing,
        fixed: Int64 = 0
    ) -> EntryTotal {
        var total = Fixture.total(client, project, raw: raw, rounded: rounded, billable: billable)
        total.pricing = pricing
        total.fixedMinorUnits = fixed
        return total
    }

    @Test(
        "Each pricing is charged by its own rule and the client's amount is their sum",
        arguments: [
            // (what, totals, billable seconds, amount in cents)
            ("rate card only", [Fixture.total(Fixture.acme, raw: 3600)], 3600, 4500 as Int64?),
            ("own hourly rate", [priced(Fixture.acme, raw: 1800, .hourly(money(5000, "USD")))], 1800, 2500),
            (
                "own fixed amounts, whatever the time",
                [
                    priced(Fixture.acme, raw: 60, .fixed(currency("USD")), fixed: 1290),
                    priced(Fixture.acme, raw: 7200, .fixed(currency("USD")), fixed: 710),
                ], 7260, 2000
            ),
            (
                "all three together",
                [
                    Fixture.total(Fixture.acme, raw: 3600),
                    priced(Fixture.acme, raw: 1800, .hourly(money(5000, "USD"))),
                    priced(Fixture.acme, raw: 60, .fixed(currency("USD")), fixed: 1290),
                ], 5460, 4500 + 2500 + 1290
            ),
            (
                "non-billable fixed-price work adds nothing",
                [priced(Fixture.acme, raw: 600, billable: false, .fixed(currency("USD")), fixed: 0)], 0, 0
            ),
            (
                "a price in another currency than the client's is not charged",
                [priced(Fixture.acme, raw: 1800, .hourly(money(5000, "EUR")))], 1800, nil
            ),
            (
                "a fixed amount in another currency is not charged",
                [priced(Fixture.acme, raw: 60, .fixed(currency("EUR")), fixed: 990)], 60, nil
            ),
        ] as [(String, [EntryTotal], Int64, Int64?)]
    )
    func pricing(what: String, totals: [EntryTotal], billable: Int64, amount: Int64?) {
        let summary = Fixture.summary(.client, totals)
        let line = summary.lines.first
        #expect(summary.lines.count == 1, "\(what)")
        #expect(line?.billableSeconds == billable, "\(what)")
        #expect(line?.amount == amount.map { money($0, "USD") }, "\(what)")
        let usd = summary.totals.first { $0.currency == currency("USD") }
        #expect(usd?.amount == money(amount ?? 0, "USD"), "\(what)")
        #expect(usd?.hasUnpricedTime == (amount == nil), "\(what)")
    }

    @Test("By project, a project's own-priced time joins its line; the views agree on the client's amount")
    func byProject() {
        let totals = [
            Fixture.total(Fixture.acme, Fixture.website, raw: 3600),  // 60.00
            Self.priced(Fixture.acme, Fixture.website, raw: 3600, .hourly(money(2000, "USD"))),  // 20.00
            Self.priced(Fixture.acme, Fixture.blog, raw: 900, .fixed(currency("USD")), fixed: 1234),
        ]
        let byProject = Fixture.summary(.project, totals)
        #expect(byProject.lines.map(\.amount) == [money(1234, "USD"), money(8000, "USD")])
        #expect(byProject.lines.map(\.billableSeconds) == [900, 7200])
        let byClient = Fixture.summary(.client, totals)
        #expect(byClient.lines.map(\.amount) == [money(9234, "USD")])
    }

    @Test("A client rounding per line rounds each rate's time once, as its invoice lines do")
    func lineRoundingPerRate() {
        var client = Fixture.acme
        client.roundingScope = .line
        var builder = SummaryBuilder(
            clients: [client],
            projects: [],
            rates: RateCard(workspaceDefault: nil),
            grouping: .client
        )
        // Two 10-minute entries at the rate card and one at an own rate: up to 15 min is 30 min for the
        // first pair together (not 2 × 15), and 15 min for the third.
        builder.add(Fixture.total(client, raw: 1200, rounded: 1800, count: 2))
        builder.add(Self.priced(client, raw: 600, rounded: 900, .hourly(money(6000, "USD"))))
        let line = builder.build().lines.first
        #expect(line?.billableSeconds == 2700)  // 30 + 15 min
        #expect(line?.amount == money(3750, "USD"))  // 22.50 + 15.00
    }

    @Test("An entry's total carries its price: the rate card, its hourly rate, or its fixed amount")
    func entryTotalFromEntry() throws {
        let start = utc(2026, 11, 2, 9)
        var entry = TimeEntry(
            workspaceID: Fixture.workspace,
            personID: Fixture.person,
            clientID: Fixture.acme.id,
            start: start,
            end: start.adding(seconds: 600),
            source: .import,
            createdAt: start
        )
        #expect(EntryTotal(entry: entry, end: start.adding(seconds: 600), rounding: .none).pricing == .rateCard)
        entry.price = .hourly(money(5000, "USD"))
        let hourly = EntryTotal(entry: entry, end: start.adding(seconds: 600), rounding: .none)
        #expect(hourly.pricing == .hourly(money(5000, "USD")))
        #expect(hourly.fixedMinorUnits == 0)
        entry.price = .fixed(money(1290, "USD"))
        let fixed = EntryTotal(entry: entry, end: start.adding(seconds: 600), rounding: .none)
        #expect(fixed.pricing == .fixed(currency("USD")))
        #expect(fixed.fixedMinorUnits == 1290)
    }
}
