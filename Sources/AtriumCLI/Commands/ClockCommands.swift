import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium clock`: everyone's local time now and whether they are working.
struct ClockCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock",
        abstract: "Every client's local time now, whether they are inside their working hours, and when that changes.",
        discussion: """
            Set hours with: atrium client edit acme --hours "Mon-Fri 09:00-17:00" (on the client's clock) \
            and your own with: atrium hours set "Mon-Fri 08:00-16:00".

            CSV header: name,zone,local_time,offset,status,changes_at,hours

            Example:
              atrium clock
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func execute(in context: CommandContext) async throws {
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        let clock = try await services.hours.clock(as: caller)
        let faces = [clock.me] + clock.clients.map(\.face)
        let rows = faces.map { face -> [String] in
            let (status, change) = ClockCommand.statusText(face, now: clock.now)
            return [
                face.name, face.zone.identifier,
                "\(face.local.date.weekday.shortName) \(face.local.time.hourAndMinute)",
                face.offsetLabel, status, change, face.hours.description,
            ]
        }
        try ListPrinter.print(
            header: ["name", "zone", "local_time", "offset", "status", "changes_at", "hours"],
            rows: rows,
            format: output.format,
            context: context
        )
    }

    /// `open`/`closed`/`no hours`, and when it changes on the face's own clock with the time to go.
    static func statusText(_ face: ClockFace, now: Instant) -> (String, String) {
        switch face.status {
        case .noHours: return ("no hours", "")
        case .open(let until): return ("open", "closes \(moment(until, face.zone, now: now))")
        case .closed(let opens): return ("closed", "opens \(moment(opens, face.zone, now: now))")
        }
    }

    /// `Mon 09:00 (in 14h 30m)` on `zone`'s clock.
    static func moment(_ instant: Instant, _ zone: ZoneID, now: Instant) -> String {
        let local = zone.localDateTime(at: instant)
        let wait = TimeSpan(seconds: now.seconds(until: instant) / 60 * 60)
        return "\(local.date.weekday.shortName) \(local.time.hourAndMinute) (in \(wait))"
    }
}

/// `atrium hours …`: your own working hours.
struct HoursCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract:
            "Set your own working hours (see them with: atrium clock; a client's: atrium client edit NAME --hours …).",
        subcommands: [Set.self]
    )

    struct Set: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set your working hours on your own clock; \"none\" clears them.",
            discussion: """
                Days then times; groups separated by ";". Several intervals a day are allowed, and \
                hours past midnight end with +1.

                Examples:
                  atrium hours set "Mon-Fri 08:00-16:00"
                  atrium hours set "Mon-Thu 07:00-12:00,14:00-18:00; Fri 07:00-12:00"
                  atrium hours set "Sun-Thu 09:00-17:00"
                  atrium hours set "Sat 22:00-02:00+1"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The hours, e.g. \"Mon-Fri 09:00-17:00\", or none.") var hours: String

        func execute(in context: CommandContext) async throws {
            // Clearing takes a word: an empty argument is more often an unset shell variable.
            if hours.trimmingWhitespace().isEmpty {
                throw ValidationError("Give the hours, e.g. \"Mon-Fri 09:00-17:00\", or none to clear them.")
            }
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let set = try await services.hours.setMyHours(hours, as: caller)
            context.say(set.isEmpty ? "Your working hours are cleared." : "Your working hours: \(set)")
        }
    }
}

/// `atrium overlap`: when everyone is working.
struct OverlapCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "Slots inside every named client's working hours (and yours), shown on each clock.",
        discussion: """
            Your own hours count when you have set them (atrium hours set …); --ignore-my-hours leaves \
            them out. Clock changes in any zone are taken into account day by day.

            CSV header: start_utc,end_utc,minutes, then one column per party with the local start–end.

            Examples:
              atrium overlap acme bloom northwind --week 2026-W48 --min 45m
              atrium overlap acme --from 2026-03-01 --to 2026-04-15 --min 1h
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Clients, by name or unique prefix.") var clients: [String] = []
    @OptionGroup var window: WindowOptions
    @Option(help: "Shortest slot worth showing, e.g. 30m, 1h (default 30m).") var min: String = "30m"
    @Flag(help: "Do not limit slots to your own working hours.") var ignoreMyHours = false
    @OptionGroup var output: FormatOption

    func execute(in context: CommandContext) async throws {
        let minimum = try attributing(to: "--min") { try TimeSpan.parse(min) }
        let bootstrap = try Bootstrap(options: global, context: context)
        let (services, caller) = try await bootstrap.session()
        let time = try await bootstrap.timeContext(services, caller)
        let (first, last) = try window.dates(context: time, defaultDays: 7, startsThisWeek: true)
        let report = try await services.hours.overlap(
            clients: clients,
            from: first,
            through: last,
            minimumMinutes: Int(minimum.seconds / 60),
            includeMine: !ignoreMyHours,
            as: caller
        )
        let parties = [report.viewer] + report.parties
        let header = ["start_utc", "end_utc", "minutes"] + parties.map(\.name)
        let rows = report.slots.map { slot -> [ListCell] in
            let minutes = slot.lowerBound.seconds(until: slot.upperBound) / 60
            return [.text(slot.lowerBound.iso8601), .text(slot.upperBound.iso8601), .integer(minutes)]
                + parties.map { .text(OverlapCommand.localRange(slot, $0.zone)) }
        }
        if output.format == .table {
            let mine = report.includesViewerHours ? "your hours included" : "your own hours not counted"
            context.say(context.style.dim("\(first) to \(last), at least \(minimum), \(mine)"))
        }
        try ListPrinter.print(header: header, cells: rows, format: output.format, context: context) {
            "No common slot of at least \(minimum) from \(first) to \(last)."
        }
    }

    /// `Tue 07:00-09:00` on `zone`'s clock.
    static func localRange(_ slot: Range<Instant>, _ zone: ZoneID) -> String {
        let start = zone.localDateTime(at: slot.lowerBound)
        let end = zone.localDateTime(at: slot.upperBound)
        let endText =
            end.date == start.date ? end.time.hourAndMinute : "\(end.date.weekday.shortName) \(end.time.hourAndMinute)"
        return "\(start.date.weekday.shortName) \(start.date) \(start.time.hourAndMinute)-\(endText)"
    }
}
