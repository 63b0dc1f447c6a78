import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium task …`: a client's tasks, which time is tracked against and which may have a rate.
struct TaskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "Add, list and edit tasks (each belongs to one client, and maybe one of its projects).",
        discussion: """
            A task's rate comes first in the rate chain: entry price > task > project > person > client > \
            workspace default. Track time on a task with --task on start, add and edit.
            """,
        subcommands: [Add.self, List.self, Edit.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a task to a client.",
            discussion: """
                Examples:
                  atrium task add acme "Monthly close" --rate 70
                  atrium task add acme "Photo edits" --project listings
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client, by a unique prefix.") var client: String
        @Argument(help: "The task's name.") var name: String
        @Option(help: "One of the client's projects; the task's entries are then in it.") var project: String?
        @Option(help: "Hourly rate in the client's currency, overriding the project's and client's.") var rate: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let added = try await services.tasks.add(
                name,
                client: client,
                project: project,
                TaskService.Input(rate: rate),
                as: caller
            )
            context.say("Added task " + TaskCommand.describe(added))
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List tasks.",
            discussion: "Example:\n  atrium task list --client acme"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this client's tasks.") var client: String?
        @Flag(help: "Include archived tasks.") var archived = false
        @OptionGroup var output: FormatOption

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let tasks = try await services.tasks.list(client: client, includeArchived: archived, as: caller)
            let header = ["client", "task", "project", "currency", "rate", "archived"]
            let rows = tasks.map { listed -> [ListCell] in
                [
                    .text(listed.client.name), .text(listed.task.name), .text(orAbsent: listed.project?.name),
                    .text(listed.client.currency.code), .text(orAbsent: listed.task.rate?.decimalString),
                    .flag(listed.task.isArchived),
                ]
            }
            try ListPrinter.print(header: header, cells: rows, format: output.format, context: context) {
                tasks.isEmpty ? "No tasks yet. Add one with: atrium task add CLIENT \"Task name\"" : nil
            }
        }
    }

    struct Edit: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Rename a task, change its rate, or archive it (rate changes are audited).",
            discussion: "Example:\n  atrium task edit acme \"monthly close\" --rate 75"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client, by a unique prefix.") var client: String
        @Argument(help: "The task, by a unique prefix.") var task: String
        @Option(help: "A new name.") var rename: String?
        @Option(help: "Hourly rate in the client's currency.") var rate: String?
        @Flag(help: "Remove the task's own rate (the project's or client's applies).") var noRate = false
        @Flag(help: "Archive the task.") var archive = false
        @Flag(help: "Bring an archived task back.") var unarchive = false

        func validate() throws {
            guard !(archive && unarchive) else { throw ValidationError("Choose --archive or --unarchive, not both.") }
            guard !(noRate && rate != nil) else { throw ValidationError("Choose --rate or --no-rate, not both.") }
        }

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            var input = TaskService.Input(name: rename, rate: rate)
            input.clearsRate = noRate
            if archive { input.archived = true }
            if unarchive { input.archived = false }
            let updated = try await services.tasks.edit(task, client: client, input, as: caller)
            context.say("Updated task " + TaskCommand.describe(updated) + (updated.task.isArchived ? ", archived" : ""))
        }
    }

    /// `Acme Realty: Monthly close (Listings) at AUD 70.00/h`.
    static func describe(_ listed: TaskService.Listed) -> String {
        let project = listed.project.map { " (\($0.name))" } ?? ""
        let rate = listed.task.rate.map { " at \($0.labeled)/h" } ?? ""
        return "\(listed.client.name): \(listed.task.name)\(project)\(rate)"
    }
}
