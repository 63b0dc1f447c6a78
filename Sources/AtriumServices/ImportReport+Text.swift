import AtriumCore

extension ImportReport {
    /// `Imported 3 entries (2:15 h) from 4 rows of toggl.csv (Toggl Track).` (or `Would import` for
    /// a dry run; `Read 4 rows … could be imported.` when bad rows refused the import); without
    /// `file`, `… from 4 rows.`
    public func headline(file: String? = nil) -> String {
        let source = file.map { " of \($0) (\(format.displayName))" } ?? ""
        if refused {
            return "Read \(rows.counting("row", "rows"))\(source): \(created.counting("entry", "entries")) "
                + "(\(TimeSpan(seconds: seconds).clockText) h) could be imported."
        }
        let verb = committed ? "Imported" : "Would import"
        return "\(verb) \(created.counting("entry", "entries")) (\(TimeSpan(seconds: seconds).clockText) h) "
            + "from \(rows.counting("row", "rows"))\(source)."
    }

    /// The report's figures beyond the headline, as sentences: what was already there, kept prices,
    /// overlaps, running timers. The command line and the import page show the same.
    public var figures: [String] {
        var lines: [String] = []
        if alreadyImported > 0 { lines.append("\(alreadyImported) already imported before: skipped.") }
        if priced > 0 {
            let keep = priced == 1 ? "keeps" : "keep"
            lines.append("\(priced.counting("entry", "entries")) \(keep) the rate or amount the file states.")
        }
        if overlapping > 0 {
            let overlap = overlapping == 1 ? "overlaps" : "overlap"
            lines.append(
                "\(overlapping.counting("entry", "entries")) \(overlap) another of the same person: kept as they were."
            )
        }
        if running > 0 { lines.append("\(running.counting("running timer", "running timers")).") }
        return lines
    }
}
