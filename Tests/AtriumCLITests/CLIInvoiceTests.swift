import Foundation
import Testing

extension CLISuite {
    /// `atrium invoice …` on the built binary: the session of the billing issue, up to issuing.
    @Suite struct CLIInvoiceTests {
        @Test("Draft a month, add a fixed line with tax, issue with terms, show and list; a locked entry refuses edits")
        func session() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "10:30", "Listings")
                try atrium.succeed(
                    "add",
                    "acme",
                    "--date",
                    "2026-11-03",
                    "--from",
                    "09:00",
                    "--to",
                    "10:00",
                    "Urgent",
                    "+rush"
                )
                let draft = try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11", "--rush", "25%")
                #expect(draft.contains("Acme Realty (rush)"))
                #expect(draft.contains("Rush surcharge +25% on rush work"))
                #expect(draft.contains("INV-DRAFT-1 · Acme Realty · draft · 2026-11-01 – 2026-11-30"))
                let added = try atrium.succeed(
                    "invoice",
                    "add-line",
                    "INV-DRAFT-1",
                    "--fixed",
                    "Closing commission, 14 Elm St",
                    "250",
                    "--tax",
                    "10%"
                )
                #expect(added.contains("Closing commission, 14 Elm St"))
                let issued = try atrium.succeed("invoice", "issue", "INV-DRAFT-1", "--terms", "net15")
                #expect(issued.contains("2026-0001 · Acme Realty · unpaid"))
                #expect(issued.contains("net15"))
                #expect(try atrium.succeed("invoice", "show", "2026-0001").contains("Total AUD"))
                #expect(try atrium.succeed("invoice", "list").contains("2026-0001"))
                let html = try atrium.succeed("invoice", "show", "2026-0001", "--format", "html")
                #expect(html.hasPrefix("<!doctype html>"))
                #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
                let locked = try atrium.run("edit", "1", "--memo", "changed")
                #expect(locked.status == 1)
                #expect(locked.error.contains("is billed on invoice 2026-0001"))
                let again = try atrium.run("invoice", "draft", "acme", "--month", "2026-11")
                #expect(again.error.contains("no unbilled billable time"))
                let noPeriod = try atrium.run("invoice", "draft", "acme")
                #expect(noPeriod.error.contains("Give --month 2026-11, or --from and --to."))
                let badMonth = try atrium.run("invoice", "draft", "acme", "--month", "2026-13")
                #expect(badMonth.error.contains("--month"))
                let noAmount = try atrium.run("invoice", "add-line", "2026-0001", "--fixed", "Late")
                #expect(noAmount.error.contains("--fixed takes one amount."))
                let badTerms = try atrium.run("invoice", "issue", "2026-0001", "--terms", "someday")
                #expect(badTerms.error.contains("\"someday\" is not payment terms"))
                let bad = try atrium.run("invoice", "add-line", "2026-0001", "--fixed", "Late", "10")
                #expect(bad.error.contains("only a draft takes new lines"))
                let reminders = try atrium.succeed("reminder", "list", "--days", "30")
                #expect(reminders.contains("2026-12-08  2026-0001  Acme Realty  on the due date"))
                #expect(
                    try atrium.succeed("reminder", "set", "on due", "--client", "acme").contains(
                        "Reminders for Acme Realty: 0 (days from the due date)"
                    ),
                    "the client is named as it is, not as typed"
                )
                let badSchedule = try atrium.run("reminder", "set", "whenever")
                #expect(badSchedule.error.contains("is not a reminder"))
                let paid = try atrium.succeed(
                    "payment",
                    "add",
                    "2026-0001",
                    "120.00",
                    "--date",
                    "2026-11-30",
                    "--method",
                    "bank transfer"
                )
                #expect(paid.contains("2026-0001 · Acme Realty · partially paid"))
                #expect(paid.contains("Paid 120.00 on 2026-11-30 (bank transfer)"))
                let voided = try atrium.succeed("invoice", "void", "2026-0001")
                #expect(voided.contains("Voided 2026-0001 with credit note 2026-0002"))
                let refused = try atrium.run("payment", "add", "2026-0001", "10")
                #expect(refused.error.contains("is void: it takes no payments"))
                #expect(try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11").contains("INV-DRAFT-2"))
                let csv = try atrium.succeed("export", "invoices")
                #expect(
                    csv.hasPrefix(
                        "number,kind,status,client,currency,issued_on,due_on,period_from,period_to,net,tax,total,paid,owed\r\n"
                    )
                )
                #expect(
                    csv.contains(
                        "2026-0001,invoice,void,Acme Realty,AUD,2026-11-23,2026-12-08,2026-11-01,2026-11-30,373.75,25.00,398.75,120.00,\r\n"
                    )
                )
                #expect(csv.contains("2026-0002,credit_note,credit note,Acme Realty,AUD,"))
            }
        }

        @Test("A deposit drafted, issued and paid; the next draft names it and deducts it; a draft discarded")
        func deposit() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let deposit = try atrium.succeed(
                    "invoice",
                    "deposit",
                    "acme",
                    "30%",
                    "--of",
                    "1000",
                    "--for",
                    "Relaunch"
                )
                #expect(deposit.contains("Deposit 30% of the estimate of AUD 1000.00: Relaunch"))
                try atrium.succeed("invoice", "issue", "INV-DRAFT-1", "--terms", "receipt")
                try atrium.succeed("payment", "add", "2026-0001", "300")
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "19:00", "Listings")
                let draft = try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11")
                #expect(
                    draft.contains(
                        "Acme Realty has AUD 300.00 paid on 2026-0001 to deduct: atrium invoice deduct INV-DRAFT-2 2026-0001"
                    )
                )
                let deducted = try atrium.succeed("invoice", "deduct", "INV-DRAFT-2", "2026-0001")
                #expect(deducted.contains("Deposit paid on invoice 2026-0001"))
                #expect(deducted.contains("-300.00"))
                let twice = try atrium.run("invoice", "deduct", "INV-DRAFT-2", "2026-0001")
                #expect(twice.status == 1)
                #expect(twice.error.contains("INV-DRAFT-2 deducts 2026-0001 already."))
                let bad = try atrium.run("invoice", "deposit", "acme", "0%", "--of", "1000")
                #expect(bad.error.contains("percent: a deposit is between 0.01 % and 100 % of the estimate"))
                #expect(
                    try atrium.succeed("invoice", "discard", "INV-DRAFT-2")
                        == "Discarded INV-DRAFT-2: its entries can be billed again.\n"
                )
                let issued = try atrium.run("invoice", "discard", "2026-0001")
                #expect(issued.error.contains("an issued invoice is never deleted; void it instead"))
            }
        }

        @Test("A client billed per entry and rounded per line: the draft has one line per entry, each rounded once")
        func perEntryLines() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let edited = try atrium.succeed("client", "edit", "acme", "--lines", "entry", "--round-per", "line")
                #expect(edited.contains("Acme Realty"))
                let shown = try atrium.succeed("client", "show", "acme")
                #expect(shown.contains("up:15m per line"))
                #expect(shown.contains("one per entry"))
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "09:07", "Inbox triage")
                try atrium.add("acme/listings", on: "2026-11-03", from: "09:00", to: "09:50", "Three listings")
                let draft = try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11")
                // Dates on the client's calendar: 09:00 in Mexico City is the next day in Sydney.
                #expect(draft.contains("2026-11-03 Acme Realty: Inbox triage"))
                #expect(draft.contains("2026-11-04 Listings: Three listings"))
                let bad = try atrium.run("client", "edit", "acme", "--lines", "person")
                #expect(bad.status == 1)
                #expect(bad.error.contains("--lines"))
            }
        }
    }
}
