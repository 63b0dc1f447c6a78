import ArgumentParser
import AtriumCore
import AtriumDocuments
import AtriumServices

/// `atrium log`: the entries of a period.
struct LogCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List entries of a period (default: today), in your zone.",
        discussion: """
            Examples:
              atrium log --week
              atrium log --from 2026-11-01 --to 2026-11-15 --client acme --format csv > acme.csv
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: PeriodOptions
    @Option(help: "Only this client, or client/project.") var client: String?
    @OptionGroup var output: FormatOption

    func execute(in context: CommandContext) async throws {
        let bootstrap = try Bootstrap(options: global, context: context)
        let (services, caller) = try await bootstrap.session()
        let choice = try period.choice(default: .today, context: try await bootstrap.timeContext(services, caller))
        let list = try await services.entries.list(choice, client: client, as: caller)
        switch output.format {
        case .table: printTable(list, context: context)
        case .csv: context.standardOutput.write(EntryRecord.csv(list.entries))
        case .json: context.say(try JSONText.encode(list.entries.map(EntryRecord.init)))
        }
    }

    private func printTable(_ list: EntryList, context: CommandContext) {
        let style = context.style
        context.say(style.bold("Entries, \(list.period.label)") + style.dim(" (\(list.period.zone))"))
        guard !list.entries.isEmpty else {
            context.say("No entries. Start a timer with: atrium start CLIENT \"memo\"")
            return
        }
        var table = TextTable([
            .init(title: "#", alignment: .right), .init(title: "Day"), .init(title: "Start"), .init(title: "End"),
            .init(title: "Time", alignment: .right), .init(title: "Client"), .init(title: "Project"),
            .init(title: "Memo", maxWidth: 40), .init(title: "Tags", maxWidth: 30),
        ])
        for view in list.entries {
            let billable = view.entry.isBillable ? "" : " ·"
            table.add([
                String(view.entry.number), "\(view.start.date.weekday.shortName) \(view.start.date)",
                view.start.time.hourAndMinute, view.end?.time.hourAndMinute ?? "now",
                view.duration.clockText + billable, view.clientName, view.work, view.entry.memo,
                view.entry.tags.map(\.description).joined(separator: " "),
            ])
        }
        table.footer = [
            [
                "", "Total", "", "", list.total.clockText,
                list.entries.count.counting("entry", "entries"), "", "", "",
            ]
        ]
        context.say(table.render(style: style))
        if list.entries.contains(where: { !$0.entry.isBillable }) { context.say(style.dim("· not billable")) }
    }
}
