import Foundation
import Testing

extension CLISuite {
    /// The day of a VA from the issue, run through the real binary. The clock reads 12:00 in Mexico
    /// City (18:00 UTC) on Monday 23 November 2026.
    @Suite struct CLISessionTests {
        @Test("After a punch the database file stands alone: the log is checkpointed into it when the command ends")
        func checkpointedOnExit() throws {
            try withRunner { atrium in
                try atrium.succeed("init", "--name", "VA", "--currency", "USD", "--zone", "America/Mexico_City")
                try atrium.succeed("client", "add", "Acme Realty", "--currency", "USD", "--rate", "40")
                for command in [["start", "acme", "Inbox"], ["stop"], ["start", "acme", "Calls"], ["cancel"]] {
                    #expect(try atrium.run(command).status == 0, "\(command)")
                    for suffix in ["-wal", "-shm"] {
                        #expect(!FileManager.default.fileExists(atPath: atrium.database + suffix), "\(command)")
                    }
                }
                #expect(try atrium.succeed("log", "--today").contains("Inbox"))
            }
        }

        @Test("init, client add, project add, start, status, stop, add, log, edit, summary and audit verify")
        func fullSession() throws {
            try withRunner { atrium in
                let created = try atrium.succeed(
                    "init",
                    "--name",
                    "Maria Lopez VA",
                    "--currency",
                    "USD",
                    "--zone",
                    "America/Mexico_City",
                    "--owner",
                    "Maria Lopez"
                )
                #expect(created.contains("Created workspace \"Maria Lopez VA\""))
                let client = try atrium.succeed(
                    "client",
                    "add",
                    "Acme Realty",
                    "--zone",
                    "Australia/Sydney",
                    "--currency",
                    "AUD",
                    "--rate",
                    "45",
                    "--rounding",
                    "up:15m",
                    "--language",
                    "en"
                )
                #expect(client.contains("Added Acme Realty — Australia/Sydney, AUD 45.00/h, rounding up:15m, en"))
                #expect(try atrium.succeed("project", "add", "acme/Listings", "--rate", "55").contains("AUD 55.00/h"))

                let started = try atrium.succeed(
                    "start",
                    "acme/listings",
                    "Draft three listing descriptions",
                    "+writing",
                    "--at",
                    "9:30"
                )
                #expect(started.contains("Started #1 Acme Realty / Listings Mon 2026-11-23 09:30–now (2:30)"))
                #expect(started.contains("+writing"))

                let status = try atrium.succeed("status")
                #expect(status.contains("Running #1 Acme Realty / Listings"))
                #expect(status.contains("2:30 elapsed"))
                #expect(status.contains("Today: 2:30 tracked"))
                #expect(status.contains("Acme Realty local time: Tue 05:00"))

                let stopped = try atrium.succeed("stop")
                #expect(stopped.contains("Stopped #1 Acme Realty / Listings Mon 2026-11-23 09:30–12:00 (2:30)"))

                let added = try atrium.add("acme", on: "yesterday", from: "14:00", to: "15:30", "Inbox triage")
                #expect(added.contains("Added #2 Acme Realty Sun 2026-11-22 14:00–15:30 (1:30) \"Inbox triage\""))

                let log = try atrium.succeed("log", "--week")
                #expect(log.contains("Entries, this week, 2026-11-23 – 2026-11-29"))
                #expect(log.contains("Draft three listing descriptions"))
                #expect(!log.contains("Inbox triage"), "Sunday the 22nd belongs to last week")

                let edited = try atrium.succeed("edit", "2", "--memo", "Inbox triage and replies")
                #expect(edited.contains("\"Inbox triage and replies\""))

                let summary = try atrium.succeed("summary", "--month", "--by", "client")
                #expect(summary.contains("Summary by client, November 2026"))
                // 2:30 on Listings at 55 = 137.50; 1:30 at 45 = 67.50
                #expect(summary.contains("Acme Realty  4:00      4:00  AUD 205.00"))

                let verified = try atrium.succeed("audit", "verify")
                #expect(verified.contains("Audit trail intact: 7 records, 2 entries as audited"))
            }
        }

        @Test("Starting while a timer runs stops it first and says so")
        func startStopsRunning() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.addBloom()
                try atrium.succeed("start", "acme", "--at", "9:00")
                let output = try atrium.succeed("start", "bloom", "Newsletter", "--at", "10:15")
                #expect(output.contains("Stopped #1 Acme Realty Mon 2026-11-23 09:00–10:15 (1:15)"))
                #expect(output.contains("Started #2 Bloom & Co Mon 2026-11-23 10:15–now (1:45) \"Newsletter\""))
            }
        }

        @Test("cancel discards the running timer and delete removes an entry from the log")
        func cancelAndDelete() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("start", "acme", "--at", "11:00")
                #expect(try atrium.succeed("cancel").contains("Discarded #1"))
                #expect(try atrium.succeed("status").contains("No timer running."))
                try atrium.succeed("add", "acme", "--from", "8:00", "--to", "9:00")
                #expect(try atrium.succeed("delete", "2").contains("Deleted #2"))
                #expect(try atrium.succeed("log").contains("No entries."))
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
            }
        }

        @Test("client list, show, edit and archive; project list and edit")
        func clientsAndProjects() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed(
                    "client",
                    "edit",
                    "acme",
                    "--rate",
                    "50",
                    "--channel",
                    "slack",
                    "--contact",
                    "Jane Doe <jane@acme.example>"
                )
                let shown = try atrium.succeed("client", "show", "acme")
                #expect(shown.contains("AUD 50.00/h"))
                #expect(shown.contains("Jane Doe <jane@acme.example>"))
                #expect(shown.contains("slack"))
                #expect(shown.contains("Listings, AUD 55.00/h"))
                let list = try atrium.succeed("client", "list", "--format", "csv")
                #expect(
                    list
                        == "name,zone,currency,rate,rounding,language,status,archived\r\nAcme Realty,Australia/Sydney,AUD,50.00,up:15m,en,active,no\r\n"
                )
                try atrium.succeed("project", "edit", "acme/listings", "--rate", "60", "--budget", "20h")
                let projects = try atrium.succeed("project", "list", "--format", "csv")
                #expect(projects.contains("Acme Realty,Listings,AUD,60.00,20.00,no"))
                #expect(try atrium.succeed("client", "archive", "acme").contains("Archived Acme Realty"))
                #expect(try atrium.succeed("client", "list").contains("No clients yet"))
                #expect(try atrium.succeed("client", "list", "--archived").contains("Acme Realty"))
                let audit = try atrium.succeed("audit", "log", "--format", "csv")
                #expect(audit.contains("rate_changed,rate of Acme Realty changed"))
                #expect(audit.contains("rate_changed,rate of Acme Realty/Listings changed"))
            }
        }

        @Test("demo builds a workspace in the given folder and refuses to replace it without --replace")
        func demo() throws {
            try withRunner { atrium in
                let output = try atrium.succeed("demo", "--zone", "America/Mexico_City")
                #expect(output.contains("Demo workspace created in \(atrium.home)"))
                #expect(output.contains("Acme Realty"))
                #expect(output.contains("Bloom & Co"))
                #expect(output.contains("Northwind Legal"))
                #expect(try atrium.succeed("status").contains("Running"))
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
                let again = try atrium.run("demo")
                #expect(again.status == 1)
                #expect(again.error.contains("--replace"))
                try atrium.succeed("demo", "--replace")
            }
        }
    }
}

extension CLISuite {
    @Suite struct CLIWorkspaceTests {
        @Test("workspace edit changes the default rate, audited, and unrated clients bill at it")
        func editDefaultRate() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("client", "add", "Local Bakery", "--currency", "USD")
                try atrium.succeed("add", "local", "--from", "9:00", "--to", "10:30")
                let edited = try atrium.succeed("workspace", "edit", "--rate", "42.50", "--week-start", "sun")
                #expect(edited.contains("Default rate   USD 42.50/h"))
                #expect(edited.contains("Week starts    Sunday"))
                let summary = try atrium.succeed("summary", "--today", "--format", "csv")
                #expect(summary.contains("Local Bakery,,USD,1.50,1.50,63.75\r\n"))
                let audit = try atrium.succeed("audit", "log", "--limit", "1", "--format", "csv")
                #expect(audit.contains("rate_changed,workspace default rate changed"))
                let shown = try atrium.succeed("workspace", "show")
                #expect(shown.contains("Maria Lopez VA"))
                #expect(shown.contains("You            Maria Lopez (owner), America/Mexico_City"))
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
                let details = try atrium.succeed(
                    "workspace",
                    "edit",
                    "--invoice-details",
                    "Calle 5, 06700 CDMX\nRFC LOMA800101XX0"
                )
                #expect(details.contains("On invoices    Calle 5, 06700 CDMX · RFC LOMA800101XX0"))
                try atrium.succeed("invoice", "draft", "local", "--from", "2026-11-23", "--to", "2026-11-23")
                let html = try atrium.succeed("invoice", "show", "INV-DRAFT-1", "--format", "html")
                #expect(html.contains("<p>Maria Lopez VA<br>Calle 5, 06700 CDMX<br>RFC LOMA800101XX0</p>"))
                let tooLong = try atrium.run(
                    "workspace",
                    "edit",
                    "--invoice-details",
                    String(repeating: "x", count: 2_001)
                )
                #expect(tooLong.status == 1)
                #expect(tooLong.error.contains("invoiceDetails: invoice details have at most 2,000 characters"))
            }
        }
    }
}

extension CLISuite {
    /// Every option that takes a value refuses garbage with the option named and what is expected.
    @Suite struct CLIBadOptionTests {
        static let cases: [(arguments: [String], status: Int32, mentions: String)] = [
            (
                ["summary", "--by", "week"], 1,
                "--by: \"week\" is not a grouping: use one of client, project, person, tag, day"
            ),
            (["init", "--week-start", "someday"], 1, "--week-start:"),
            (["client", "add", "X", "--status", "asleep"], 1, "--status: \"asleep\" is not a client status"),
            (["client", "add", "X", "--channel", "pigeon"], 1, "--channel: \"pigeon\" is not a channel"),
            (["client", "add", "X", "--reports", "daily"], 1, "--reports: \"daily\" is not a report frequency"),
            (["client", "add", "X", "--follow-up-days", "0"], 1, "follow-up-days: the follow-up interval"),
            (["client", "add", "X", "--response-hours", "0"], 1, "response-hours: the promised response time"),
            (["client", "add", "X", "--language", "1x"], 1, "--language: \"1x\" is not a language code"),
            (["client", "add", "X", "--rate=-5"], 1, "rate: a rate cannot be negative"),
            (["client", "add", "X", "--rate", "4,5"], 1, "rate: \"4,5\" is not an amount"),
            (["client", "add", "X", "--contact", "<x@y.z>"], 1, "contact:"),
            (["client", "edit", "acme", "--currency", "EUR"], 1, "give a --rate in EUR"),
            (["project", "add", "Listings2"], 1, "project: name the project as client/project"),
            (["project", "add", "acme/More", "--budget", "lots"], 1, "--budget:"),
            (["edit", "1", "--tag", "bad tag!"], 1, "tag: \"bad tag!\" is not a tag"),
            (["workspace", "edit", "--rate", "1.234"], 1, "rate: \"1.234\" has too many decimals"),
            (["workspace", "edit", "--zone", "Mars/Olympus"], 1, "--zone:"),
            (["audit", "log", "--limit", "0"], 64, "--limit must be between 1 and 10000"),
            (["edit", "abc"], 64, "abc"),
        ]

        @Test("Bad option values are refused, naming the option", arguments: cases)
        func refused(arguments: [String], status: Int32, mentions: String) throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("add", "acme", "--from", "9:00", "--to", "10:00")
                let before = try atrium.succeed("log", "--all", "--format", "csv")
                let result = try atrium.run(arguments)
                #expect(result.status == status)
                #expect(result.error.contains(mentions), "\(result.error)")
                #expect(try atrium.succeed("log", "--all", "--format", "csv") == before)
            }
        }
    }
}
