import AtriumCore
import AtriumServices

/// How clients read on a terminal.
enum ClientFormat {
    /// `Australia/Sydney, AUD 45.00/h, rounding up:15m, en`.
    static func summary(_ client: Client) -> String {
        [
            client.zone.identifier, client.rate.map { "\($0.labeled)/h" } ?? "no rate of its own",
            "rounding \(client.rounding)", client.language.tag,
        ].joined(separator: ", ")
    }

    static func printDetails(_ details: ClientDetails, now: Instant, context: CommandContext) {
        let client = details.client
        let style = context.style
        let local = client.zone.localDateTime(at: now)
        context.say(style.bold(client.name) + (client.isArchived ? " (archived)" : ""))
        var lines: [(String, String)] = []
        if let legal = client.legalName { lines.append(("Legal name", legal)) }
        lines.append(("Status", client.status.rawValue))
        lines.append(
            (
                "Local time",
                "\(local.date.weekday.shortName) \(local.time.hourAndMinute) \(client.zone.offsetLabel(at: now)) (\(client.zone))"
            )
        )
        lines.append(("Language", client.language.tag))
        lines.append(("Currency", client.currency.code))
        lines.append(
            (
                "Rate",
                details.rate.map { "\($0.labeled)/h" + (client.rate == nil ? " (workspace default)" : "") } ?? "none"
            )
        )
        lines.append(("Rounding", client.rounding.description + (client.roundingScope == .line ? " per line" : "")))
        let timeLines =
            switch client.timeLines {
            case .project: "per project and rate"
            case .task: "per task and rate"
            case .entry: "one per entry"
            }
        lines.append(("Invoice lines", timeLines))
        if let channel = client.preferredChannel { lines.append(("Channel", channel.rawValue)) }
        if let hours = client.responseTimeHours { lines.append(("Response", "within \(hours) business hours")) }
        if let reports = client.reportFrequency { lines.append(("Reports", reports.rawValue)) }
        if let address = client.billingAddress { lines.append(("Address", address)) }
        if let tax = client.taxID { lines.append(("Tax ID", tax)) }
        if !client.notes.isEmpty { lines.append(("Notes", client.notes)) }
        if !client.preferences.isEmpty { lines.append(("Preferences", client.preferences)) }
        if let days = client.followUpDays { lines.append(("Follow up", "after \(days) days without contact")) }
        for contact in details.contacts {
            lines.append(("Contact", contact.name + (contact.email.map { " <\($0)>" } ?? "")))
        }
        for project in details.projects {
            let rate = project.rate.map { ", \($0.labeled)/h" } ?? ""
            let budget = project.budget.map { ", budget \($0.clockText) h" } ?? ""
            lines.append(("Project", project.name + rate + budget + (project.isArchived ? " (archived)" : "")))
        }
        let entries = details.entryCount.counting("entry", "entries")
        lines.append(
            ("Tracked", "\(TimeSpan(seconds: details.rawSeconds).clockText) h in \(entries)")
        )
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines {
            context.say("  " + style.dim(label.padding(to: width)) + "  " + value)
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
