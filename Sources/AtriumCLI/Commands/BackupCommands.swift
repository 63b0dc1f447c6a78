import ArgumentParser
import AtriumCore
import AtriumStore
import Foundation

/// `atrium backup --to FILE`: a consistent copy of the database, while others write.
struct BackupCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the whole database to a file, consistently, even while the server and other commands write.",
        discussion: """
            Uses SQLite's online backup API. The copy is checked (SQLite's integrity check) before it is \
            put in place; an existing file is never overwritten. Bring it back with: atrium restore FILE

            Example:
              atrium backup --to atrium-2026-11-22.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The new file to write, e.g. atrium-2026-11-22.sqlite.") var to: String

    func execute(in context: CommandContext) async throws {
        let bootstrap = try Bootstrap(options: global, context: context)
        try FileOutput.checkTarget(to, field: "--to", protecting: bootstrap.dataDirectory.databasePath)
        let store = try bootstrap.openStore(creating: false)
        let summary = try store.backup(to: to)
        context.say("Backed up to \(summary.path): \(BackupCommand.describe(summary)).")
    }

    /// `1 workspace (Maria Lopez VA), 100,000 entries, 24.1 MB`.
    static func describe(_ summary: BackupSummary) -> String {
        let workspaces = summary.workspaces.count.counting("workspace", "workspaces")
        let megabytes = Double(summary.bytes) / 1_048_576
        return "\(workspaces) (\(summary.workspaces.joined(separator: ", "))), \(summary.entryCount) entries, "
            + String(format: "%.1f MB", megabytes)
    }
}

/// `atrium restore FILE`: the database brought back from a backup.
struct RestoreCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring the database back from a backup file; refuses to replace data without --force.",
        discussion: """
            The file is checked first: an SQLite file that passes SQLite's integrity check, written by \
            this or an older Atrium (an older one is brought up to date), holding a workspace. With \
            --force, the data being replaced is first copied to atrium.sqlite.before-restore-TIME (e.g. \
            before-restore-2026-11-22T093000Z) in the data directory, so nothing is lost.

            Examples:
              atrium restore atrium-2026-11-22.sqlite
              atrium restore atrium-2026-11-22.sqlite --force
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The backup file.") var file: String
    @Flag(help: "Replace the data there now (it is kept beside it first).") var force = false

    func execute(in context: CommandContext) async throws {
        let bootstrap = try Bootstrap(options: global, context: context)
        let summary = try SQLiteStore.inspectBackup(at: file)
        let directory = bootstrap.dataDirectory
        if directory.hasDatabase {
            guard force else {
                throw InvalidInput(
                    "\(directory.databasePath) already holds data; add --force to replace it (it is kept as a copy first)"
                )
            }
            let store = try bootstrap.openStore(creating: false)
            let stamp = Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)).iso8601
                .replacingOccurrences(of: ":", with: "")
            let kept = try store.backup(to: directory.databasePath + ".before-restore-\(stamp)")
            context.say("Kept the replaced data in \(kept.path).")
            _ = try store.restore(from: file)
        } else {
            _ = try bootstrap.openStore(creating: true).restore(from: file)
        }
        // Opening again brings an older backup's schema up to date.
        _ = try bootstrap.openStore(creating: false)
        context.say("Restored from \(file): \(BackupCommand.describe(summary)).")
    }
}
