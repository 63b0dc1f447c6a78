import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium workspace …`: the business's own settings.
struct WorkspaceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace",
        abstract: "Show or change the workspace: name, home zone, week start, default rate.",
        subcommands: [Show.self, Edit.self]
    )

    struct Show: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the workspace's settings.",
            discussion: "Example:\n  atrium workspace show"
        )

        @OptionGroup var global: GlobalOptions

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let directory = try await services.workspaces.directory(for: caller)
            WorkspaceCommand.describe(
                directory.workspace,
                you: directory.person,
                data: bootstrap.dataDirectory,
                context
            )
        }
    }

    struct Edit: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change the workspace's settings (a default rate change is audited).",
            discussion: """
                Examples:
                  atrium workspace edit --rate 42.50
                  atrium workspace edit --week-start sun --zone America/Bogota
                  atrium workspace edit --invoice-details $'Calle 5, 06700 CDMX\nRFC LOMA800101XX0\nCLABE 0121 8000 1234 5678 90'
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "A new name.") var name: String?
        @Option(help: "Home zone for new team members, e.g. America/Mexico_City.") var zone: String?
        @Option(help: "First day of the week: mon … sun.") var weekStart: String?
        @Option(help: "Default hourly rate in the base currency, for clients without a rate of their own.")
        var rate: String?
        @Flag(help: "Remove the default rate.") var noRate = false
        @Option(help: "What invoices say under your name: address, tax number, how to pay (lines; \"\" removes).")
        var invoiceDetails: String?

        func validate() throws {
            guard !(noRate && rate != nil) else { throw ValidationError("Choose --rate or --no-rate, not both.") }
        }

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            var changes = WorkspaceService.Changes()
            changes.name = name
            changes.zone = try FieldText.zone(zone, field: "--zone")
            changes.weekStart = try FieldText.weekday(weekStart, field: "--week-start")
            changes.defaultRate = rate
            changes.clearsDefaultRate = noRate
            changes.invoiceDetails = invoiceDetails
            let workspace = try await services.workspaces.edit(changes, as: caller)
            let directory = try await services.workspaces.directory(for: caller)
            context.say("Updated the workspace.")
            WorkspaceCommand.describe(workspace, you: directory.person, data: bootstrap.dataDirectory, context)
        }
    }

    static func describe(_ workspace: Workspace, you: Person, data: DataDirectory, _ context: CommandContext) {
        let style = context.style
        context.say(style.bold(workspace.name))
        let lines = [
            ("Base currency", workspace.baseCurrency.code),
            ("Default rate", workspace.defaultRate.map { "\($0.labeled)/h" } ?? "none"),
            ("Home zone", workspace.zone.identifier),
            ("Week starts", workspace.weekStart.rawValue.capitalized),
            (
                "On invoices",
                workspace.invoiceDetails.isEmpty
                    ? "(no details)" : workspace.invoiceDetails.replacingOccurrences(of: "\n", with: " · ")
            ),
            ("You", "\(you.name) (\(you.role.rawValue)), \(you.zone)"),
            ("Data", data.databasePath),
        ]
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines { context.say("  " + style.dim(label.padding(to: width)) + "  " + value) }
    }
}
