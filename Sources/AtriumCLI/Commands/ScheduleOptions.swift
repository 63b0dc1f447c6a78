import ArgumentParser
import AtriumCore
import AtriumServices

/// When a meeting or block happens and how it repeats: shared by `meeting add` and `block add`.
struct RepetitionOptions: ParsableArguments {
    @Option(help: "Start time, e.g. 09:00, or a range such as 08:00-10:00.") var at: String
    @Option(help: "Length, e.g. 30m or 1h (not needed with a range).") var duration: String?
    @Option(help: "Repeat: day, weekday, week, month, or e.g. \"2 weeks\" (default: once).") var every: String?
    @Option(help: "Which days: Tue,Thu or Mon-Fri weekly; 15, last, \"2nd Tue\", \"last Fri\" monthly.")
    var on: String?
    @Option(help: "First day (default today); the first matching day on or after it is used.") var from: String?
    @Option(help: "Stop after this many occurrences.") var count: Int?
    @Option(help: "Last day, included.") var until: String?
    @Option(help: "Skip this date (repeatable), e.g. 2026-12-29.") var except: [String] = []

    func input(kind: ScheduleItem.Kind, client: String?, title: String?, zone: String?) -> ScheduleInput {
        ScheduleInput(
            kind: kind,
            client: client,
            title: title,
            at: at,
            duration: duration,
            every: every,
            on: on,
            from: from,
            count: count,
            until: until,
            zone: zone,
            except: except
        )
    }
}

/// How meetings and blocks are printed.
enum ScheduleFormat {
    static let listHeader = ["id", "title", "client", "when", "at", "zone", "minutes"]

    static func listRow(_ entry: ScheduleEntry) -> [ListCell] {
        [
            .text(entry.shortID), .text(entry.title), .text(orAbsent: entry.clientName), .text(entry.repetitionText),
            .text(entry.item.startTime.hourAndMinute), .text(entry.zone.identifier),
            .integer(Int64(entry.item.durationMinutes)),
        ]
    }

    /// `Added meeting 3f2a9c1e "Weekly check-in": every week on Tue from 2026-11-24, 09:00 Australia/Sydney (30m)`.
    static func added(_ entry: ScheduleEntry) -> String {
        "Added \(entry.item.kind.rawValue) \(entry.shortID) \"\(entry.title)\": \(entry.repetitionText), "
            + "\(entry.item.startTime.hourAndMinute) \(entry.zone.identifier) (\(TimeSpan.minutes(Int64(entry.item.durationMinutes))))"
    }
}
