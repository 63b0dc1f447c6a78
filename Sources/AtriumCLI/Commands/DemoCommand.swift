import ArgumentParser
import AtriumCore
import AtriumServices
import Foundation

/// `atrium demo`: a workspace to try things on.
struct DemoCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo workspace (clients in Sydney, London and New York, four weeks of work).",
        discussion: """
            Without --data-dir or $ATRIUM_HOME the demo goes to a new temporary folder, so your own data is \
            never touched. It prints the summary of the last seven days and how to keep using the demo.

            Examples:
              atrium demo
              atrium demo --data-dir ./demo --replace
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Your zone in the demo (default: the system's).") var zone: String?
    @Flag(help: "Replace the data in the given data directory.") var replace = false

    func execute(in context: CommandContext) async throws {
        var options = global
        let explicit = options.dataDir ?? context.environment["ATRIUM_HOME"]
        if explicit == nil || explicit?.isEmpty == true {
            let name = "atrium-demo-" + UUID().uuidString.prefix(8).lowercased()
            options.dataDir = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        }
        let bootstrap = try Bootstrap(options: options, context: context)
        let directory = bootstrap.dataDirectory
        if directory.hasDatabase {
            guard replace else { throw CLIError.demoWouldReplace(directory.path) }
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: directory.databasePath + suffix)
            }
        }
        let services = try bootstrap.services(creating: true)
        let caller = try await services.demo.create(
            zone: try FieldText.zone(zone, field: "--zone") ?? SystemDefaults.zone()
        )
        context.say("Demo workspace created in \(directory.path)\n")
        let today = try await bootstrap.timeContext(services, caller).today
        let lastSevenDays = PeriodChoice.range(from: today.adding(days: -6), to: today)
        let report = try await services.summaries.summary(lastSevenDays, by: .client, as: caller)
        SummaryFormat.printTable(report, context: context)
        context.say("\nKeep using it:\n  export ATRIUM_HOME=\(directory.path)\n  atrium status\n  atrium log --week")
    }
}
