import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium token …`: API tokens for scripts and other tools.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke API tokens.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create an API token; its secret is printed once.",
            discussion: """
                Use it as `Authorization: Bearer <secret>` on /api/v1.

                Example:
                  atrium token create "laptop script"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "What will use the token, e.g. \"laptop script\".") var name: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let created = try await services.tokens.create(named: name, as: caller)
            context.say(created.secret)
            context.warn(
                "Token \"\(created.token.name)\" created (id \(created.token.id)). Copy the secret now: it is not shown again."
            )
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List your API tokens, revoked ones included.",
            discussion: "Example:\n  atrium token list --format json"
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let zone = try await bootstrap.timeContext(services, caller).zone
            let rows = try await services.tokens.list(as: caller).map { token in
                [
                    token.id.description, token.name, token.prefix + "…", zone.iso8601(at: token.createdAt),
                    token.lastUsedAt.map { zone.iso8601(at: $0) } ?? "",
                    token.revokedAt.map { zone.iso8601(at: $0) } ?? "",
                ]
            }
            try ListPrinter.print(
                header: ["id", "name", "prefix", "created", "last_used", "revoked"],
                rows: rows,
                format: output.format,
                context: context
            )
        }
    }

    struct Revoke: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke an API token: requests with it are refused from now on.",
            discussion: "Example:\n  atrium token revoke 3f2a…  (the id from atrium token list)"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The token's id, from atrium token list.") var id: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            guard let tokenID = ID<APIToken>(id) else {
                throw InvalidInput("\"\(id)\" is not a token id; see atrium token list", field: "id")
            }
            let token = try await services.tokens.revoke(tokenID, as: caller)
            context.say("Revoked token \"\(token.name)\".")
        }
    }
}
