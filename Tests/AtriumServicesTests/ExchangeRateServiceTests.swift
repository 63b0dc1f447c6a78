import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Testing

/// Exchange rates: entered, imported from CSV all or nothing, and used by summaries in the base currency.
@Suite struct ExchangeRateServiceTests {
    static let november = PeriodChoice.range(
        from: LocalDate(year: 2026, month: 11, day: 1)!,
        to: LocalDate(year: 2026, month: 11, day: 30)!
    )

    static func read(_ text: String) throws -> ExchangeRateCSV.Result {
        try ExchangeRateCSV.read(ByteSource(bytes: Array(text.utf8)), base: .usd, name: "rates.csv")
    }

    @Test("A CSV with columns in any order, a BOM, CRLF and a base column reads every rate")
    func readsCSV() throws {
        let read = try Self.read(
            "\u{FEFF}Currency;Rate;Date;Base\r\naud;0.6512;2026-11-30;USD\r\nGBP;1.27;2026-11-28;USD\r\n"
        )
        #expect(read.problems.isEmpty)
        #expect(read.rates.map(\.description) == ["AUD 1 = USD 0.6512 (2026-11-30)", "GBP 1 = USD 1.27 (2026-11-28)"])
        #expect(read.rates.allSatisfy { $0.source == "rates.csv" })
    }

    @Test("Bad rows are each named with line, column and value")
    func badRows() throws {
        let read = try Self.read(
            "date,currency,rate,base\n2026-11-31,AUD,0.65,USD\n2026-11-30,XYZ1,0.65,USD\n2026-11-30,AUD,-1,USD\n"
                + "2026-11-30,AUD,0.65,EUR\n2026-11-30,GBP,1.27,USD\n"
        )
        #expect(read.rates.count == 1)
        #expect(read.problems.map(\.line) == [2, 3, 4, 5])
        #expect(read.problems[0].description.hasPrefix("line 2, date \"2026-11-31\""))
        #expect(read.problems[2].description.contains("rate \"-1\": \"-1\" is not an exchange rate"))
        #expect(read.problems[3].description.contains("the base currency is USD"))
    }

    @Test("A file without the three columns is refused as a whole")
    func missingColumns() {
        #expect(throws: ImportFileError.self) { try Self.read("day,currency,value\n2026-11-30,AUD,0.65\n") }
        #expect(throws: ImportFileError.self) { try Self.read("") }
    }

    @Test("Import is all or nothing; add replaces a day's rate; list filters by currency")
    func importAndAdd() async throws {
        try await withFixture(zone: "UTC") { fixture in
            let rates = fixture.services.exchangeRates
            let bad = fixture.directory.file("bad.csv")
            try "date,currency,rate\n2026-11-30,AUD,0.65\n2026-11-30,GBP,x\n".write(
                toFile: bad,
                atomically: true,
                encoding: .utf8
            )
            let refused = await #expect(throws: InvalidInput.self) {
                try await rates.importFile(at: bad, as: fixture.owner)
            }
            #expect(refused?.message.hasPrefix("1 row cannot be read, nothing imported: line 3, rate \"x\"") == true)
            #expect(try await rates.list(currency: nil, as: fixture.owner).isEmpty)
            let good = fixture.directory.file("good.csv")
            try "date,currency,rate\n2026-11-30,AUD,0.65\n2026-11-30,GBP,1.27\n".write(
                toFile: good,
                atomically: true,
                encoding: .utf8
            )
            #expect(try await rates.importFile(at: good, as: fixture.owner).count == 2)
            try await rates.add(currency: "aud", rate: "0.6512", date: "2026-11-30", as: fixture.owner)
            let aud = try await rates.list(currency: "AUD", as: fixture.owner)
            #expect(aud.map(\.rateText) == ["0.6512"])
            #expect(aud.first?.source == "")
            let badDate = await #expect(throws: InvalidInput.self) {
                try await rates.add(currency: "AUD", rate: "0.65", date: "someday", as: fixture.owner)
            }
            #expect(badDate?.field == "date")
            let badCurrency = await #expect(throws: InvalidInput.self) {
                try await rates.add(currency: "AU", rate: "0.65", date: nil, as: fixture.owner)
            }
            #expect(badCurrency?.field == "currency")
            let base = await #expect(throws: InvalidInput.self) {
                try await rates.add(currency: "USD", rate: "1", date: nil, as: fixture.owner)
            }
            #expect(base?.field == "rate")
        }
    }

    @Test("A summary in several currencies adds up in the base currency, stating each rate, and names the gap")
    func summaryInBase() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC")
            try await fixture.client("Bloom", zone: "UTC", currency: "GBP", rate: "38")
            try await fixture.client("Local", zone: "UTC", currency: "USD", rate: "50")
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 11:00")
            try await fixture.entry("bloom", from: "2026-11-03 09:00", to: "2026-11-03 10:00")
            try await fixture.entry("local", from: "2026-11-04 09:00", to: "2026-11-04 10:00")
            let rates = fixture.services.exchangeRates
            try await rates.add(currency: "AUD", rate: "0.65", date: "2026-11-15", as: fixture.owner)
            try await rates.add(currency: "AUD", rate: "0.70", date: "2026-12-01", as: fixture.owner)
            let partial = try await fixture.services.summaries.summary(Self.november, by: .client, as: fixture.owner)
            let first = try #require(partial.inBase)
            // The rates of the period's last day, or of today (2026-11-23) while it runs on:
            // AUD 90.00 × 0.65 = USD 58.50, + USD 50.00; GBP 38.00 has no rate.
            #expect(first.amount.labeled == "USD 108.50")
            #expect(first.ratesText == "AUD 1 = USD 0.65 (2026-11-15)")
            #expect(first.gapText == "No rate on or before 2026-11-23 for GBP 38.00: not in this total.")
            try await rates.add(currency: "GBP", rate: "1.25", date: "2026-11-01", as: fixture.owner)
            let whole = try await fixture.services.summaries.summary(Self.november, by: .tag, as: fixture.owner)
            let complete = try #require(whole.inBase)
            #expect(complete.amount.labeled == "USD 156.00")
            #expect(complete.isComplete)
        }
    }

    @Test("A summary all in the base currency has no conversion")
    func baseOnly() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Local", zone: "UTC", currency: "USD", rate: "50")
            try await fixture.entry("local", from: "2026-11-04 09:00", to: "2026-11-04 10:00")
            #expect(
                try await fixture.services.summaries.summary(Self.november, by: .client, as: fixture.owner).inBase
                    == nil
            )
        }
    }
}
