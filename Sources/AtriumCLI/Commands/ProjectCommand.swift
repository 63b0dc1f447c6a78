import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium project …`: projects per client.
struct ProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Add, list and edit projects (each belongs to one client).",
        subcommands: [Add.self, List.self, Edit.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a project to a client.",
            discussion: """
                Example:
                  atrium project add acme/"Listings" --rate 55 --budget 20h
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "client/project, e.g. acme/Listings (the client by a unique prefix).") var path: String
        @Option(help: "Hourly rate in the client's currency, overriding the client's.") var rate: String?
        @Option(help: "Hour budget, e.g. 20h or 7h30m.") var budget: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let input = ProjectService.Input(
                rate: rate,
                budget: try FieldText.duration(budget, field: "--budget")
            )
            let (client, project) = try await services.projects.add(path, input, as: caller)
            let rateText = project.rate.map { " at \($0.labeled)/h" } ?? ""
            context.say("Added project \(client.name) / \(project.name)\(rateText)")
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List projects.",
            discussion: "Example:\n  atrium project list --client acme"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this client's projects.") var client: String?
        @Flag(help: "Include archived projects.") var archived = false
        @OptionGroup var output: FormatOption

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let projects = try await services.projects.list(client: client, includeArchived: archived, as: caller)
            let header = ["client", "project", "currency", "rate", "budget_hours", "archived"]
            let rows = projects.map { client, project -> [ListCell] in
                [
                    .text(client.name), .text(project.name), .text(client.currency.code),
                    .text(orAbsent: project.rate?.decimalString), .text(orAbsent: project.budget?.decimalHours),
                    .flag(project.isArchived),
                ]
            }
            try ListPrinter.print(header: header, cells: rows, format: output.format, context: context) {
                projects.isEmpty ? "No projects yet. Add one with: atrium project add client/Project" : nil
            }
        }
    }

    struct Edit: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Rename a project, change its rate or budget, or archive it (rate changes are audited).",
            discussion: "Example:\n  atrium project edit acme/listings --rate 60"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "client/project, each by a unique prefix.") var path: String
        @Option(help: "A new name.") var rename: String?
        @Option(help: "Hourly rate in the client's currency.") var rate: String?
        @Flag(help: "Remove the project's own rate (the client's applies).") var noRate = false
        @Option(help: "Hour budget, e.g. 20h.") var budget: String?
        @Flag(help: "Archive the project.") var archive = false
        @Flag(help: "Bring an archived project back.") var unarchive = false

        func validate() throws {
            guard !(archive && unarchive) else { throw ValidationError("Choose --archive or --unarchive, not both.") }
            guard !(noRate && rate != nil) else { throw ValidationError("Choose --rate or --no-rate, not both.") }
        }

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            var input = ProjectService.Input(
                name: rename,
                rate: rate,
                budget: try FieldText.duration(budget, field: "--budget")
            )
            input.clearsRate = noRate
            if archive { input.archived = true }
            if unarchive { input.archived = false }
            let (client, project) = try await services.projects.edit(path, input, as: caller)
            let rateText = project.rate.map { "\($0.labeled)/h" } ?? "the client's rate"
            context.say(
                "Updated \(client.name) / \(project.name): \(rateText)" + (project.isArchived ? ", archived" : "")
            )
        }
    }
}
