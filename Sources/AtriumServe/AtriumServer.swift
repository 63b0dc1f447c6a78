import ArgumentParser
import AtriumCLI

/// The web server's program, `atrium-server`: what `atrium serve` runs, in a binary of its own so
/// that the other commands start without its code. Read as `atrium serve …`, with or without the
/// word `serve`.
public struct AtriumServer: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atrium",
        abstract: "The web app and JSON API of Atrium.",
        subcommands: [ServerCommand.self],
        defaultSubcommand: ServerCommand.self
    )

    public init() {}

    /// Parses `arguments` (without the program name), runs the server and returns the exit status.
    public static func execute(_ arguments: [String], context: CommandContext) async -> Int32 {
        await CommandRunner.execute(AtriumServer.self, arguments, context: context)
    }
}
