import AtriumCore
import AtriumServices

/// Prints an import's report: what was (or would be) created, then every problem with its line.
struct ImportReportPrinter {
    let context: CommandContext
    let file: String

    func print(_ report: ImportReport) {
        let style = context.style
        let hours = TimeSpan(seconds: report.seconds)
        let verb = report.committed ? "Imported" : "Would import"
        let headline =
            "\(verb) \(report.created) \(report.created == 1 ? "entry" : "entries") (\(hours.clockText) h) "
            + "from \(report.rows) rows of \(file) (\(report.format.displayName))."
        context.say(report.committed ? style.green(headline) : headline)
        if report.alreadyImported > 0 {
            context.say("  \(report.alreadyImported) already imported before: skipped.")
        }
        list("people", report.newPeople)
        list("clients", report.newClients)
        list("projects", report.newProjects)
        list("tasks", report.newTasks)
        list("tags", report.newTags.map { "+" + $0 })
        if report.priced > 0 { context.say("  \(report.priced) entries keep the rate or amount the file states.") }
        if report.overlapping > 0 {
            context.say("  \(report.overlapping) entries overlap another of the same person: kept as they were.")
        }
        if report.running > 0 { context.say("  \(report.running) running timer(s).") }
        for note in report.notes { context.say("  note: " + note) }
        for problem in report.problems { context.warn("\(file): \(problem)") }
        if report.problemCount > report.problems.count {
            context.warn("… and \(report.problemCount - report.problems.count) more problems.")
        }
        if report.refused {
            context.warn(
                "atrium: \(report.problemCount) \(report.problemCount == 1 ? "row" : "rows") cannot be read, "
                    + "so nothing was imported. Fix the file, or import the other rows with --skip-bad-rows."
            )
        } else if report.problemCount > 0 {
            context.say("  \(report.problemCount) bad rows skipped.")
        }
        if !report.committed, !report.refused { context.say("Dry run: nothing was changed.") }
    }

    private func list(_ kind: String, _ names: [String]) {
        guard !names.isEmpty else { return }
        let shown = names.prefix(12).joined(separator: ", ")
        let more = names.count > 12 ? " and \(names.count - 12) more" : ""
        context.say("  New \(kind) (\(names.count)): \(shown)\(more)")
    }
}
