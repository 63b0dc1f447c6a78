import ArgumentParser
import AtriumCore
import AtriumServices

/// Options shared by `add` and `edit` for the times of an entry.
struct EntryTimeOptions: ParsableArguments {
    @Option(help: "The day: today, yesterday, mon, 2026-11-20 (default: today; for edit, the entry's day).")
    var date: String?
    @Option(help: "Start: 14:00, 2:30pm, yesterday 22:00, 2026-11-20 14:00.") var from: String?
    @Option(help: "End, same forms; past midnight give the date, e.g. \"tomorrow 01:00\".") var to: String?
    @Option(help: "Length instead of --to: 90m, 1h30m, 1.5h, 1:30.") var duration: String?
    @Flag(help: "Keep the entry even if it overlaps another.") var allowOverlap = false
    @Flag(help: "Accept an entry over 24 hours or in the future.") var force = false

    func apply(to input: inout EntryInput) throws {
        input.date = date
        input.from = from
        input.to = to
        input.duration = try FieldText.duration(duration, field: "--duration")
        input.allowsOverlap = allowOverlap
        input.force = force
    }
}

/// `atrium add`: record finished work by hand.
struct AddCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a finished entry by hand.",
        discussion: """
            Overlapping an existing entry is refused (the other entry is shown) unless --allow-overlap.

            Examples:
              atrium add acme --date yesterday --from 14:00 --to 15:30 "Inbox triage"
              atrium add bloom/newsletter --from 9:00 --duration 45m Draft +writing
              atrium add acme --task "monthly close" --from 16:00 --to 17:00
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "client or client/project.") var target: String
    @Argument(help: "Memo words and +tags.") var words: [String] = []
    @Option(help: "One of the client's tasks, by a unique prefix.") var task: String?
    @OptionGroup var times: EntryTimeOptions
    @Flag(inversion: .prefixedNo, help: "Whether the time is billable.") var billable = true

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let (memo, tags) = try ArgumentText.memoAndTags(words)
        var input = EntryInput(target: target, memo: memo, tags: tags, isBillable: billable)
        input.task = task
        try times.apply(to: &input)
        let outcome = try await services.entries.add(input, as: caller)
        context.say("Added " + EntryFormat.line(outcome.entry, style: context.style))
        EntryFormat.printNotes(outcome.notes, context: context)
    }
}

/// `atrium edit`: change an entry.
struct EditCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change an entry (audited: the state before and after is kept).",
        discussion: """
            A time without a date falls on the entry's own day. --from moves only the start; --date alone \
            moves the whole entry to that day.

            Examples:
              atrium edit 42 --memo "Inbox triage and replies"
              atrium edit 42 --from 13:45 --to 15:30
              atrium edit 42 --client bloom/newsletter --tag writing --no-billable
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's number, as shown by atrium log.") var number: Int
    @Option(help: "Move it to another client or client/project.") var client: String?
    @Option(help: "Put it on one of its client's tasks, by a unique prefix.") var task: String?
    @Flag(help: "Take it off its task.") var noTask = false
    @Option(help: "A new memo.") var memo: String?
    @Option(help: "Set the tags (repeatable; replaces the old ones), e.g. --tag writing --tag rush.") var tag:
        [String] = []
    @Flag(help: "Remove all tags.") var noTags = false
    @Flag(inversion: .prefixedNo, help: "Mark billable or not.") var billable: Bool?
    @OptionGroup var times: EntryTimeOptions

    func validate() throws {
        guard !(noTags && !tag.isEmpty) else { throw ValidationError("Choose --tag or --no-tags, not both.") }
        guard !(noTask && task != nil) else { throw ValidationError("Choose --task or --no-task, not both.") }
    }

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        var input = EntryInput(target: client, memo: memo, isBillable: billable)
        input.task = task
        input.clearsTask = noTask
        if noTags { input.tags = [] }
        if !tag.isEmpty { input.tags = try FieldText.tags(tag, field: "--tag") }
        try times.apply(to: &input)
        let outcome = try await services.entries.edit(number, with: input, as: caller)
        context.say("Updated " + EntryFormat.line(outcome.entry, style: context.style))
        EntryFormat.printNotes(outcome.notes, context: context)
    }
}

/// `atrium delete`: remove an entry (softly).
struct DeleteCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an entry: it leaves lists and totals but stays in the audit trail.",
        discussion: "Example:\n  atrium delete 42"
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's number, as shown by atrium log.") var number: Int

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let deleted = try await services.entries.delete(number, as: caller)
        context.say("Deleted " + EntryFormat.line(deleted, style: context.style))
    }
}
