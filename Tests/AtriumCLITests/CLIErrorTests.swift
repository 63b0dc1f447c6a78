import Foundation
import GRDB
import Testing

extension CLISuite {
    /// Bad input and broken data: one line on stderr saying what was wrong and what is expected, a
    /// documented non-zero exit, no change to the data, never a stack trace.
    @Suite struct CLIErrorTests {
        private func expectRefusal(
            _ atrium: AtriumRunner,
            _ arguments: [String],
            status: Int32 = 1,
            mentions: [String],
            sourceLocation: SourceLocation = #_sourceLocation
        ) throws {
            let before = try atrium.run(["log", "--all", "--format", "csv"]).output
            let result = try atrium.run(arguments)
            #expect(result.status == status, "exit status of \(arguments)", sourceLocation: sourceLocation)
            #expect(result.output.isEmpty, "nothing on stdout: \(result.output)", sourceLocation: sourceLocation)
            #expect(
                result.error.hasPrefix("atrium: ") || status == 64,
                "\(result.error)",
                sourceLocation: sourceLocation
            )
            #expect(
                !result.error.contains("Fatal error") && !result.error.contains("Backtrac"),
                sourceLocation: sourceLocation
            )
            for text in mentions {
                #expect(result.error.contains(text), "\"\(text)\" in: \(result.error)", sourceLocation: sourceLocation)
            }
            let after = try atrium.run(["log", "--all", "--format", "csv"]).output
            #expect(after == before, "the data changed", sourceLocation: sourceLocation)
        }

        @Test("An unknown import format lists every format, Atrium's own included; a reminder schedule follows --")
        func importFormatsAndReminders() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try expectRefusal(
                    atrium,
                    ["import", "nosuch", "x.csv"],
                    mentions: [
                        "\"nosuch\" is not a format: use one of toggl, clockify, harvest, kimai, watson, timewarrior, atrium"
                    ]
                )
                #expect(try atrium.succeed("reminder", "set", "--", "-3,0,7,14").contains("-3,0,7,14"))
            }
        }

        @Test("An unknown client names the known ones; an ambiguous prefix lists the matches")
        func unknownClient() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("client", "add", "Acorn Legal", "--currency", "USD")
                try expectRefusal(
                    atrium,
                    ["start", "zeta"],
                    mentions: ["No client matches \"zeta\"", "Acme Realty, Acorn Legal"]
                )
                try expectRefusal(
                    atrium,
                    ["start", "ac"],
                    mentions: ["\"ac\" matches more than one client: Acme Realty, Acorn Legal"]
                )
                try expectRefusal(
                    atrium,
                    ["start", "acme/zz"],
                    mentions: ["No project of Acme Realty matches \"zz\"", "Listings"]
                )
            }
        }

        @Test("Malformed times and durations name the option and show the accepted forms")
        func malformedInput() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try expectRefusal(
                    atrium,
                    ["start", "acme", "--at", "25:00"],
                    mentions: ["--at:", "hours go from 0 to 23"]
                )
                try expectRefusal(
                    atrium,
                    ["add", "acme", "--from", "9:00", "--duration", "90"],
                    mentions: ["--duration:", "90m"]
                )
                try expectRefusal(
                    atrium,
                    ["add", "acme", "--date", "2026-13-01", "--from", "9:00", "--to", "10:00"],
                    mentions: ["--date:", "month 13 is not valid"]
                )
                try expectRefusal(atrium, ["add", "acme", "--from", "9:00"], mentions: ["--to"])
                try expectRefusal(
                    atrium,
                    ["client", "add", "X", "--zone", "Europe/Lodnon"],
                    mentions: ["--zone:", "Europe/London"]
                )
                try expectRefusal(
                    atrium,
                    ["client", "add", "X", "--currency", "EUX"],
                    mentions: ["--currency:", "ISO 4217"]
                )
                try expectRefusal(
                    atrium,
                    ["client", "add", "X", "--rounding", "sideways"],
                    mentions: ["--rounding:", "up:15m"]
                )
                try expectRefusal(
                    atrium,
                    ["client", "add", "X", "--currency", "JPY", "--rate", "4500.5"],
                    mentions: ["decimals"]
                )
            }
        }

        @Test("Stop with no timer, end before start and over 24 hours are refused; --force allows the long one")
        func timeRules() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try expectRefusal(atrium, ["stop"], mentions: ["No timer is running"])
                try expectRefusal(
                    atrium,
                    ["add", "acme", "--from", "10:00", "--to", "9:00"],
                    mentions: ["not after the start"]
                )
                try expectRefusal(
                    atrium,
                    ["add", "acme", "--date", "2026-11-20", "--from", "8:00", "--duration", "25h"],
                    mentions: ["more than 24 hours", "--force"]
                )
                try atrium.succeed(
                    "add",
                    "acme",
                    "--date",
                    "2026-11-20",
                    "--from",
                    "8:00",
                    "--duration",
                    "25h",
                    "--force"
                )
            }
        }

        @Test("An overlapping manual entry is refused showing the other entry, unless --allow-overlap")
        func overlap() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("add", "acme", "--from", "9:00", "--to", "10:00", "First")
                try expectRefusal(
                    atrium,
                    ["add", "acme", "--from", "9:30", "--to", "10:30"],
                    mentions: ["overlaps an entry: #1 2026-11-23 09:00–10:00 Acme Realty", "--allow-overlap"]
                )
                try atrium.succeed("add", "acme", "--from", "9:30", "--to", "10:30", "--allow-overlap")
            }
        }

        @Test("Commands before init say how to start")
        func noWorkspaceYet() throws {
            try withRunner { atrium in
                let result = try atrium.run("status")
                #expect(result.status == 1)
                #expect(result.error.contains("No Atrium data in \(atrium.home)"))
                #expect(result.error.contains("atrium init"))
                #expect(!FileManager.default.fileExists(atPath: atrium.database))
            }
        }

        @Test("A second init is refused and changes nothing")
        func secondInit() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try expectRefusal(
                    atrium,
                    ["init", "--name", "Other"],
                    mentions: ["already holds the workspace \"Maria Lopez VA\""]
                )
            }
        }

        @Test("Usage errors exit 64 with ArgumentParser's message")
        func usage() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let result = try atrium.run("log", "--week", "--month")
                #expect(result.status == 64)
                #expect(result.error.contains("Choose one period"))
                #expect(try atrium.run("frobnicate").status == 64)
            }
        }

        @Test("A damaged database exits 65 with a clear message")
        func corruptDatabase() throws {
            try withRunner { atrium in
                try atrium.initialized()
                for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: atrium.database + suffix) }
                try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: atrium.database))
                let result = try atrium.run("status")
                #expect(result.status == 65)
                #expect(result.error.contains("cannot be read as an Atrium database"))
                #expect(!result.error.contains("Backtrac"))
            }
        }

        @Test("A database from a newer Atrium exits 65 and is left alone")
        func newerDatabase() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let queue = try DatabaseQueue(path: atrium.database)
                try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('0999 future')") }
                let result = try atrium.run("status")
                #expect(result.status == 65)
                #expect(result.error.contains("written by a newer version of Atrium"))
                #expect(result.error.contains("0999 future"))
            }
        }

        @Test(
            "A refused init leaves no database behind, and a later one works",
            arguments: [["--zone", "Bad/Zone"], ["--currency", "XYZ"], ["--rate=-5"], ["--week-start", "Someday"]]
        )
        func refusedInit(arguments: [String]) throws {
            try withRunner { atrium in
                let folder = atrium.directory.file("fresh")
                let result = try atrium.run(["init", "--name", "X", "--data-dir", folder] + arguments)
                #expect(result.status == 1)
                #expect(
                    !FileManager.default.fileExists(
                        atPath: (folder as NSString).appendingPathComponent("atrium.sqlite")
                    )
                )
                try atrium.succeed("init", "--name", "X", "--data-dir", folder)
            }
        }

        @Test("A data directory that cannot be created exits 73")
        func unwritableDirectory() throws {
            try withRunner { atrium in
                let blocker = atrium.directory.file("blocker")
                try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
                var runner = atrium
                runner.environment["ATRIUM_HOME"] = (blocker as NSString).appendingPathComponent("data")
                let result = try runner.run("init", "--name", "X")
                #expect(result.status == 73)
                #expect(result.error.contains("Cannot use"))
                let fileAsDirectory = try runner.run("init", "--data-dir", blocker)
                #expect(fileAsDirectory.status == 73)
                #expect(fileAsDirectory.error.contains("it is a file, not a folder"))
            }
        }

        @Test("A read-only data directory exits 73 and nothing changes")
        func readOnlyDirectory() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("add", "acme", "--from", "9:00", "--to", "10:00")
                let before = try atrium.succeed("log", "--all", "--format", "csv")
                let manager = FileManager.default
                try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: atrium.directory.path)
                try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: atrium.home)
                try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: atrium.database)
                defer {
                    try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: atrium.home)
                    try? manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: atrium.database)
                }
                var reader = atrium
                reader.asUnprivilegedUser = true
                let result = try reader.run("add", "acme", "--from", "11:00", "--to", "11:30")
                #expect(result.status == 73, "\(result.error)")
                #expect(result.error.hasPrefix("atrium: Cannot write to"))
                #expect(try atrium.succeed("log", "--all", "--format", "csv") == before)
            }
        }

        @Test("A tampered audit trail makes verify exit 65 naming the first broken record")
        func tamperedAudit() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.succeed("add", "acme", "--from", "9:00", "--to", "10:00")
                let queue = try DatabaseQueue(path: atrium.database)
                try queue.write { db in
                    try db.execute(sql: "UPDATE audit_events SET summary = 'nothing happened' WHERE sequence = 2")
                }
                let result = try atrium.run("audit", "verify")
                #expect(result.status == 65)
                #expect(result.error.contains("Audit chain broken at record 2"))
            }
        }
    }
}
