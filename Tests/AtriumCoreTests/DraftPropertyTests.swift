import AtriumCore
import PropertyBased
import Testing

/// Laws of whole drafts, over random entries: every billable entry is covered once, the time lines
/// hold exactly the entries' rounded seconds, kept prices are billed as they were, the totals are the
/// lines' sums, and deducting money paid in advance never takes a total below zero.
@Suite struct DraftPropertyTests {
    static let workspace = ID<Workspace>()
    static let maria = ID<Person>()
    static let ana = ID<Person>()

    static let acme = Client(
        workspaceID: workspace,
        name: "Acme",
        zone: .utc,
        language: .english,
        currency: currency("AUD"),
        rate: money(4_500, "AUD"),
        rounding: .up(minutes: 15),
        createdAt: utc(2026, 1, 1)
    )
    static let projects = [
        Project(
            workspaceID: workspace,
            clientID: acme.id,
            name: "Listings",
            rate: money(5_500, "AUD"),
            createdAt: utc(2026, 1, 1)
        ),
        Project(workspaceID: workspace, clientID: acme.id, name: "Inbox", createdAt: utc(2026, 1, 1)),
    ]

    /// An entry from one generated number: its length, project, person, price and billability.
    static func entry(_ code: Int, number: Int) -> TimeEntry {
        let seconds = Int64(code % 20_000)
        let start = utc(2026, 11, 2).adding(seconds: Int64(number) * 21_600)
        let project = (code / 20_000) % 3
        let price: EntryPrice? =
            switch (code / 60_000) % 5 {
            case 0: .hourly(money(3_000 + Int64(code % 7), "AUD"))
            case 1: .fixed(money(Int64(code % 10_000), "AUD"))
            default: nil
            }
        return TimeEntry(
            workspaceID: workspace,
            number: number,
            personID: (code / 300_000) % 2 == 0 ? maria : ana,
            clientID: acme.id,
            projectID: project == 2 ? nil : projects[project].id,
            start: start,
            end: start.adding(seconds: seconds),
            isBillable: code % 11 != 0,
            source: .manual,
            createdAt: start,
            price: price
        )
    }

    static let builder = InvoiceDraftBuilder(
        client: acme,
        projects: Dictionary(uniqueKeysWithValues: projects.map { ($0.id, $0) }),
        rates: RateCard(
            workspaceDefault: nil,
            personRates: [PersonRate(clientID: acme.id, personID: ana, rate: money(6_000, "AUD"))]
        ),
        people: [ana: "Ana"]
    )

    @Test(
        "A draft covers every billable entry once; its time and kept prices are the entries'; totals are the lines' sums"
    )
    func draftLaws() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...999_999).array(of: 1...60)) { codes in
            let entries = codes.enumerated().map { Self.entry($0.element, number: $0.offset + 1) }
            let billable = entries.filter(\.isBillable)
            guard !billable.isEmpty else { return }
            guard let draft = try? Self.builder.draft(entries) else {
                Issue.record("no draft for \(codes)")
                return
            }
            #expect(Set(draft.entryNumbers) == Set(billable.map(\.number)))
            #expect(draft.entryNumbers.count == billable.count)
            let timed = billable.filter { if case .fixed = $0.price { false } else { true } }
            let rounded = timed.map { Self.acme.rounding.apply(to: $0.start.seconds(until: $0.end!)) }.reduce(0, +)
            #expect(draft.lines.filter { $0.kind == .time }.map(\.quantity).reduce(0, +) == rounded)
            let kept = billable.compactMap { entry -> Int64? in
                if case .fixed(let amount) = entry.price { amount.minorUnits } else { nil }
            }
            #expect(draft.lines.filter { $0.kind == .fixed }.map(\.amount.minorUnits).reduce(0, +) == kept.reduce(0, +))
            guard let totals = try? InvoiceTotals(lines: draft.lines, currency: Self.acme.currency) else {
                Issue.record("totals failed")
                return
            }
            #expect(totals.gross == draft.lines.map(\.amount.minorUnits).reduce(0, +))
            #expect(draft.lines.allSatisfy { $0.amount.minorUnits >= 0 })
        }
    }

    @Test("Deducting money paid in advance never takes a total below zero, nor more than is left")
    func deductionLaws() async {
        await propertyCheck(
            count: 300,
            input: Gen.int64(in: 1...10_000_000),
            Gen.int64(in: 0...10_000_000),
            Gen.int64(in: 0...10_000_000),
            Gen.int(in: 0...2_500)
        ) { paid, deducted, gross, basisPoints in
            guard let tax = try? TaxRate(basisPoints: basisPoints),
                let line = try? InvoiceLine.deposit(basisPoints: 10_000, of: money(paid, "AUD"), for: nil, tax: tax)
            else { return }
            var deposit = Invoice(
                workspaceID: Self.workspace,
                clientID: Self.acme.id,
                currency: currency("AUD"),
                period: LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 1)!,
                createdAt: utc(2026, 11, 1),
                lines: [line]
            )
            deposit.status = .issued
            guard let prepayment = try? Prepayment.of(deposit, paid: paid, deducted: min(deducted, paid)) else {
                Issue.record("a paid deposit left nothing")
                return
            }
            guard let deduction = prepayment.deduction(fromGross: gross) else {
                #expect(gross == 0 || prepayment.available.minorUnits == 0)
                return
            }
            let taken = -deduction.amounts.gross
            #expect(taken > 0)
            #expect(taken <= prepayment.available.minorUnits)
            #expect(taken <= gross)
            #expect(gross - taken >= 0)
            #expect(deduction.amounts.net + deduction.amounts.tax == deduction.amounts.gross)
        }
    }
}
