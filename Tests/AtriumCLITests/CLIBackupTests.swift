import Foundation
import Testing

extension CLISuite {
    /// `atrium backup` and `atrium restore` on the built binary.
    @Suite struct CLIBackupTests {
        @Test("Back up, change, restore: the data comes back, the replaced data is kept, files are never overwritten")
        func roundTrip() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let backup = atrium.directory.file("atrium-2026-11-23.sqlite")
                let made = try atrium.succeed("backup", "--to", backup)
                #expect(made.hasPrefix("Backed up to \(backup): 1 workspace (Maria Lopez VA), 0 entries,"))
                let again = try atrium.run("backup", "--to", backup)
                #expect(again.status == 1)
                #expect(again.error.contains("already exists"))

                try atrium.addBloom()
                let refused = try atrium.run("restore", backup)
                #expect(refused.status == 1)
                #expect(refused.error.contains("already holds data; add --force to replace it"))
                #expect(try atrium.succeed("client", "list", "--format", "csv").contains("Bloom & Co"))

                let restored = try atrium.succeed("restore", backup, "--force")
                #expect(restored.contains("Kept the replaced data in "))
                #expect(restored.contains("Restored from \(backup): 1 workspace (Maria Lopez VA)"))
                #expect(!(try atrium.succeed("client", "list", "--format", "csv")).contains("Bloom & Co"))
                let kept = try FileManager.default.contentsOfDirectory(atPath: atrium.home)
                    .filter { $0.hasPrefix("atrium.sqlite.before-restore-") }
                #expect(kept.count == 1)
                #expect(try atrium.succeed("audit", "verify").contains("intact"))
            }
        }

        @Test("A restore into an empty data directory, and files that cannot be restored")
        func emptyAndBad() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let backup = atrium.directory.file("copy.sqlite")
                try atrium.succeed("backup", "--to", backup)
                let other = atrium.directory.file("elsewhere")
                let fresh = try atrium.run("restore", backup, "--data-dir", other)
                #expect(fresh.status == 0)
                #expect(
                    try atrium.succeed("client", "list", "--data-dir", other, "--format", "csv").contains("Acme Realty")
                )

                let garbage = atrium.directory.file("garbage.sqlite")
                try "not a database".write(toFile: garbage, atomically: true, encoding: .utf8)
                let bad = try atrium.run("restore", garbage, "--force")
                #expect(bad.status == 65)
                #expect(
                    bad.error.contains(
                        "cannot be restored: not an SQLite file (a backup is what atrium backup writes). Nothing was changed."
                    )
                )
                let export = atrium.directory.file("export.json")
                try atrium.succeed("export", "--to", export)
                let json = try atrium.run("restore", export, "--force")
                #expect(json.status == 65)
                #expect(
                    json.error.contains("it is a JSON export, not a backup: bring it in with atrium import atrium FILE")
                )
                let missing = try atrium.run("restore", atrium.directory.file("nope.sqlite"))
                #expect(missing.status == 65)
                #expect(missing.error.contains("there is no such file"))
            }
        }
    }
}

extension CLISuite {
    /// `atrium export` on the built binary.
    @Suite struct CLIExportTests {
        @Test("The whole workspace to a JSON file, entries of a period as CSV, a wrong format refused")
        func export() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.add("acme", on: "2026-11-20", from: "09:00", to: "10:30", "Listings")
                try atrium.succeed("add", "acme", "--date", "2026-11-23", "--from", "09:00", "--to", "09:30", "Inbox")
                let file = atrium.directory.file("backup.json")
                let said = try atrium.succeed("export", "--format", "json", "--to", file)
                #expect(said == "Exported the workspace with 2 entries to \(file).\n")
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
                        as? [String: Any]
                )
                #expect((object["entries"] as? [Any])?.count == 2)
                #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
                let csv = try atrium.succeed("export", "entries", "--format", "csv", "--from", "2026-11-21")
                let lines = csv.split(separator: "\r\n")
                #expect(lines.count == 2)
                #expect(lines.first?.hasPrefix("number,date,start,end,hours,client") == true)
                let refused = try atrium.run("export", "--format", "csv")
                #expect(refused.status == 64)
                let bad = try atrium.run("export", "--to", "/nonexistent/dir/backup.json")
                #expect(bad.status == 1)
                #expect(bad.error.contains("--to: the folder /nonexistent/dir does not exist"))
            }
        }
    }
}

extension CLISuite {
    /// `atrium retainer` on the built binary (the billing issue's session, first part).
    @Suite struct CLIRetainerTests {
        @Test("Set a retainer, see this period's hours and the pace, refuse bad terms, remove it")
        func retainer() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.addBloom()
                try atrium.succeed("add", "bloom", "--date", "2026-11-02", "--from", "09:00", "--to", "13:00", "Books")
                try atrium.succeed("add", "bloom", "--date", "2026-11-09", "--from", "09:00", "--to", "15:00", "Books")
                let set = try atrium.succeed(
                    "retainer",
                    "set",
                    "bloom",
                    "--monthly",
                    "900",
                    "--hours",
                    "20",
                    "--rollover",
                    "5h",
                    "--overage-rate",
                    "50",
                    "--currency",
                    "GBP"
                )
                #expect(
                    set
                        == "Retainer set: GBP 900.00/month for 20:00 h, rollover up to 5:00 h, overage GBP 50.00/h, from 2026-11-01.\n"
                )
                let status = try atrium.succeed("retainer", "status", "bloom")
                #expect(status.contains("This period: 2026-11-01 – 2026-11-30 (Europe/London)"))
                #expect(status.contains("  Used        10:00"))
                #expect(status.contains("  Left        10:00"))
                // 10 h in 22.75 days: 20 h would take 45.5 days, past the period's end.
                #expect(status.contains("At this pace the hours last the period."))
                #expect(try atrium.succeed("retainer", "alerts") == "No retainer alerts yet.\n")
                try atrium.succeed("add", "bloom", "--date", "2026-11-10", "--from", "09:00", "--to", "14:00", "Books")
                #expect(
                    try atrium.succeed("retainer", "alerts", "bloom")
                        == "2026-11-23 18:00  Bloom & Co  75% of 20:00 h used (15:00 h), period 2026-11-01 – 2026-11-30\n"
                )
                #expect(
                    try atrium.succeed("retainer", "status", "bloom").contains("Alert: 75% reached 2026-11-23 18:00")
                )
                let wrongCurrency = try atrium.run(
                    "retainer",
                    "set",
                    "bloom",
                    "--monthly",
                    "900",
                    "--hours",
                    "20",
                    "--currency",
                    "USD"
                )
                #expect(wrongCurrency.status == 1)
                #expect(wrongCurrency.error.contains("currency: Bloom & Co is billed in GBP, not USD"))
                try atrium.succeed("retainer", "remove", "bloom")
                let none = try atrium.run("retainer", "status", "bloom")
                #expect(none.status != 0)
                #expect(none.error.contains("A retainer for Bloom & Co"))
            }
        }

        @Test("Export and import atrium carry the books: the issued invoice, its payment and its held entry come back")
        func exportCarriesInvoices() throws {
            try withRunner { atrium in
                try atrium.initialized()
                try atrium.add("acme", on: "2026-11-02", from: "09:00", to: "10:30", "Listings")
                try atrium.succeed("invoice", "draft", "acme", "--month", "2026-11")
                try atrium.succeed("invoice", "issue", "INV-DRAFT-1", "--terms", "net15")
                try atrium.succeed("payment", "add", "2026-0001", "20.00", "--date", "2026-11-23")
                let file = atrium.directory.file("books.json")
                try atrium.succeed("export", "--to", file)
                let other = atrium.directory.file("elsewhere")
                let restored = try atrium.succeed("import", "atrium", file, "--data-dir", other)
                #expect(restored.contains("1 entry, 1 invoice."))
                let listed = try atrium.succeed("invoice", "list", "--data-dir", other)
                #expect(listed.contains("2026-0001"))
                #expect(listed.contains("partially paid"))
                let again = try atrium.run("invoice", "draft", "acme", "--month", "2026-11", "--data-dir", other)
                #expect(again.status != 0, "the entry is still held by 2026-0001")
                let locked = try atrium.run("edit", "1", "--memo", "changed", "--data-dir", other)
                #expect(locked.error.contains("billed on invoice 2026-0001"))
            }
        }
    }
}
