import Foundation
import Testing

extension CLISuite {
    /// `atrium import` on the built binary: dry run, import, a second import, bad rows, bad options.
    @Suite struct CLIImportTests {
        static let toggl = """
            User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (AUD)
            Maria Lopez,,Nova Realty,Listings,,Draft listings,Yes,2026-11-02,09:00:00,2026-11-02,10:30:00,1:30:00,writing,67.50
            Maria Lopez,,Bloom & Co,,,Inbox,No,2026-11-03,08:00:00,2026-11-03,08:45:00,0:45:00,,

            """

        @Test("Dry run, import, import again: the counts, the created names, nothing twice")
        func session() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let file = atrium.directory.file("toggl.csv")
                try Self.toggl.write(toFile: file, atomically: true, encoding: .utf8)
                let dry = try atrium.succeed("import", "toggl", file, "--zone", "Australia/Sydney", "--dry-run")
                #expect(dry.contains("Would import 2 entries (2:15 h) from 2 rows of \(file) (Toggl Track)."))
                #expect(dry.contains("New clients (2): Nova Realty, Bloom & Co"))
                #expect(dry.contains("Dry run: nothing was changed."))
                #expect(!(try atrium.succeed("client", "list", "--format", "csv")).contains("Nova Realty"))
                let done = try atrium.succeed("import", "toggl", file, "--zone", "Australia/Sydney")
                #expect(done.contains("Imported 2 entries (2:15 h)"))
                #expect(done.contains("1 entry keeps the rate or amount the file states."))
                let again = try atrium.succeed("import", "toggl", file)
                #expect(again.contains("Imported 0 entries"))
                #expect(again.contains("2 already imported before: skipped."))
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
            }
        }

        @Test(
            "A bad row refuses the import with its line and column and exit status 65; --skip-bad-rows imports the rest"
        )
        func badRows() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let file = atrium.directory.file("toggl.csv")
                let bad =
                    Self.toggl
                    + "Maria Lopez,,Nova Realty,,,Late,Yes,2026-11-31,09:00:00,2026-11-31,10:00:00,1:00:00,,\n"
                try bad.write(toFile: file, atomically: true, encoding: .utf8)
                let refused = try atrium.run("import", "toggl", file)
                #expect(refused.status == 65)
                #expect(
                    refused.error.contains("\(file): line 4, Start date \"2026-11-31\": day 31 is not in that month")
                )
                #expect(refused.error.contains("so nothing was imported"))
                let skipped = try atrium.succeed("import", "toggl", file, "--skip-bad-rows")
                #expect(skipped.contains("Imported 2 entries"))
                #expect(skipped.contains("1 bad row skipped."))
            }
        }

        @Test("Bad options: an unknown format, a missing file, a bad zone, a bad date format")
        func badOptions() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let format = try atrium.run("import", "excel", "x.csv")
                #expect(format.status == 1)
                #expect(format.error.contains("format"))
                let missing = try atrium.run("import", "toggl", atrium.directory.file("none.csv"))
                #expect(missing.status == 1)
                #expect(missing.error.contains("Cannot read"))
                let zone = try atrium.run("import", "toggl", "x.csv", "--zone", "Mars/Base")
                #expect(zone.error.contains("--zone"))
                let dates = try atrium.run("import", "clockify", "x.csv", "--date-format", "YYYY/DD/MM")
                #expect(dates.error.contains("--date-format"))
            }
        }
    }
}
