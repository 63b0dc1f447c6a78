import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium reminder …`: when unpaid invoices are to be reminded of (sending comes with email).
struct ReminderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminder",
        abstract: "Set when unpaid invoices are reminded of, and list the reminders coming up.",
        subcommands: [Set.self, List.self]
    )

    struct Set: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set the reminder schedule of the workspace or of one client (owners).",
            discussion: """
                Days from the due date: negative before it, 0 on it. The standard schedule is -3,0,7,14; \
                a schedule that starts with "-" follows "--", after any option.

                Examples:
                  atrium reminder set -- "-3,0,7,14"
                  atrium reminder set "on due, 10 after" --client acme
                  atrium reminder set none --client bloom
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Days from the due date (-3,0,7) or words (3 before, on due, 7 after), or none.")
        var schedule: String
        @Option(help: "The client whose own schedule this is (default: the workspace's).") var client: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let set = try await services.invoices.setReminders(schedule, client: client, as: caller)
            context.say(
                "Reminders for \(set.client?.name ?? "the workspace"): \(set.schedule.description) (days from the due date)."
            )
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the reminders of unpaid invoices in the coming days.",
            discussion: "Example:\n  atrium reminder list --days 30"
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "How many days ahead, from today.") var days: Int = 14

        func validate() throws {
            guard (0...366).contains(days) else { throw ValidationError("--days must be between 0 and 366.") }
        }

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let reminders = try await services.invoices.reminders(days: days, as: caller)
            guard !reminders.isEmpty else { return context.say("No reminders in the next \(days) days.") }
            var table = TextTable([
                .init(title: "Date"), .init(title: "Invoice"), .init(title: "Client"), .init(title: "When"),
                .init(title: "Owed", alignment: .right),
            ])
            for reminder in reminders {
                let when =
                    reminder.daysFromDue == 0
                    ? "on the due date"
                    : reminder.daysFromDue < 0
                        ? "\(-reminder.daysFromDue) days before due" : "\(reminder.daysFromDue) days overdue"
                table.add([
                    reminder.date.description, reminder.invoice, reminder.client, when, reminder.owed.labeled,
                ])
            }
            context.say(table.render(style: context.style))
        }
    }
}
