import ArgumentParser
import AtriumCore

/// The `atrium` command: a punch clock and back office for virtual assistants.
public struct Atrium: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atrium",
        abstract: "The back office of a virtual assistant: punch clock, clients, summaries, audit trail.",
        discussion: """
            Data lives in one SQLite file in the data directory (--data-dir, $ATRIUM_HOME, or \
            ~/.local/share/atrium). Times you type are read in your own zone.

            Examples:
              atrium init --name "Maria Lopez VA" --currency USD --zone America/Mexico_City
              atrium client add "Acme Realty" --zone Australia/Sydney --currency AUD --rate 45 --rounding up:15m
              atrium start acme/listings "Draft three listing descriptions" +writing
              atrium stop
              atrium summary --month --by client
              atrium clock
              atrium meeting add bloom "Weekly check-in" --every week --on Tue --at 09:00 --duration 30m
            """,
        subcommands: [
            InitCommand.self, DemoCommand.self, ClientCommand.self, ProjectCommand.self, TaskCommand.self,
            StartCommand.self,
            StopCommand.self, CancelCommand.self, StatusCommand.self, AddCommand.self, LogCommand.self,
            EditCommand.self, DeleteCommand.self, SummaryCommand.self, AuditCommand.self, WorkspaceCommand.self,
            ServeCommand.self, TokenCommand.self, ClockCommand.self, HoursCommand.self, OverlapCommand.self,
            MeetingCommand.self, MeetingsCommand.self, BlockCommand.self, PlanCommand.self, CalendarCommand.self,
            BackupCommand.self, RestoreCommand.self, ExportCommand.self, ImportCommand.self, InvoiceCommand.self,
            PaymentCommand.self, ReminderCommand.self, RateCommand.self, ExchangeRateCommand.self,
            RetainerCommand.self,
        ]
    )

    public init() {}

    /// Parses `arguments` (without the program name), runs the command and returns the exit status.
    /// Errors become one line on stderr, never a stack trace.
    public static func execute(_ arguments: [String], context: CommandContext) async -> Int32 {
        await CommandRunner.execute(Atrium.self, arguments, context: context) { arguments in
            // `atrium serve` hands its arguments, `--help` included, to the server's program.
            let serve = ServeCommand.configuration.commandName
            if arguments.first == serve {
                return ServeCommand(handingOver: Array(arguments.dropFirst()))
            }
            // `atrium help serve` is `atrium serve --help`: the server's options live in its program.
            if arguments.count == 2, arguments[0] == "help", arguments[1] == serve {
                return ServeCommand(handingOver: ["--help"])
            }
            // The every-day commands' plain forms skip ArgumentParser's reflection (see PlainArguments).
            return PlainArguments.command(for: arguments)
        }
    }
}

/// A command that runs against an injected ``CommandContext``.
package protocol AtriumCommand: AsyncParsableCommand {
    func execute(in context: CommandContext) async throws
}

extension AtriumCommand {
    /// ArgumentParser's entry point: the command as parsed, in the running process. `atrium` and
    /// `atrium-server` run commands through ``CommandRunner`` instead, which reports errors and exits
    /// with Atrium's statuses.
    package mutating func run() async throws {
        try await execute(in: .process())
    }
}

/// Ends a command with a status after it has printed its own explanation (e.g. a broken audit chain).
struct CommandExit: Error {
    let status: ExitStatus
}
