import AtriumCore
import AtriumServices

/// Prints an import's report: what was (or would be) created, then every problem with its line.
struct ImportReportPrinter {
    let context: CommandContext
    let file: String

    func print(_ report: ImportReport) {
        let headline = report.headline(file: file)
        context.say(report.committed ? context.style.green(headline) : headline)
        list("people", report.newPeople)
        list("clients", report.newClients)
        list("projects", report.newProjects)
        list("tasks", report.newTasks)
        list("tags", report.newTags.map { "+" + $0 })
        for figure in report.figures { context.say("  " + figure) }
        for note in report.notes { context.say("  note: " + note) }
        for problem in report.problems { context.warn("\(file): \(problem)") }
        if report.problemCount > report.problems.count {
            context.warn("… and \(report.problemCount - report.problems.count) more problems.")
        }
        if report.refused {
            context.warn(
                "atrium: \(report.problemCount.counting("row", "rows")) cannot be read, "
                    + "so nothing was imported. Fix the file, or import the other rows with --skip-bad-rows."
            )
        } else if report.problemCount > 0 {
            context.say("  \(report.problemCount.counting("bad row", "bad rows")) skipped.")
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
