import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium audit …`: the tamper-evident trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify and read the tamper-evident audit trail.",
        subcommands: [Verify.self, Log.self]
    )

    struct Verify: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Recompute the audit chain and compare every entry with its audited state.",
            discussion: """
                Exits 0 when intact, 65 when a record was changed, removed or added outside Atrium, naming \
                the first broken record.

                Example:
                  atrium audit verify
                """
        )

        @OptionGroup var global: GlobalOptions

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let report = try await services.audit.verify(as: caller)
            switch report.verification {
            case .intact(let head):
                context.say(
                    context.style.green("Audit trail intact: ")
                        + "\(head.sequence) records, \(report.entriesChecked) entries as audited; "
                        + "last hash \(head.hash.prefix(16))…"
                )
            case .broken(let problem):
                context.warn("atrium: " + problem.explanation)
                throw CommandExit(status: .dataError)
            }
        }
    }

    struct Log: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Show the latest audit records.",
            discussion: "Example:\n  atrium audit log --limit 20"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "How many records, newest first.") var limit = 20
        @OptionGroup var output: FormatOption

        func validate() throws {
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000.") }
        }

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let zone = try await bootstrap.timeContext(services, caller).zone
            let records = try await services.audit.recent(limit: limit, as: caller)
            let header = ["sequence", "at", "action", "summary", "hash"]
            let rows = records.map { record -> [ListCell] in
                [
                    .integer(Int64(record.sequence)), .text(zone.iso8601(at: record.at)), .text(record.action.rawValue),
                    .text(record.summary), .text(String(record.hash.prefix(16))),
                ]
            }
            try ListPrinter.print(header: header, cells: rows, format: output.format, context: context)
        }
    }
}
