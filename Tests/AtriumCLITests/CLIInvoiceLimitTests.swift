import Foundation
import Testing

extension CLISuite {
    /// Amounts beyond what Atrium handles are refused with a message, and never written; entries a
    /// draft holds refuse changes.
    @Suite struct CLIInvoiceLimitTests {
        @Test("A line beyond the largest amount is refused with exit 1, nothing is written, and invoices still list")
        func hugeLine() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("invoice", "deposit", "acme", "10%", "--of", "100", "--for", "Retainer deposit")
                let huge = try atrium.run(
                    "invoice",
                    "add-line",
                    "INV-DRAFT-1",
                    "--unit",
                    "ovf",
                    "100000000",
                    "1000000000000"
                )
                #expect(huge.status == 1)
                #expect(huge.error.contains("the line comes to more than the largest amount, AUD 9999999999999.99"))
                let tooMuch = try atrium.run("invoice", "add-line", "INV-DRAFT-1", "--fixed", "x", "99999999999999")
                #expect(tooMuch.status == 1)
                #expect(tooMuch.error.contains("too large an amount"))
                let listed = try atrium.succeed("invoice", "list")
                #expect(listed.contains("INV-DRAFT-1"))
                let shown = try atrium.succeed("invoice", "show", "INV-DRAFT-1")
                #expect(!shown.contains("ovf"), "the refused line was not written")
                let twoKinds = try atrium.run(
                    "invoice",
                    "add-line",
                    "INV-DRAFT-1",
                    "--fixed",
                    "a",
                    "1",
                    "--unit",
                    "b",
                    "1",
                    "1"
                )
                #expect(twoKinds.status == 64)
                #expect(twoKinds.error == "atrium: Give one of --fixed, --unit, --expense or --discount.\n")
                let rate = try atrium.run("rate", "set", "acme", "99999999")
                #expect(rate.status == 1)
                #expect(rate.error.contains("a rate above AUD 9999999.99 an hour is not accepted"))
            }
        }

        @Test("An entry on a draft refuses an edit with a message naming the draft")
        func heldEntry() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "10:00", "Listings")
                try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11")
                let edit = try atrium.run("edit", "1", "--to", "15:00")
                #expect(edit.status != 0)
                #expect(edit.error.contains("Entry #1 is on draft INV-DRAFT-1"))
                #expect(try atrium.succeed("log", "--month").contains("1:00"))
            }
        }
    }
}
