import AtriumCore
import Testing

/// Drafting lines from entries: what counts, rounding per entry, the rate chain, fixed prices.
@Suite struct InvoiceDraftTests {
    let workspace = ID<Workspace>()
    let person = ID<Person>()

    func client(rate: String? = "45", rounding: TimeRounding = .up(minutes: 15)) throws -> Client {
        let aud = try Currency(code: "AUD")
        return Client(
            workspaceID: workspace,
            name: "Acme",
            zone: .utc,
            language: .english,
            currency: aud,
            rate: try rate.map { try Money.parse($0, currency: aud) },
            rounding: rounding,
            createdAt: utc(2026, 1, 1)
        )
    }

    func entry(
        _ client: Client,
        _ minutes: Int64,
        number: Int,
        project: Project? = nil,
        billable: Bool = true,
        price: EntryPrice? = nil
    ) -> TimeEntry {
        let start = utc(2026, 11, 2, 9).adding(seconds: Int64(number) * 7200)
        return TimeEntry(
            workspaceID: workspace,
            number: number,
            personID: person,
            clientID: client.id,
            projectID: project?.id,
            start: start,
            end: start.adding(seconds: minutes * 60),
            isBillable: billable,
            source: .manual,
            createdAt: start,
            price: price
        )
    }

    @Test("Each entry is rounded by the client's rule, then summed: two 7-minute entries bill 30 minutes")
    func roundingPerEntry() throws {
        let acme = try client()
        let builder = InvoiceDraftBuilder(client: acme, projects: [:], rates: RateCard(workspaceDefault: nil))
        let draft = try builder.draft([entry(acme, 7, number: 1), entry(acme, 7, number: 2)])
        #expect(draft.lines.count == 1)
        #expect(draft.lines[0].quantity == 1800)
        #expect(draft.lines[0].amount.minorUnits == 2250)
        #expect(draft.entryNumbers.count == 2)
    }

    @Test("The rate chain: the entry's own, then the project's, the client's, the workspace default")
    func rateChain() throws {
        let aud = try Currency(code: "AUD")
        let acme = try client(rounding: .none)
        let listings = Project(
            workspaceID: workspace,
            clientID: acme.id,
            name: "Listings",
            rate: Money(minorUnits: 5500, currency: aud),
            createdAt: utc(2026, 1, 1)
        )
        let builder = InvoiceDraftBuilder(
            client: acme,
            projects: [listings.id: listings],
            rates: RateCard(workspaceDefault: nil)
        )
        let draft = try builder.draft([
            entry(acme, 60, number: 1, project: listings),
            entry(acme, 60, number: 2),
            entry(acme, 60, number: 3, price: .hourly(Money(minorUnits: 3000, currency: aud))),
            entry(acme, 30, number: 4, price: .fixed(Money(minorUnits: 11_111, currency: aud))),
            entry(acme, 60, number: 5, billable: false),
        ])
        #expect(
            draft.lines.map(\.description) == [
                "Listings", "Acme", "Acme", "Acme (amounts kept from the imported history)",
            ]
        )
        #expect(draft.lines.map(\.amount.minorUnits) == [5500, 4500, 3000, 11_111])
        #expect(draft.entryNumbers.count == 4)
        let unpriced = try client(rate: nil, rounding: .none)
        let fallback = InvoiceDraftBuilder(
            client: unpriced,
            projects: [:],
            rates: RateCard(workspaceDefault: Money(minorUnits: 4000, currency: aud))
        )
        #expect(try fallback.draft([entry(unpriced, 60, number: 1)]).lines.first?.amount.minorUnits == 4000)
    }

    @Test("Nothing billable, no rate anywhere, a price in another currency: each refused")
    func refusals() throws {
        let acme = try client(rate: nil)
        let builder = InvoiceDraftBuilder(client: acme, projects: [:], rates: RateCard(workspaceDefault: nil))
        #expect(throws: InvoiceDraftBuilder.Problem.nothingToBill(client: "Acme")) {
            try builder.draft([entry(acme, 60, number: 1, billable: false)])
        }
        #expect(throws: InvoiceDraftBuilder.Problem.noRate(client: "Acme", project: nil)) {
            try builder.draft([entry(acme, 60, number: 1)])
        }
        let eur = try Currency(code: "EUR")
        #expect(throws: InvoiceDraftBuilder.Problem.self) {
            try builder.draft([entry(acme, 60, number: 7, price: .hourly(Money(minorUnits: 100, currency: eur)))])
        }
    }

    @Test(
        "Quantities are read in thousandths",
        arguments: [("3", 3000), ("2.5", 2500), ("0.125", 125)] as [(String, Int64)]
    )
    func quantities(text: String, thousandths: Int64) throws {
        #expect(try InvoiceLine.parseQuantity(text) == thousandths)
    }

    @Test("Bad quantities are refused", arguments: ["-1", "1.2345", "abc", "", "2.", ".5"])
    func badQuantities(text: String) {
        #expect(throws: InvalidInput.self) { try InvoiceLine.parseQuantity(text) }
    }

    @Test("Rush work gets its own lines and the surcharge on them; without a surcharge it bills as any time")
    func rush() throws {
        let acme = try client(rounding: .none)
        let builder = InvoiceDraftBuilder(client: acme, projects: [:], rates: RateCard(workspaceDefault: nil))
        let normal = BillableEntry(
            number: 1,
            projectID: nil,
            start: utc(2026, 11, 2, 9),
            seconds: 3600,
            price: nil
        )
        let urgent = BillableEntry(
            number: 2,
            projectID: nil,
            start: utc(2026, 11, 3, 9),
            seconds: 3600,
            price: nil,
            isRush: true
        )
        let surcharged = try builder.draft([normal, urgent], rushBasisPoints: 2500)
        #expect(surcharged.lines.map(\.description) == ["Acme", "Acme (rush)", "Rush surcharge +25% on rush work"])
        #expect(surcharged.lines.map(\.amount.minorUnits) == [4500, 4500, 1125])
        let plain = try builder.draft([normal, urgent])
        #expect(plain.lines.map(\.amount.minorUnits) == [9000])
    }

    @Test(
        "Percentages are read as typed and written back plainly",
        arguments: [("25%", 2500, "25%"), ("12.5 %", 1250, "12.5%"), ("8.25", 825, "8.25%"), ("0%", 0, "0%")]
            as [(String, Int, String)]
    )
    func percentages(text: String, basisPoints: Int, shown: String) throws {
        #expect(try Percent.parse(text, field: "rush") == basisPoints)
        #expect(Percent.text(basisPoints) == shown)
    }

    @Test("Bad percentages are refused", arguments: ["-5%", "1001%", "abc", "12.345%", "", "5.%"])
    func badPercentages(text: String) {
        #expect(throws: InvalidInput.self) { try Percent.parse(text, field: "rush") }
    }

    @Test(
        "JPY (no minor digits) and BHD (three) drafts: each amount rounded once, half up, to the currency's unit",
        arguments: [
            ("JPY", "5200", Int64(90), Int64(7_800)), ("JPY", "5199", Int64(1), Int64(87)),
            ("BHD", "15.250", Int64(20), Int64(5_083)), ("BHD", "0.001", Int64(30), Int64(1)),
        ] as [(String, String, Int64, Int64)]
    )
    func minorDigits(code: String, rate: String, minutes: Int64, amount: Int64) throws {
        let currency = try Currency(code: code)
        let client = Client(
            workspaceID: workspace,
            name: "Tokyo Co",
            zone: .utc,
            language: .english,
            currency: currency,
            rate: try Money.parse(rate, currency: currency),
            createdAt: utc(2026, 1, 1)
        )
        let builder = InvoiceDraftBuilder(client: client, projects: [:], rates: RateCard(workspaceDefault: nil))
        let draft = try builder.draft([entry(client, minutes, number: 1)])
        let totals = try InvoiceTotals(lines: draft.lines, currency: currency)
        #expect(totals.gross == amount)
    }

    @Test("Work priced at a person's own rate gets a line per person, named after them; the others share one")
    func personLines() throws {
        let acme = try client(rounding: .none)
        let ana = ID<Person>()
        let card = RateCard(
            workspaceDefault: nil,
            personRates: [PersonRate(clientID: acme.id, personID: ana, rate: money(6000, "AUD"))]
        )
        let builder = InvoiceDraftBuilder(client: acme, projects: [:], rates: card, people: [ana: "Ana Silva"])
        var byAna = entry(acme, 30, number: 2)
        byAna.personID = ana
        let draft = try builder.draft([entry(acme, 60, number: 1), byAna, entry(acme, 60, number: 3)])
        #expect(draft.lines.map(\.description) == ["Acme", "Acme — Ana Silva"])
        #expect(draft.lines.map(\.quantity) == [7200, 1800])
        #expect(draft.lines.map(\.amount.minorUnits) == [9000, 3000])
        #expect(draft.entryNumbers.count == 3)
    }

    @Test(
        "Rounding per line rounds each line's summed raw time once; per entry rounds each entry",
        arguments: [(RoundingScope.entry, Int64(1800)), (.line, 900)]
    )
    func roundingScope(scope: RoundingScope, expected: Int64) throws {
        var acme = try client()
        acme.roundingScope = scope
        let builder = InvoiceDraftBuilder(client: acme, projects: [:], rates: RateCard(workspaceDefault: nil))
        let draft = try builder.draft([entry(acme, 7, number: 1), entry(acme, 7, number: 2)])
        #expect(draft.lines.map(\.quantity) == [expected])
    }

    @Test("A client billed per entry gets a line per entry: its date, project and memo")
    func linesPerEntry() throws {
        var acme = try client()
        acme.timeLines = .entry
        let builder = InvoiceDraftBuilder(client: acme, projects: [:], rates: RateCard(workspaceDefault: nil))
        var first = entry(acme, 50, number: 1)
        first.memo = "Inbox triage"
        let draft = try builder.draft([first, entry(acme, 7, number: 2)])
        #expect(draft.lines.map(\.description) == ["2026-11-02 Acme: Inbox triage", "2026-11-02 Acme"])
        #expect(draft.lines.map(\.quantity) == [3600, 900])
        #expect(draft.lines.map(\.amount.minorUnits) == [4500, 1125])
    }
}
