import Foundation
import Testing

extension CLISuite {
    /// `atrium rate …` on the built binary.
    @Suite struct CLIRateTests {
        @Test("Set a client, project and workspace rate, list them, remove one; bad input is one clear line")
        func session() throws {
            try withRunner { atrium in
                try atrium.initialized()
                #expect(
                    try atrium.succeed("rate", "set", "acme", "50", "--currency", "AUD")
                        == "Rate of Acme Realty: AUD 50.00.\n"
                )
                #expect(
                    try atrium.succeed("rate", "set", "acme", "55", "--project", "listings")
                        == "Rate of Acme Realty/Listings: AUD 55.00.\n"
                )
                #expect(
                    try atrium.succeed("rate", "set", "acme", "65", "--person", "maria")
                        == "Rate of Acme Realty (Maria Lopez): AUD 65.00.\n"
                )
                #expect(
                    try atrium.succeed("rate", "set", "--workspace", "40") == "Rate of workspace default: USD 40.00.\n"
                )
                let list = try atrium.succeed("rate", "list")
                #expect(list.contains("workspace  workspace default"))
                #expect(list.contains("person     Acme Realty (Maria Lopez)"))
                #expect(list.contains("AUD 55.00"))
                #expect(
                    try atrium.succeed("rate", "set", "acme/listings", "none").contains("Acme Realty/Listings: none")
                )
                #expect(!(try atrium.succeed("rate", "list", "acme").contains("Listings")))
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "10:00", "Listings")
                let draft = try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11")
                #expect(draft.contains("Acme Realty — Maria Lopez"))
                #expect(draft.contains("65.00"))

                let wrongCurrency = try atrium.run("rate", "set", "acme", "45", "--currency", "USD")
                #expect(wrongCurrency.status == 1)
                #expect(wrongCurrency.error.contains("currency: Acme Realty bills in AUD"))
                let missing = try atrium.run("rate", "set", "acme")
                #expect(missing.error.contains("give the client and the amount"))
                let bad = try atrium.run("rate", "set", "acme", "forty")
                #expect(bad.error.contains("rate: \"forty\" is not an amount"))
                let nobody = try atrium.run("rate", "set", "acme", "45", "--person", "zed")
                #expect(nobody.status == 1)
                #expect(nobody.error.contains("zed"))
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
            }
        }

        @Test("Exchange rates entered and imported; the summary states the base total, the rate used and the gap")
        func exchangeRates() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.addBloom()
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "10:00", "Listings")
                try atrium.succeed("add", "bloom", "--date", "2026-11-03", "--from", "09:00", "--to", "10:00", "Inbox")
                // No rates yet: no base-currency total (it would read as zero), and a command per currency.
                let none = try atrium.succeed("summary", "--from", "2026-11-01", "--to", "2026-11-15")
                #expect(!none.contains("(base currency)"))
                #expect(
                    none.contains("atrium fx add AUD RATE --date 2026-11-15; atrium fx add GBP RATE --date 2026-11-15")
                )
                #expect(
                    try atrium.succeed("fx", "add", "aud", "0.6512", "--date", "2026-11-01")
                        == "Exchange rate: AUD 1 = USD 0.6512 (2026-11-01).\n"
                )
                let gap = try atrium.succeed("summary", "--from", "2026-11-01", "--to", "2026-11-15")
                #expect(gap.contains("In USD (base currency): USD 29.30 at AUD 1 = USD 0.6512 (2026-11-01)."))
                #expect(gap.contains("No rate on or before 2026-11-15 for GBP 38.00: not in this total."))
                #expect(gap.contains("atrium fx add GBP RATE --date 2026-11-15"))
                let file = atrium.directory.file("rates.csv")
                try "date,currency,rate\n2026-11-01,GBP,1.25\n".write(toFile: file, atomically: true, encoding: .utf8)
                #expect(try atrium.succeed("fx", "import", file) == "Imported 1 exchange rates (GBP).\n")
                let whole = try atrium.succeed("summary", "--from", "2026-11-01", "--to", "2026-11-15")
                #expect(whole.contains("USD 76.80 at AUD 1 = USD 0.6512 (2026-11-01); GBP 1 = USD 1.25 (2026-11-01)."))
                #expect(try atrium.succeed("fx", "list", "GBP").contains("rates.csv"))
                let missing = try atrium.run("fx", "import", atrium.directory.file("nowhere.csv"))
                #expect(missing.status == 1)
                #expect(missing.error.contains("Cannot read"))
                try "day,currency\n".write(toFile: file, atomically: true, encoding: .utf8)
                let wrong = try atrium.run("fx", "import", file)
                #expect(wrong.error.contains("the header needs date, currency and rate columns"))
                let bad = try atrium.run("fx", "add", "AUD", "0,65")
                #expect(bad.status == 1)
                #expect(bad.error.contains("rate: \"0,65\" is not an exchange rate"))
            }
        }
    }
}
