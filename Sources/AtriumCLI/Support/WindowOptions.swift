import ArgumentParser
import AtriumCore

/// A span of dates for scheduling commands: `--week 2026-W48`, or `--from DATE --to DATE`.
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An ISO week, Monday to Sunday, e.g. 2026-W48.", valueName: "week"))
    var week: String?
    @Option(help: ArgumentHelp("First day, included: 2026-11-23, today, mon.", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Last day, included.", valueName: "date"))
    var to: String?

    func validate() throws {
        guard week == nil || (from == nil && to == nil) else {
            throw ValidationError("Choose --week or --from/--to, not both.")
        }
    }

    /// The dates asked for; without options, `defaultDays` days from the start of this ISO week
    /// (`startsThisWeek`) or from today.
    func dates(context: TimeContext, defaultDays: Int, startsThisWeek: Bool) throws -> (LocalDate, LocalDate) {
        if let week {
            let monday = try attributing(to: "--week") { try LocalDate.parseISOWeek(week) }
            return (monday, monday.adding(days: 6))
        }
        let start =
            try from.map { text in
                try attributing(to: "--from") { try TimeExpression.parseDate(text, context: context) }
            } ?? (startsThisWeek ? context.today.startOfWeek(startingOn: .monday) : context.today)
        let end =
            try to.map { text in
                try attributing(to: "--to") { try TimeExpression.parseDate(text, context: context) }
            } ?? start.adding(days: defaultDays - 1)
        return (start, end)
    }
}
