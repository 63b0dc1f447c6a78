import ArgumentParser
import AtriumCore
import AtriumServices
import Foundation

/// `atrium export …`: everything out, as files other tools (and a later import) read.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole workspace as JSON, or entries as CSV or JSON.",
        discussion: """
            Examples:
              atrium export --to backup.json
              atrium export entries --format csv --from 2026-01-01 --output entries.csv
              atrium export invoices --output invoices.csv
            """,
        subcommands: [Workspace.self, Entries.self, Invoices.self],
        defaultSubcommand: Workspace.self
    )

    struct Workspace: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "workspace",
            abstract: "Write everything as one JSON document (format atrium-export, version 5), streamed.",
            discussion: """
                Workspace, people, clients (every field, contacts, working hours), projects, tasks, \
                assignments, meetings and blocks, rates of people, exchange rates, invoices, payments and \
                credit notes, and every entry (deleted ones too). Instants are ISO 8601 UTC; money is \
                {amountMinor, currency}. Bring it back with: atrium import atrium FILE. For a byte-for-byte \
                copy of the database use: atrium backup

                Examples:
                  atrium export --format json --to backup.json
                  atrium export > backup.json
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "json (the only format of a whole export).") var format: String = "json"
        @Option(help: "The file to write (default: standard output).") var to: String?

        func validate() throws {
            guard format.lowercased() == "json" else {
                throw ValidationError(
                    "A whole export is JSON; for entries as CSV use: atrium export entries --format csv"
                )
            }
        }

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let sink = try ExportSink(path: to, context: context, protecting: bootstrap.dataDirectory.databasePath)
            let (services, caller) = try await bootstrap.session()
            let count: Int
            do {
                count = try await services.export.exportWorkspace(as: caller) { try sink.write($0) }
                try sink.finish()
            } catch {
                sink.abandon()
                throw error
            }
            if let to { context.say("Exported the workspace with \(count) entries to \(to).") }
        }
    }

    struct Entries: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "entries",
            abstract: "Write the entries of a period (default: all) as CSV or JSON.",
            discussion: """
                CSV is RFC 4180, UTF-8, ISO dates, the same columns as: atrium log --format csv

                Examples:
                  atrium export entries --format csv --from 2026-01-01
                  atrium export entries --format json --month --output november.json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var period: PeriodOptions
        @Option(help: "csv or json.") var format: String = "csv"
        @Option(help: "The file to write (default: standard output).") var output: String?

        func execute(in context: CommandContext) async throws {
            let chosen = try FieldText.choice(format, field: "--format", what: "format") as EntryExportFormat?
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let choice: PeriodChoice
            do {
                choice = try period.choice(default: .all, context: try await bootstrap.timeContext(services, caller))
            } catch let refused as InvalidInput where refused.field == "--to" && (period.to ?? "").contains(".") {
                // `atrium export --to FILE` names a file; here --to is the period's last day.
                throw InvalidInput(refused.message + " (to write to a file here, use --output)", field: "--to")
            }
            let list = try await services.entries.list(choice, as: caller)
            let text: String =
                switch chosen ?? .csv {
                case .csv: EntryRecord.csv(list.entries)
                case .json: try JSONText.encode(list.entries.map(EntryRecord.init)) + "\n"
                }
            if let output {
                try FileOutput.write(
                    text,
                    to: output,
                    field: "--output",
                    protecting: bootstrap.dataDirectory.databasePath
                )
                context.say("Exported \(list.entries.count) entries to \(output).")
            } else {
                context.standardOutput.write(text)
            }
        }
    }
}

/// The formats of `export entries`.
enum EntryExportFormat: String, CaseIterable {
    case csv, json
}

/// Where an export's chunks go: a new file (written beside it, then moved into place) or stdout.
final class ExportSink: Sendable {
    private let handle: FileHandle?
    private let partial: String?
    private let path: String?
    private let context: CommandContext

    /// Starts writing to `path` (standard output when nil), refusing a folder or `database`.
    init(path: String?, context: CommandContext, protecting database: String) throws {
        self.path = path
        self.context = context
        guard let path else {
            handle = nil
            partial = nil
            return
        }
        try FileOutput.checkTarget(path, field: "--to", protecting: database)
        let partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil),
            let handle = FileHandle(forWritingAtPath: partial)
        else {
            throw InvalidInput("cannot write \(path): check that its folder exists and is writable", field: "--to")
        }
        self.handle = handle
        self.partial = partial
    }

    func write(_ bytes: [UInt8]) throws {
        if let handle {
            try handle.write(contentsOf: bytes)
        } else {
            context.standardOutput.write(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Removes a file left half-written by a failed export.
    func abandon() {
        try? handle?.close()
        if let partial { try? FileManager.default.removeItem(atPath: partial) }
    }

    /// Closes the file and moves it into place (replacing an older export of the same name).
    func finish() throws {
        guard let handle, let partial, let path else { return }
        try handle.close()
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
    }
}
