import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium plan`: planned blocks against tracked time.
struct PlanCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Planned block time against the time you tracked, per client (default: this week).",
        discussion: """
            Planned time comes from your blocks (atrium block add …); tracked time from your entries that \
            start in the period, a running timer counted up to now.

            CSV header: client,planned_hours,tracked_hours,difference_hours

            Examples:
              atrium plan --week
              atrium plan --month --format csv
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var output: FormatOption

    func execute(in context: CommandContext) async throws {
        let bootstrap = try Bootstrap(options: global, context: context)
        let (services, caller) = try await bootstrap.session()
        let choice = try period.choice(default: .week, context: try await bootstrap.timeContext(services, caller))
        let report = try await services.schedule.plan(choice, as: caller)
        let table = output.format == .table
        let rows = report.rows.map { row -> [String] in
            let values = [row.plannedSeconds, row.trackedSeconds, row.trackedSeconds - row.plannedSeconds]
                .map(TimeSpan.init(seconds:))
            return [row.client] + values.map { table ? $0.clockText : $0.decimalHours }
        }
        if table { context.say(context.style.dim(report.period.label)) }
        try ListPrinter.print(
            header: ["client", "planned_hours", "tracked_hours", "difference_hours"],
            rows: rows,
            format: output.format,
            context: context
        ) { "No blocks planned and no time tracked in \(report.period.label)." }
    }
}

/// `atrium calendar …`: your meetings and blocks in any calendar app.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Subscribe to your meetings and blocks from a calendar app, or export them as an .ics file.",
        subcommands: [URL.self, Export.self, Revoke.self]
    )

    struct URL: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "url",
            abstract: "Make the secret address of your calendar feed (served by atrium serve).",
            discussion: """
                The address is shown once; only a hash of its secret is kept. Running this again makes a \
                new address and the old one stops working (so does: atrium calendar revoke).

                Examples:
                  atrium calendar url
                  atrium calendar url --base-url https://atrium.example.com
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Where your Atrium server is reached (default http://127.0.0.1:8080).")
        var baseURL: String = "http://127.0.0.1:8080"

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let replaced = try await services.calendar.feedCreated(as: caller) != nil
            let secret = try await services.calendar.createFeed(as: caller)
            let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            context.say("\(base)/calendar/\(secret).ics")
            context.warn(
                (replaced ? "The previous feed address no longer works. " : "")
                    + "Keep this address secret: anyone with it can read your meetings and blocks."
            )
        }
    }

    struct Export: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write your meetings and blocks as an iCalendar (.ics) file, to stdout or --to FILE.",
            discussion: "Example:\n  atrium calendar export --to atrium.ics"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "The file to write (default: standard output).") var to: String?

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let text = try await services.calendar.calendar(as: caller)
            if let to {
                try FileOutput.write(text, to: to, field: "--to", protecting: bootstrap.dataDirectory.databasePath)
                context.say("Wrote \(to).")
            } else {
                context.standardOutput.write(text)
            }
        }
    }

    struct Revoke: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Turn off your calendar feed: its address stops working.",
            discussion: "Example:\n  atrium calendar revoke"
        )

        @OptionGroup var global: GlobalOptions

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            try await services.calendar.revokeFeed(as: caller)
            context.say("Your calendar feed is off.")
        }
    }
}
