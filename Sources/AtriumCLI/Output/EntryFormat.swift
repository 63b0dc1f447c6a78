import AtriumCore
import AtriumServices

/// How an entry reads in one line: `#57 Acme Realty / Listings 09:14–10:26 (1:12) "Draft…" +writing`.
enum EntryFormat {
    static func line(_ view: EntryView, style: TextStyle) -> String {
        let end = view.end.map { $0.time.hourAndMinute } ?? "now"
        let dateText = "\(view.start.date.weekday.shortName) \(view.start.date)"
        var parts = [
            style.dim("#\(view.entry.number)"), style.bold(view.target),
            "\(dateText) \(view.start.time.hourAndMinute)–\(end) (\(view.duration.clockText))",
        ]
        if !view.entry.memo.isEmpty { parts.append("\"\(view.entry.memo)\"") }
        if !view.entry.tags.isEmpty { parts.append(view.entry.tags.map(\.description).joined(separator: " ")) }
        if !view.entry.isBillable { parts.append(style.dim("(not billable)")) }
        return parts.joined(separator: " ")
    }

    /// Prints each note (how a daylight-saving time was read) to stderr.
    static func printNotes(_ notes: [String], context: CommandContext) {
        for note in notes { context.warn("note: \(note)") }
    }
}
