import Foundation
import Testing

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
            #expect(refused.error.contains("--force: "))
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
            #expect(bad.error.contains("cannot be restored: not a database, or damaged. Nothing was changed."))
            let missing = try atrium.run("restore", atrium.directory.file("nope.sqlite"))
            #expect(missing.status == 65)
            #expect(missing.error.contains("there is no such file"))
        }
    }
}
