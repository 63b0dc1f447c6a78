import Foundation
import Testing

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
            #expect(try atrium.succeed("rate", "set", "--workspace", "40") == "Rate of workspace default: USD 40.00.\n")
            let list = try atrium.succeed("rate", "list")
            #expect(list.contains("workspace  workspace default"))
            #expect(list.contains("person     Acme Realty (Maria Lopez)"))
            #expect(list.contains("AUD 55.00"))
            #expect(try atrium.succeed("rate", "set", "acme/listings", "none").contains("Acme Realty/Listings: none"))
            #expect(!(try atrium.succeed("rate", "list", "acme").contains("Listings")))
            try atrium.succeed("add", "acme", "--date", "2026-11-02", "--from", "09:00", "--to", "10:00", "Listings")
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
}
