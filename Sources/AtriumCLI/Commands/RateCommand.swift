import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium rate …`: hourly rates at every level of the chain.
struct RateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Set and list hourly rates: workspace default, client, a person's for a client, project, task.",
        discussion: """
            The rate used for an entry is the first set of: the entry's own price (kept from an \
            import), the task's rate, the project's rate, the person's rate for the client, the client's rate, and the \
            workspace default (for clients billed in the base currency). Each invoice line keeps the \
            rate it used, so a later change never alters an issued invoice.
            """,
        subcommands: [Set.self, List.self]
    )

    struct Set: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set a rate, or remove it with none (owners). Every change is audited.",
            discussion: """
                Examples:
                  atrium rate set acme 45 --currency AUD       # the client's rate
                  atrium rate set acme/listings 55             # a project's (or: acme 55 --project listings)
                  atrium rate set acme 60 --person "Ana Silva" # what Ana's hours for Acme bill at
                  atrium rate set acme 70 --task "monthly close"  # a task's (see atrium task)
                  atrium rate set --workspace 40               # the default, in the base currency
                  atrium rate set acme/listings none           # remove: the next rate in the chain applies
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "CLIENT[/PROJECT] AMOUNT, or AMOUNT alone with --workspace. AMOUNT none removes the rate.")
        var values: [String] = []
        @Option(help: "A project of the client.") var project: String?
        @Option(help: "A person whose own rate for the client this is.") var person: String?
        @Option(help: "A task of the client.") var task: String?
        @Flag(help: "Set the workspace default rate (in the base currency).") var workspace = false
        @Option(help: "The currency, as a check: the client's (or the base currency).") var currency: String?

        func validate() throws {
            guard !workspace || (project == nil && task == nil && person == nil) else {
                throw ValidationError("--workspace sets the default rate: it takes no --project, --task or --person.")
            }
        }

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let expected = workspace ? 1 : 2
            guard values.count == expected else {
                throw InvalidInput(
                    workspace
                        ? "give the amount alone with --workspace, e.g. atrium rate set --workspace 40"
                        : "give the client and the amount, e.g. atrium rate set acme 45 (or --workspace 40)",
                    field: "arguments"
                )
            }
            let currency = try self.currency.map { text in
                try attributing(to: "--currency") { try Currency(code: text) }
            }
            var path = workspace ? nil : values[0]
            if let project, let client = path { path = "\(client)/\(project)" }
            let amount = values[expected - 1]
            let rate = try await services.rates.set(
                amount.lowercased() == "none" ? nil : amount,
                on: RateService.Target(path: path, person: person, task: task),
                currency: currency,
                as: caller
            )
            context.say("Rate of \(rate.target): \(rate.rate?.labeled ?? "none").")
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract:
                "The rates that are set: workspace default, then per client its own, its people's and its projects'.",
            discussion: "Examples:\n  atrium rate list\n  atrium rate list acme"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Only this client.") var client: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            var table = TextTable([
                .init(title: "Level"), .init(title: "For"), .init(title: "Hourly", alignment: .right),
            ])
            for rate in try await services.rates.list(client: client, as: caller) {
                table.add([rate.level.rawValue, rate.target, rate.rate?.labeled ?? "—"])
            }
            context.say(table.render(style: context.style))
        }
    }
}
