import ArgumentParser
import AtriumCore

/// `--today`, `--week`, `--month`, `--all`, or `--from DATE --to DATE`, in the person's zone.
struct PeriodOptions: ParsableArguments {
    @Flag(help: "Today.") var today = false
    @Flag(help: "This week (the workspace's week start).") var week = false
    @Flag(help: "This calendar month.") var month = false
    @Flag(help: "All time.") var all = false
    @Option(help: ArgumentHelp("First day, included: 2026-11-01, yesterday, mon.", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Last day, included (default: today).", valueName: "date"))
    var to: String?

    func validate() throws {
        let chosen = [today, week, month, all, from != nil || to != nil].filter { $0 }.count
        guard chosen <= 1 else {
            throw ValidationError("Choose one period: --today, --week, --month, --all, or --from/--to.")
        }
    }

    /// The period asked for, or `fallback` when none was.
    func choice(default fallback: PeriodChoice, context: TimeContext) throws -> PeriodChoice {
        if today { return .today }
        if week { return .week }
        if month { return .month }
        if all { return .all }
        guard from != nil || to != nil else { return fallback }
        let start = try from.map { text in
            try attributing(to: "--from") { try TimeExpression.parseDate(text, context: context) }
        }
        let end = try to.map { text in
            try attributing(to: "--to") { try TimeExpression.parseDate(text, context: context) }
        }
        return .range(from: start ?? end ?? context.today, to: end ?? context.today)
    }
}
