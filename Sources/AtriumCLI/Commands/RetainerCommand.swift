import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium retainer …`: monthly fees that buy included hours.
struct RetainerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retainer",
        abstract: "Set a client's retainer (fee, included hours, rollover, overage) and see where this period stands.",
        subcommands: [Set.self, Status.self, Alerts.self, Remove.self]
    )

    struct Set: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set or replace a client's retainer (owners).",
            discussion: """
                Periods are calendar months on the client's clock, or months from --start-day. Time is \
                taken from the oldest hours first: rolled-over hours, then the period's own. --rollover 5h \
                carries a period's unused hours, up to 5 h, into the next period only; --rollover-periods 3 \
                carries all of them for up to 3 periods. Time beyond is overage, billed at --overage-rate.

                Examples:
                  atrium retainer set bloom --monthly 900 --hours 20 --rollover 5h --overage-rate 50 --currency GBP
                  atrium retainer set acme --monthly 1500 --hours 30 --rollover-periods 2 --start-day 15
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client.") var client: String
        @Option(help: "The monthly fee in the client's currency, e.g. 900.") var monthly: String
        @Option(help: "Hours the fee includes each period, e.g. 20 or 7h30m.") var hours: String
        @Option(help: "Carry a period's unused hours into the next, up to this much (e.g. 5h), or none.")
        var rollover: String?
        @Option(help: "Carry all unused hours for this many periods instead (1–24).") var rolloverPeriods: Int?
        @Option(help: "Hourly rate for time beyond the period's hours.") var overageRate: String?
        @Option(help: "Periods start on this day of the month (default: calendar months).") var startDay: Int?
        @Option(help: "The client's currency, as a check, e.g. GBP.") var currency: String?
        @Option(help: "The first period is the one holding this date (default: today).") var from: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let retainer = try await services.retainers.set(
                RetainerService.Input(
                    monthly: monthly,
                    hours: hours,
                    rollover: rollover,
                    rolloverPeriods: rolloverPeriods,
                    overageRate: overageRate,
                    startDay: startDay,
                    currency: currency,
                    from: from
                ),
                forClient: client,
                as: caller
            )
            context.say("Retainer set: \(RetainerCommand.describe(retainer.terms)), from \(retainer.startsOn).")
        }
    }

    struct Status: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "This period's included, rolled-over, used and remaining hours, and the pace forecast.",
            discussion: "Example:\n  atrium retainer status bloom"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client.") var client: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let status = try await services.retainers.status(forClient: client, as: caller)
            let current = status.current
            let balance = current.balance
            let style = context.style
            context.say(style.bold("\(status.client.name): \(RetainerCommand.describe(status.retainer.terms))"))
            context.say(
                "This period: \(current.dates.lowerBound) – \(current.dates.upperBound) (\(status.client.zone))"
            )
            let rows: [(String, Int64)] = [
                ("Included", balance.includedSeconds), ("Rolled over", balance.rolledInSeconds),
                ("Used", balance.usedSeconds), ("Left", balance.leftSeconds), ("Overage", balance.overageSeconds),
            ]
            for (label, seconds) in rows {
                context.say(
                    "  \(label.padding(toLength: 12, withPad: " ", startingAt: 0))\(TimeSpan(seconds: seconds).clockText)"
                )
            }
            context.say("  Used        \(balance.usedBasisPoints / 100) %")
            if let runsOut = status.runsOut {
                let date = status.client.zone.localDate(at: runsOut)
                context.say(style.yellow("At this pace the hours run out on \(date.weekday.shortName) \(date)."))
            } else if balance.overageSeconds > 0 {
                context.say(
                    style.red(
                        "The included hours are used up; \(TimeSpan(seconds: balance.overageSeconds).clockText) of overage so far."
                    )
                )
            } else if balance.usedSeconds > 0 {
                context.say("At this pace the hours last the period.")
            }
            for alert in status.recordedAlerts.reversed() {
                let reached = status.client.zone.localDateTime(at: alert.reachedAt)
                context.say(
                    "Alert: \(Percent.text(alert.thresholdBasisPoints)) reached \(reached.date) \(reached.time.hourAndMinute)"
                )
            }
            if status.periods.count > 1 {
                context.say("Earlier periods:")
                for period in status.periods.dropLast().suffix(3) {
                    let past = period.balance
                    context.say(
                        "  \(period.dates.lowerBound) – \(period.dates.upperBound): used \(TimeSpan(seconds: past.usedSeconds).clockText)"
                            + " of \(TimeSpan(seconds: past.availableSeconds).clockText), rolled over \(TimeSpan(seconds: past.rolledOutSeconds).clockText)"
                            + ", overage \(TimeSpan(seconds: past.overageSeconds).clockText)"
                    )
                }
            }
        }
    }

    struct Alerts: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "alerts",
            abstract: "The alerts recorded when a period reached 75, 90 and 100 % of its hours (owners).",
            discussion: """
                Each is recorded once, when time added or stopped (or a status read) first shows it.                 Sending them to you and the client comes with email.

                Examples:
                  atrium retainer alerts
                  atrium retainer alerts bloom
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Only this client.") var client: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let alerts = try await services.retainers.alerts(forClient: client, as: caller)
            guard !alerts.isEmpty else { return context.say("No retainer alerts yet.") }
            for (client, alert) in alerts {
                let reached = client.zone.localDateTime(at: alert.reachedAt)
                context.say("\(reached.date) \(reached.time.hourAndMinute)  \(client.name)  \(alert.text)")
            }
        }
    }

    struct Remove: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a client's retainer (owners).",
            discussion: "Example:\n  atrium retainer remove bloom"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client.") var client: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let removed = try await services.retainers.remove(forClient: client, as: caller)
            context.say("Removed the retainer of \(removed.name).")
        }
    }

    /// `GBP 900.00/month for 20:00 h, rollover up to 5:00 h, overage GBP 50.00/h`.
    static func describe(_ terms: RetainerTerms) -> String {
        var text = "\(terms.fee.labeled)/month for \(TimeSpan(seconds: terms.includedSeconds).clockText) h"
        if case .day(let day) = terms.periodStart { text += " (periods from day \(day))" }
        switch terms.rollover {
        case .none: text += ", no rollover"
        case .capped(let seconds): text += ", rollover up to \(TimeSpan(seconds: seconds).clockText) h"
        case .expiring(let periods): text += ", unused hours roll over for \(periods) period\(periods == 1 ? "" : "s")"
        }
        if let rate = terms.overageRate { text += ", overage \(rate.labeled)/h" }
        return text
    }
}
