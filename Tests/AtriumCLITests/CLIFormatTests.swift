import Foundation
import Testing

extension CLISuite {
    @Suite struct CLIFormatTests {
        private func sample(_ atrium: AtriumRunner) throws {
            try atrium.initialized()
            try atrium.addBloom()
            try atrium.succeed(
                "add",
                "acme/listings",
                "--date",
                "2026-11-20",
                "--from",
                "9:00",
                "--to",
                "10:07",
                "Listings, \"draft\"",
                "+writing"
            )
            try atrium.add("bloom", on: "2026-11-21", from: "22:00", to: "2026-11-22 00:30", "Late books")
        }

        @Test("summary --format csv has the documented header, decimal hours and amounts with minor digits")
        func summaryCSV() throws {
            try withRunner { atrium in
                try sample(atrium)
                let csv = try atrium.succeed("summary", "--month", "--by", "client", "--format", "csv")
                #expect(
                    csv == """
                        client,project,currency,raw_hours,billable_hours,amount\r
                        Acme Realty,,AUD,1.12,1.25,68.75\r
                        Bloom & Co,,GBP,2.50,2.50,95.00\r

                        """
                )
                let byProject = try atrium.succeed("summary", "--month", "--by", "project", "--format", "csv")
                #expect(byProject.contains("Acme Realty,Listings,AUD,1.12,1.25,68.75\r\n"))
                let byTag = try atrium.succeed("summary", "--month", "--by", "tag", "--format", "csv")
                #expect(
                    byTag == """
                        client,project,currency,raw_hours,billable_hours,amount,tag\r
                        Bloom & Co,,GBP,2.50,2.50,95.00,(no tag)\r
                        Acme Realty,,AUD,1.12,1.25,68.75,writing\r

                        """
                )
                let byDay = try atrium.succeed("summary", "--month", "--by", "day", "--format", "csv")
                #expect(byDay.contains("Acme Realty,,AUD,1.12,1.25,68.75,2026-11-20\r\n"))
                #expect(
                    byDay.contains("Bloom & Co,,GBP,2.50,2.50,95.00,2026-11-21\r\n"),
                    "an entry belongs to the day it starts"
                )
            }
        }

        @Test("summary --format json carries the same fields")
        func summaryJSON() throws {
            try withRunner { atrium in
                try sample(atrium)
                let json = try atrium.succeed("summary", "--month", "--format", "json")
                let lines = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
                #expect(lines.count == 2)
                let acme = try #require(lines.first { $0["client"] as? String == "Acme Realty" })
                #expect(acme["currency"] as? String == "AUD")
                #expect(acme["amount"] as? String == "68.75")
                #expect((acme["billable_hours"] as? NSNumber)?.doubleValue == 1.25)
                #expect((acme["raw_hours"] as? NSNumber)?.doubleValue == 1.12)
                #expect(acme["project"] as? String == "")
            }
        }

        @Test("log --format csv quotes per RFC 4180 and gives local times with their offset")
        func logCSV() throws {
            try withRunner { atrium in
                try sample(atrium)
                let csv = try atrium.succeed("log", "--all", "--format", "csv")
                let lines = csv.components(separatedBy: "\r\n")
                #expect(lines[0] == "number,date,start,end,hours,client,project,memo,tags,billable,person,task")
                #expect(
                    lines[1]
                        == "1,2026-11-20,2026-11-20T09:00:00-06:00,2026-11-20T10:07:00-06:00,1.12,Acme Realty,Listings,\"Listings, \"\"draft\"\"\",writing,yes,Maria Lopez,"
                )
                #expect(
                    lines[2].hasPrefix(
                        "2,2026-11-21,2026-11-21T22:00:00-06:00,2026-11-22T00:30:00-06:00,2.50,Bloom & Co"
                    )
                )
            }
        }

        @Test("log --format json has UTC instants and durations")
        func logJSON() throws {
            try withRunner { atrium in
                try sample(atrium)
                let json = try atrium.succeed("log", "--all", "--format", "json")
                let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
                #expect(entries.count == 2)
                #expect(entries[0]["start_utc"] as? String == "2026-11-20T15:00:00Z")
                #expect((entries[1]["duration_seconds"] as? NSNumber)?.intValue == 9000)
                #expect(entries[0]["tags"] as? [String] == ["writing"])
            }
        }

        /// The objects a list command prints with `--format json`.
        private func jsonList(_ atrium: AtriumRunner, _ arguments: String...) throws -> [[String: Any]] {
            let json = try atrium.run(arguments + ["--format", "json"]).output
            return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        }

        @Test("JSON lists give yes/no as booleans, counts as numbers and an unset value as null")
        func typedListJSON() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("client", "add", "Zed Co", "--zone", "UTC", "--currency", "EUR")
                let clients = try jsonList(atrium, "client", "list")
                let zed = try #require(clients.first { $0["name"] as? String == "Zed Co" })
                #expect(zed["archived"] as? Bool == false)
                #expect(zed["rate"] is NSNull)
                #expect(clients.first { $0["name"] as? String == "Acme Realty" }?["rate"] as? String == "45.00")
                let projects = try atrium.succeed("project", "list", "--format", "json")
                #expect(projects.contains(#""archived" : false"#), "\(projects)")
                try atrium.succeed("meeting", "add", "acme", "Check-in", "--at", "09:00", "--duration", "30m")
                let meetings = try jsonList(atrium, "meeting", "list")
                #expect((meetings.first?["minutes"] as? NSNumber)?.intValue == 30)
                // Tables still say yes and no.
                #expect(
                    try atrium.succeed("client", "list", "--format", "csv").contains(
                        "Zed Co,UTC,EUR,,none,en,active,no"
                    )
                )
            }
        }

        @Test("Piped output has no colour codes")
        func noColourOnPipes() throws {
            try withRunner { atrium in
                try sample(atrium)
                for arguments in [["log", "--all"], ["summary", "--all"], ["status"]] {
                    #expect(!(try atrium.run(arguments).output.contains("\u{1B}[")))
                }
            }
        }
    }
}

extension CLISuite {
    @Suite struct CLIColourTests {
        private func onTerminal(_ atrium: AtriumRunner, _ arguments: String, noColor: Bool) throws -> String {
            var runner = atrium
            runner.onTerminal = true
            runner.environment["TERM"] = "xterm"
            if noColor { runner.environment["NO_COLOR"] = "1" }
            let result = try runner.run(arguments)
            #expect(result.status == 0)
            return result.output
        }

        @Test("On a terminal tables are coloured, unless NO_COLOR is set")
        func colourOnlyOnTerminals() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("add", "acme", "--from", "9:00", "--to", "10:00")
                let coloured = try onTerminal(atrium, "log", noColor: false)
                #expect(coloured.contains("\u{1B}[1m"))
                #expect(coloured.contains("Acme Realty"))
                let plain = try onTerminal(atrium, "log", noColor: true)
                #expect(!plain.contains("\u{1B}["))
                #expect(plain.contains("Acme Realty"))
            }
        }
    }
}
