import AtriumCore
import AtriumDocuments
import AtriumServices

/// How a summary reads as a table and as CSV.
enum SummaryFormat {
    static func printTable(_ report: SummaryReport, context: CommandContext) {
        let style = context.style
        let summary = report.summary
        context.say(
            style.bold("Summary by \(summary.grouping.rawValue), \(report.period.label)")
                + style.dim(" (\(report.period.zone))")
        )
        guard !summary.lines.isEmpty else {
            context.say("No finished entries in this period.")
            printRunning(report, context: context)
            return
        }
        var columns: [TextTable.Column] = [.init(title: "Client")]
        if summary.grouping == .project { columns.append(.init(title: "Project")) }
        if summary.grouping == .person { columns.append(.init(title: "Person")) }
        if summary.grouping.isLabeled { columns.append(.init(title: summary.grouping.rawValue.capitalized)) }
        columns += [
            .init(title: "Raw", alignment: .right), .init(title: "Billable", alignment: .right),
            .init(title: "Amount", alignment: .right),
        ]
        var table = TextTable(columns)
        for line in summary.lines {
            var row = [line.clientName]
            if summary.grouping == .project { row.append(line.projectName.isEmpty ? "(no project)" : line.projectName) }
            if summary.grouping == .person { row.append(line.personName) }
            if summary.grouping.isLabeled { row.append(line.groupLabel) }
            row += [
                TimeSpan(seconds: line.rawSeconds).clockText, TimeSpan(seconds: line.billableSeconds).clockText,
                line.amount?.labeled ?? "\(line.currency.code) — no rate",
            ]
            table.add(row)
        }
        for total in summary.totals {
            var row = ["Total \(total.currency.code)"]
            if summary.grouping != .client { row.append("") }
            row += [
                TimeSpan(seconds: total.rawSeconds).clockText, TimeSpan(seconds: total.billableSeconds).clockText,
                total.amount.labeled + (total.hasUnpricedTime ? " + unpriced" : ""),
            ]
            table.footer.append(row)
        }
        context.say(table.render(style: style))
        printBase(report.inBase, context: context)
        context.say(style.dim("Raw: all tracked time. Billable: billable time rounded per client rule. Hours as h:mm."))
        printRunning(report, context: context)
    }

    /// The total in the base currency with the rates used — only when some amount was converted
    /// (without a rate it would only repeat the table's own base-currency total) — and any currency
    /// without a rate, with the command for each.
    private static func printBase(_ total: BaseCurrencyTotal?, context: CommandContext) {
        guard let total else { return }
        if !total.ratesUsed.isEmpty {
            context.say(
                "In \(total.amount.currency.code) (base currency): \(total.amount.labeled) at \(total.ratesText)."
            )
        }
        if let gap = total.gapText {
            let commands = total.withoutRate.map { "atrium fx add \($0.currency.code) RATE --date \(total.date)" }
            let hint = commands.isEmpty ? "" : " Add a rate: " + commands.joined(separator: "; ")
            context.say(context.style.dim(gap + hint))
        }
    }

    private static func printRunning(_ report: SummaryReport, context: CommandContext) {
        guard let running = report.running else { return }
        context.say(
            context.style.dim(
                "Not included: the running timer (\(running.target), \(running.duration.clockText) so far)."
            )
        )
    }

    /// `client,project,currency,raw_hours,billable_hours,amount`, and a last column `person`, `tag` or
    /// `day` when grouped so; hours as decimals, the amount with the currency's minor digits, empty
    /// when no rate applies. Tags are their bare names (`writing`), as in JSON.
    static func csv(_ summary: Summary) -> String {
        let grouping = summary.grouping
        let extra = grouping == .person || grouping.isLabeled ? [grouping.rawValue] : []
        var writer = CSVWriter(
            header: ["client", "project", "currency", "raw_hours", "billable_hours", "amount"] + extra
        )
        for line in summary.lines {
            writer.append(
                [
                    line.clientName, line.projectName, line.currency.code,
                    TimeSpan(seconds: line.rawSeconds).decimalHours,
                    TimeSpan(seconds: line.billableSeconds).decimalHours,
                    line.amount?.decimalString ?? "",
                ] + (extra.isEmpty ? [] : [Self.csvGroup(line, grouping)])
            )
        }
        return writer.text
    }

    private static func csvGroup(_ line: SummaryLine, _ grouping: SummaryGrouping) -> String {
        switch grouping {
        case .person: return line.personName
        case .tag where line.groupLabel.hasPrefix("+"): return String(line.groupLabel.dropFirst())
        default: return line.groupLabel
        }
    }
}
