import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium meeting …`: recurring or one-off meetings that keep their local time.
struct MeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Add, list, skip and remove meetings (see their dates with: atrium meetings).",
        subcommands: [Add.self, List.self, Skip.self, Remove.self, Import.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a meeting, by default at a fixed time on the client's clock.",
            discussion: """
                --zone client keeps the time on the client's clock (a 09:00 Sydney call stays 09:00 in \
                Sydney and moves on yours when either of you changes clocks); --zone me keeps it on yours; \
                --zone utc on neither. A time a clock change skips moves later by the gap; a time it \
                repeats means the first one. Rules follow RFC 5545.

                Examples:
                  atrium meeting add bloom "Weekly check-in" --every week --on Tue --at 09:00 --zone client --duration 30m
                  atrium meeting add acme "Monthly review" --every month --on "last Fri" --at 16:00 --duration 1h
                  atrium meeting add northwind "Kick-off" --from 2026-12-01 --at 10:00-11:00
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client (name or unique prefix).") var client: String
        @Argument(help: "What it is called (default: \"Meeting with CLIENT\").") var title: String?
        @OptionGroup var repetition: RepetitionOptions
        @Option(help: "Whose clock the time is on: client, me or utc (default client).") var zone: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let input = repetition.input(kind: .meeting, client: client, title: title, zone: zone)
            context.say(ScheduleFormat.added(try await services.schedule.add(input, as: caller)))
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List your meetings and their rules.",
            discussion: "Example:\n  atrium meeting list"
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let entries = try await services.schedule.list(.meeting, as: caller)
            try ListPrinter.print(
                header: ScheduleFormat.listHeader,
                cells: entries.map(ScheduleFormat.listRow),
                format: output.format,
                context: context
            ) {
                "No meetings yet. Add one with: atrium meeting add CLIENT \"Title\" --every week --on Tue --at 09:00 --duration 30m"
            }
        }
    }

    struct Skip: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "skip",
            abstract: "Cancel one occurrence of a repeating meeting or block.",
            discussion: "Example:\n  atrium meeting skip 3f2a9c1e 2026-12-29   (the date on the meeting's own clock)"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The id (its first characters are enough).") var id: String
        @Argument(help: "The date of the occurrence, e.g. 2026-12-29.") var date: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let entry = try await services.schedule.skip(id, on: date, as: caller)
            context.say("\"\(entry.title)\" will not happen on \(date).")
        }
    }

    struct Remove: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a meeting or block with all its occurrences.",
            discussion: "Example:\n  atrium meeting remove 3f2a9c1e"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The id (its first characters are enough).") var id: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let entry = try await services.schedule.remove(id, as: caller)
            context.say("Removed \(entry.item.kind.rawValue) \"\(entry.title)\".")
        }
    }
}

extension MeetingCommand {
    struct Import: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a client's meetings from an iCalendar (.ics) file, all or nothing.",
            discussion: """
                Reads Google, Outlook/Exchange, Thunderbird, Apple and Android exports. Each event keeps                 its clock: the client's zone, yours or UTC (a floating time is read on the client's clock).                 Events Atrium cannot represent — all-day events, RDATE, a changed single occurrence, a zone                 that is not an IANA name, a rule outside daily/weekly/monthly — are listed, and nothing is                 imported unless --skip-unsupported. Events imported before are left alone.

                Examples:
                  atrium meeting import acme calendar.ics --dry-run
                  atrium meeting import acme calendar.ics --skip-unsupported
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client the meetings are with.") var client: String
        @Argument(help: "The .ics file.") var file: String
        @Flag(help: "Show what would be imported; change nothing.") var dryRun = false
        @Flag(help: "Import what can be represented and list the rest.") var skipUnsupported = false

        func execute(in context: CommandContext) async throws {
            let text = try FileInput.read(file, field: "file")
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let report = try await services.schedule.importMeetings(
                text,
                client: client,
                dryRun: dryRun,
                skipUnsupported: skipUnsupported,
                as: caller
            )
            let verb = dryRun ? "Would add" : "Added"
            for entry in report.added {
                context.say(
                    "\(verb) \"\(entry.title)\": \(entry.repetitionText), \(entry.item.startTime.hourAndMinute) \(entry.zone)"
                )
            }
            for title in report.alreadyThere { context.say("Already imported: \"\(title)\"") }
            for reason in report.rejected { context.warn("Skipped \(reason)") }
            context.say("\(verb) \(report.added.count) meeting(s)\(dryRun ? "; nothing was changed" : "").")
        }
    }
}

/// `atrium block …`: time planned for a client's work.
struct BlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "block",
        abstract: "Plan time blocks per client (compare with tracked time: atrium plan).",
        subcommands: [Add.self, List.self, MeetingCommand.Skip.self, MeetingCommand.Remove.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Plan a block of work for a client, on your own clock by default.",
            discussion: """
                Examples:
                  atrium block add acme --every week --on Mon,Wed --at 08:00-10:00
                  atrium block add bloom "Inbox zero" --every weekday --at 16:00 --duration 30m
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client (name or unique prefix).") var client: String
        @Argument(help: "What it is for (default: \"CLIENT work\").") var title: String?
        @OptionGroup var repetition: RepetitionOptions
        @Option(help: "Whose clock the time is on: me, client or utc (default me).") var zone: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let input = repetition.input(kind: .block, client: client, title: title, zone: zone)
            context.say(ScheduleFormat.added(try await services.schedule.add(input, as: caller)))
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List your planned blocks.",
            discussion: "Example:\n  atrium block list"
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let entries = try await services.schedule.list(.block, as: caller)
            try ListPrinter.print(
                header: ScheduleFormat.listHeader,
                cells: entries.map(ScheduleFormat.listRow),
                format: output.format,
                context: context
            ) { "No blocks yet. Plan one with: atrium block add CLIENT --every week --on Mon,Wed --at 08:00-10:00" }
        }
    }
}

/// `atrium meetings`: the dates meetings actually fall on.
struct MeetingsCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Your meetings' occurrences (default: the next 4 weeks), on your clock and theirs.",
        discussion: """
            "moved" marks an occurrence whose time on your clock differs from the previous one: a clock \
            change in your zone or theirs moved it. A note explains a start a clock change skipped or repeated.

            CSV header: date,your_time,their_time,zone,title,client,minutes,moved_minutes,id,note

            Examples:
              atrium meetings --from 2026-03-20 --to 2026-04-10
              atrium meetings --week 2026-W48 --blocks
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var window: WindowOptions
    @Flag(help: "Include planned blocks.") var blocks = false
    @OptionGroup var output: FormatOption

    func execute(in context: CommandContext) async throws {
        let bootstrap = try Bootstrap(options: global, context: context)
        let (services, caller) = try await bootstrap.session()
        let time = try await bootstrap.timeContext(services, caller)
        let (first, last) = try window.dates(context: time, defaultDays: 28, startsThisWeek: false)
        let occurrences = try await services.schedule.occurrences(
            blocks ? nil : .meeting,
            from: first,
            through: last,
            as: caller
        )
        let rows = occurrences.map { found -> [ListCell] in
            // Signed in a table ("+60"), so the direction reads at a glance.
            let moved = found.movedMinutes.map { $0 > 0 ? "+\($0)" : String($0) }
            let theirs = found.entry.zone.localDateTime(at: found.occurrence.start)
            return [
                .text("\(found.viewerStart.date.weekday.shortName) \(found.viewerStart.date)"),
                .text(found.viewerStart.time.hourAndMinute),
                .text("\(theirs.date.weekday.shortName) \(theirs.time.hourAndMinute)"),
                .text(found.entry.zone.identifier),
                .text(found.entry.title), .text(orAbsent: found.entry.clientName),
                .integer(Int64(found.entry.item.durationMinutes)),
                .text(orAbsent: moved), .text(found.entry.shortID), .text(orAbsent: found.occurrence.clockChangeNote),
            ]
        }
        try ListPrinter.print(
            header: [
                "date", "your_time", "their_time", "zone", "title", "client", "minutes", "moved_minutes", "id", "note",
            ],
            cells: rows,
            format: output.format,
            context: context
        ) { "Nothing scheduled from \(first) to \(last)." }
    }
}
