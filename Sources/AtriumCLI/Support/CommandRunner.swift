import ArgumentParser

/// Runs a command line of a root command: `atrium`'s, or the server program's (`atrium-server`).
package enum CommandRunner {
    /// Parses `arguments` (without the program name) as commands of `root`, runs the command and
    /// returns the exit status. Errors become one line on stderr, never a stack trace.
    ///
    /// - Parameter direct: The command for arguments read without ArgumentParser, or nil to parse them.
    package static func execute<Root: ParsableCommand>(
        _ root: Root.Type,
        _ arguments: [String],
        context: CommandContext,
        direct: ([String]) -> (any AtriumCommand)? = { _ in nil }
    ) async -> Int32 {
        defer { OpenStores.shared.closeAll() }
        do {
            let atriumCommand: any AtriumCommand
            if let command = direct(arguments) {
                atriumCommand = command
            } else {
                var command = try root.parseAsRoot(arguments)
                guard let parsed = command as? any AtriumCommand else {
                    // `help`, `--help` and groups without a subcommand: ArgumentParser's own commands,
                    // which end by throwing the help they want shown.
                    try command.run()
                    return ExitStatus.success.rawValue
                }
                atriumCommand = parsed
            }
            do {
                try await atriumCommand.execute(in: context)
                return ExitStatus.success.rawValue
            } catch let exit as CommandExit {
                return exit.status.rawValue
            } catch {
                return ErrorReport.status(for: error, context: context).rawValue
            }
        } catch {
            return report(root, parsing: error, context: context)
        }
    }

    /// Help, completion scripts and usage errors, worded by ArgumentParser.
    private static func report<Root: ParsableCommand>(
        _ root: Root.Type,
        parsing error: any Error,
        context: CommandContext
    ) -> Int32 {
        let message = root.fullMessage(for: error)
        guard root.exitCode(for: error).rawValue != 0 else {
            context.say(message)
            return ExitStatus.success.rawValue
        }
        context.warn(message)
        return ExitStatus.usage.rawValue
    }
}
