import Foundation
import Testing

extension CLISuite {
    /// Files given to write or read that are not what they should be: a folder or Atrium's own
    /// database as an export's target, a backup where an export is expected, and the reverse.
    @Suite struct CLIFileSafetyTests {
        @Test("An export, a backup or a calendar is never written over a folder, a missing folder or the database")
        func exportTargets() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let folder = atrium.directory.file("out")
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let kept = (folder as NSString).appendingPathComponent("keep.txt")
                try "precious".write(toFile: kept, atomically: true, encoding: .utf8)
                let refusals: [([String], String)] = [
                    (["export", "--to", folder], "--to: \(folder) is a folder: name a file in it"),
                    (["export", "--to", atrium.database], "--to: \(atrium.database) is Atrium's own database"),
                    (["export", "--to", atrium.database + "-wal"], "is Atrium's own database"),
                    (["export", "entries", "--output", folder], "--output: \(folder) is a folder"),
                    (["export", "invoices", "--output", atrium.database], "is Atrium's own database"),
                    (["calendar", "export", "--to", folder], "--to: \(folder) is a folder"),
                    (["backup", "--to", atrium.directory.file("nowhere/b.sqlite")], "--to: the folder"),
                    (["export", "entries", "--to", "entries.csv"], "(to write to a file here, use --output)"),
                ]
                for (arguments, message) in refusals {
                    let result = try atrium.run(arguments)
                    #expect(result.status == 1, "\(arguments)")
                    #expect(result.error.contains(message), "\(arguments): \(result.error)")
                }
                #expect(try String(contentsOfFile: kept, encoding: .utf8) == "precious")
                let log = try atrium.run("log")
                #expect(log.status == 0, "the database is intact: \(log.error)")
            }
        }

        /// The path of `name` in the runner's folder, written by `atrium COMMAND --to` it.
        private func written(by atrium: AtriumRunner, _ command: String, to name: String) throws -> String {
            let path = atrium.directory.file(name)
            _ = try atrium.succeed(command, "--to", path)
            return path
        }

        @Test("import atrium takes none of the other imports' options, and leaves no empty database when it fails")
        func importAtriumOptions() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let export = try written(by: atrium, "export", to: "export.json")
                let elsewhere = atrium.directory.file("copy")
                let dry = try atrium.run("import", "atrium", export, "--data-dir", elsewhere, "--dry-run")
                #expect(dry.status == 1)
                #expect(dry.error.contains("--dry-run: does not apply to import atrium"))
                #expect(!FileManager.default.fileExists(atPath: elsewhere + "/atrium.sqlite"))
                let broken = atrium.directory.file("broken.json")
                try "{\"format\":\"atrium-export\"".write(toFile: broken, atomically: true, encoding: .utf8)
                #expect(try atrium.run("import", "atrium", broken, "--data-dir", elsewhere).status != 0)
                #expect(!FileManager.default.fileExists(atPath: elsewhere + "/atrium.sqlite"), "no empty database left")
                let restored = try atrium.succeed("import", "atrium", export, "--data-dir", elsewhere)
                #expect(restored.contains("1 person, 1 client, 1 project, 0 entries, 0 invoices."))
            }
        }

        @Test("A backup given to import atrium, an export or a folder or an empty file given to restore: named as such")
        func wrongKindOfFile() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let backup = try written(by: atrium, "backup", to: "b.sqlite")
                let elsewhere = atrium.directory.file("copy")
                let asExport = try atrium.run("import", "atrium", backup, "--data-dir", elsewhere)
                #expect(
                    asExport.error.contains(
                        "is an Atrium backup (a database), not an export: bring it back with atrium restore FILE"
                    )
                )
                let empty = atrium.directory.file("empty.sqlite")
                #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
                #expect(try atrium.run("restore", empty, "--data-dir", elsewhere).error.contains("not an SQLite file"))
                #expect(
                    try atrium.run("restore", atrium.directory.path, "--data-dir", elsewhere).error.contains(
                        "it is a folder"
                    )
                )
                let existing = try atrium.run("restore", backup)
                #expect(existing.error.contains("already holds data; add --force"))
                #expect(!existing.error.contains("--force:"), "the user gave no --force")
            }
        }

        @Test("Another tool's file, or UTF-16 text, is named as such instead of a problem on every row")
        func wrongFormat() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let clockify = atrium.directory.file("clockify.csv")
                try """
                "Project","Client","Description","User","Start Date","Start Time","End Date","End Time","Duration (h)"
                "Web","Acme","Inbox","Maria Lopez","03/05/2025","09:00","03/05/2025","10:00","01:00:00"
                """.write(toFile: clockify, atomically: true, encoding: .utf8)
                let asToggl = try atrium.run("import", "toggl", clockify)
                #expect(
                    asToggl.error.contains(
                        "it looks like a Clockify export (it has Duration (h)): import it as Clockify"
                    )
                )
                let toggl = atrium.directory.file("toggl.csv")
                let togglText =
                    "User,Client,Start date,Start time,End date,End time,Duration\nMaria Lopez,Acme,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00\n"
                try togglText.write(toFile: toggl, atomically: true, encoding: .utf8)
                #expect(try atrium.run("import", "clockify", toggl).error.contains("it looks like a Toggl export"))
                #expect(
                    try atrium.run("import", "timewarrior", toggl).error.contains("no line of toggl.csv is an interval")
                )
                let timewarrior = atrium.directory.file("2026-03.data")
                try "inc 20260302T090000Z - 20260302T100000Z # acme\n"
                    .write(toFile: timewarrior, atomically: true, encoding: .utf8)
                let dataAsToggl = try atrium.run("import", "toggl", timewarrior)
                #expect(dataAsToggl.error.contains("it looks like Timewarrior data: import it as Timewarrior"))
                let utf16 = atrium.directory.file("utf16.csv")
                try togglText.write(toFile: utf16, atomically: true, encoding: .utf16)
                #expect(
                    try atrium.run("import", "toggl", utf16).error.contains(
                        "it is not UTF-8 text (save it again as UTF-8)"
                    )
                )
                let mapped = try atrium.run("import", "toggl", toggl, "--map", "Maria Lopez=Nobody")
                #expect(
                    mapped.error.contains("--map: Maria Lopez=Nobody: no one in this workspace is named \"Nobody\"")
                )
                let dates = try atrium.run("import", "toggl", toggl, "--date-format", "DD/MM/YYYY")
                #expect(dates.error.contains("--date-format: applies to Clockify files only"))
                let currency = try atrium.run("import", "toggl", toggl, "--currency", "EUR")
                #expect(currency.error.contains("--currency: applies to Kimai files only"))
                let person = try atrium.run("import", "toggl", toggl, "--person", "Nobody")
                #expect(person.error.contains("--person: no one in this workspace is named \"Nobody\""))
                let bad = atrium.directory.file("bad.csv")
                try (togglText + "Maria Lopez,Acme,2026-02-30,09:00:00,2026-02-30,10:00:00,1:00:00\n")
                    .write(toFile: bad, atomically: true, encoding: .utf8)
                let refused = try atrium.run("import", "toggl", bad)
                #expect(
                    refused.output.contains("Read 2 rows of \(bad) (Toggl Track): 1 entry (1:00 h) could be imported.")
                )
            }
        }
    }
}
