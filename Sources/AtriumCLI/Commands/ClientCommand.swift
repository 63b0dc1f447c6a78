import ArgumentParser
import AtriumCore
import AtriumDocuments
import AtriumServices

/// `atrium client …`: the client list and profiles.
struct ClientCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "client",
        abstract: "Add, list, show, edit and archive clients.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Archive.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a client.",
            discussion: """
                Example:
                  atrium client add "Acme Realty" --zone Australia/Sydney --currency AUD --rate 45 --rounding up:15m --language en
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client's short name, e.g. \"Acme Realty\".") var name: String
        @OptionGroup var options: ClientOptions

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let hours = try options.checkedHours()
            let client = try await services.clients.add(try options.input(name: name), as: caller)
            context.say("Added \(client.name) — \(ClientFormat.summary(client))")
            if let hours { try await ClientCommand.setHours(hours, of: client, services, caller, context) }
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List clients.",
            discussion: "Example:\n  atrium client list --format csv"
        )

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Include archived clients.") var archived = false
        @OptionGroup var output: FormatOption

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let clients = try await services.clients.list(includeArchived: archived, as: caller)
            let header = ["name", "zone", "currency", "rate", "rounding", "language", "status", "archived"]
            let rows = clients.map { client -> [ListCell] in
                [
                    .text(client.name), .text(client.zone.identifier), .text(client.currency.code),
                    .text(orAbsent: client.rate?.decimalString), .text(client.rounding.description),
                    .text(client.language.tag),
                    .text(client.status.rawValue), .flag(client.isArchived),
                ]
            }
            try ListPrinter.print(header: header, cells: rows, format: output.format, context: context) {
                clients.isEmpty ? "No clients yet. Add one with: atrium client add \"Name\" --zone Europe/London" : nil
            }
        }
    }

    struct Show: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a client's profile, contacts, projects and hours.",
            discussion: "Example:\n  atrium client show acme"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client's name or a unique prefix of it.") var name: String

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let details = try await services.clients.details(of: name, as: caller)
            ClientFormat.printDetails(details, now: bootstrap.now(), context: context)
        }
    }

    struct Edit: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a client's profile, rate or rounding (rate and rounding changes are audited).",
            discussion: """
                Examples:
                  atrium client edit acme --rate 50
                  atrium client edit bloom --rounding nearest:6m --channel slack
                  atrium client edit "Acme Realty" --rename "Acme Realty Group"
                  atrium client edit acme --hours "Mon-Fri 09:00-17:00"   (on the client's clock)
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client's name or a unique prefix of it.") var name: String
        @Option(help: "A new name.") var rename: String?
        @Flag(help: "Remove the client's own rate (the workspace default applies).") var noRate = false
        @Flag(help: "Bring an archived client back.") var unarchive = false
        @OptionGroup var options: ClientOptions

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            var input = try options.input(name: rename)
            input.clearsRate = noRate
            if unarchive { input.archived = false }
            let hours = try options.checkedHours()
            let client = try await services.clients.edit(name, with: input, as: caller)
            context.say("Updated \(client.name) — \(ClientFormat.summary(client))")
            if let hours { try await ClientCommand.setHours(hours, of: client, services, caller, context) }
        }
    }

    struct Archive: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Archive a client: hidden from lists, history kept.",
            discussion: "Example:\n  atrium client archive northwind"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client's name or a unique prefix of it.") var name: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let client = try await services.clients.archive(name, as: caller)
            context.say(
                "Archived \(client.name). Bring it back with: atrium client edit \"\(client.name)\" --unarchive"
            )
        }
    }

    /// Sets the client's working hours after an add or edit and says so.
    static func setHours(
        _ text: String,
        of client: Client,
        _ services: Services,
        _ caller: Caller,
        _ context: CommandContext
    ) async throws {
        let hours = try await services.hours.setHours(text, of: client.id, as: caller)
        context.say(
            hours.isEmpty ? "Working hours cleared." : "Working hours: \(hours) (\(client.zone.identifier))"
        )
    }
}
