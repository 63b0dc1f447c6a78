import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium init`: create the workspace and its owner.
struct InitCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create your workspace in the data directory.",
        discussion: """
            Every flag has a default read from this system: your name, its time zone and the currency of \
            its locale.

            Example:
              atrium init --name "Maria Lopez VA" --currency USD --zone America/Mexico_City --rate 40
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The business's name (default: \"<your name> VA\").") var name: String?
    @Option(help: "Your name, as the workspace owner (default: your system user's name).") var owner: String?
    @Option(help: "Your email address.") var email: String?
    @Option(help: "Base currency, ISO 4217 (default: your locale's).") var currency: String?
    @Option(help: "Your IANA time zone, e.g. America/Mexico_City (default: the system's).") var zone: String?
    @Option(help: "First day of the week: mon … sun.") var weekStart = "mon"
    @Option(help: "Default hourly rate in the base currency, e.g. 40 or 42.50.") var rate: String?
    @Option(help: "Your language, e.g. en, ru, ar, vi, bg.") var language: String?

    func execute(in context: CommandContext) async throws {
        let bootstrap = try Bootstrap(options: global, context: context)
        let environment = context.environment
        let ownerName = owner ?? SystemDefaults.userName(environment: environment)
        let setup = WorkspaceService.Setup(
            name: name ?? "\(ownerName) VA",
            baseCurrency: try FieldText.currency(currency, field: "--currency")
                ?? SystemDefaults.currency(environment: environment),
            zone: try FieldText.zone(zone, field: "--zone") ?? SystemDefaults.zone(),
            weekStart: try attributing(to: "--week-start") { try Weekday.parse(weekStart) },
            defaultRate: rate,
            ownerName: ownerName,
            ownerEmail: email,
            language: try FieldText.language(language, field: "--language")
                ?? SystemDefaults.language(environment: environment)
        )
        // Every field is read before the database file is made: a refused init leaves nothing behind.
        if let rate {
            _ = try attributing(to: "--rate") { try Money.parseRate(rate, currency: setup.baseCurrency) }
        }
        let services = try bootstrap.services(creating: true)
        let caller = try await services.workspaces.initialize(setup)
        let directory = try await services.workspaces.directory(for: caller)
        let workspace = directory.workspace
        context.say("Created workspace \"\(workspace.name)\" in \(bootstrap.dataDirectory.path)")
        context.say(
            "  owner \(directory.person.name), zone \(workspace.zone), base currency \(workspace.baseCurrency)"
                + (workspace.defaultRate.map { ", default rate \($0.labeled)/h" } ?? "")
        )
        context.say("Next: atrium client add \"Client name\" --zone Europe/London --currency GBP --rate 40")
    }
}
