import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium start`: punch in.
struct StartCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a timer (a running one is stopped first).",
        discussion: """
            Words after the client are the memo; words starting with + are tags. A start in the past \
            (--at) that overlaps another entry is refused (the entry is shown) unless --allow-overlap.

            Examples:
              atrium start acme/listings "Draft three listing descriptions" +writing
              atrium start bloom Inbox triage +email --at 9:10
              atrium start acme --task "monthly close" Reconcile November
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "client or client/project, each by a unique prefix.") var target: String
    @Argument(help: "Memo words and +tags.") var words: [String] = []
    @Option(help: "One of the client's tasks, by a unique prefix.") var task: String?
    @Option(help: "When you started, if not now: 9:30, yesterday 17:00, 2026-11-20 14:00.") var at: String?
    @Flag(inversion: .prefixedNo, help: "Whether the time is billable.") var billable = true
    @Flag(help: "Accept stopping a running timer after more than 24 hours.") var force = false
    @Flag(help: "With --at: keep the timer even if the time since then overlaps another entry.")
    var allowOverlap = false

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let (memo, tags) = try ArgumentText.memoAndTags(words)
        var request = TimerService.Start(
            target: target,
            memo: memo,
            tags: tags,
            at: at,
            isBillable: billable,
            force: force,
            allowsOverlap: allowOverlap
        )
        request.task = task
        let outcome = try await services.timer.start(request, as: caller)
        let style = context.style
        if let stopped = outcome.stopped {
            context.say("Stopped " + EntryFormat.line(stopped, style: style))
        }
        if let started = outcome.started {
            context.say(style.green("Started ") + EntryFormat.line(started, style: style))
        }
        EntryFormat.printNotes(outcome.notes, context: context)
    }
}

/// `atrium stop`: punch out.
struct StopCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop the running timer.",
        discussion: """
            An end in the past (--at) that makes the entry overlap another is refused (the entry is \
            shown) unless --allow-overlap.

            Examples:
              atrium stop
              atrium stop --at 17:30          # a forgotten punch: the latest 17:30 that has passed
              atrium stop --memo "Listings drafted and sent"
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "When you stopped, if not now: 17:30, yesterday 23:50, 2026-11-20 18:00.") var at: String?
    @Option(help: "Replace the memo.") var memo: String?
    @Flag(help: "Accept an entry longer than 24 hours.") var force = false
    @Flag(help: "With --at: keep the entry even if it overlaps another.") var allowOverlap = false

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let outcome = try await services.timer.stop(
            at: at,
            memo: memo,
            force: force,
            allowsOverlap: allowOverlap,
            as: caller
        )
        if let stopped = outcome.stopped {
            context.say("Stopped " + EntryFormat.line(stopped, style: context.style))
        }
        EntryFormat.printNotes(outcome.notes, context: context)
    }
}

/// `atrium cancel`: discard the running timer.
struct CancelCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Discard the running timer (it stays in the audit trail as deleted).",
        discussion: "Example:\n  atrium cancel"
    )

    @OptionGroup var global: GlobalOptions

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let cancelled = try await services.timer.cancel(as: caller)
        context.say("Discarded " + EntryFormat.line(cancelled, style: context.style))
    }
}

/// `atrium status`: what is running and how the day looks.
struct StatusCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the running timer, today's total and the client's local time.",
        discussion: "Example:\n  atrium status"
    )

    @OptionGroup var global: GlobalOptions

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let status = try await services.timer.status(as: caller)
        let style = context.style
        if let running = status.running {
            context.say(style.green("Running ") + EntryFormat.line(running, style: style))
            context.say("  started \(running.start.time.hourAndMinute), \(running.duration.clockText) elapsed")
        } else {
            context.say("No timer running.")
        }
        context.say("Today: \(status.today.clockText) tracked")
        if let running = status.running, let local = status.clientLocalTime, let zone = status.clientZone {
            let offset = status.clientZoneOffset ?? ""
            context.say(
                "\(running.clientName) local time: \(local.date.weekday.shortName) \(local.time.hourAndMinute) \(offset) (\(zone))"
            )
        }
    }
}
