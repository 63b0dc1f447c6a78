import ArgumentParser
import AtriumCore
import AtriumDocuments
import AtriumServices
import Foundation

/// `atrium summary`: hours and amounts per client or project.
struct SummaryCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract:
            "Hours (raw and rounded by each client's rule) and billable amounts for a period (default: this week).",
        discussion: """
            Each finished entry is rounded by its client's rule; each project's rounded billable time is \
            charged once at its rate, half up to the cent. Amounts are in each client's currency, with \
            totals per currency. A running timer is left out until it stops.

            CSV header: client,project,currency,raw_hours,billable_hours,amount

            Examples:
              atrium summary --month --by client
              atrium summary --from 2026-11-01 --to 2026-11-15 --by project --format csv
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var period: PeriodOptions
    @Option(help: "Group by client, project, person, tag or day.") var by: String = "client"
    @OptionGroup var output: FormatOption

    func execute(in context: CommandContext) async throws {
        let grouping: SummaryGrouping = try attributing(to: "--by") { try SummaryGrouping.parse(by, what: "grouping") }
        let bootstrap = try Bootstrap(options: global, context: context)
        let (services, caller) = try await bootstrap.session()
        let choice = try period.choice(default: .week, context: try await bootstrap.timeContext(services, caller))
        let report = try await services.summaries.summary(choice, by: grouping, as: caller)
        switch output.format {
        case .table: SummaryFormat.printTable(report, context: context)
        case .csv: context.standardOutput.write(SummaryFormat.csv(report.summary))
        case .json: context.say(try JSONText.encode(report.summary.lines.map(SummaryRecord.init)))
        }
    }
}

/// A summary line as scripts read it; the same fields as the CSV.
struct SummaryRecord: Encodable {
    var client: String
    var project: String
    var currency: String
    var rawHours: Decimal
    var billableHours: Decimal
    /// Nil when some billable time has no rate.
    var amount: String?
    var amountMinor: Int64?
    var entries: Int64
    /// Only when grouped by person.
    var person: String?
    /// The tag or day, when grouped by tag or day.
    var group: String?

    init(_ line: SummaryLine) {
        client = line.clientName
        project = line.projectName
        currency = line.currency.code
        rawHours = Decimal(string: TimeSpan(seconds: line.rawSeconds).decimalHours) ?? 0
        billableHours = Decimal(string: TimeSpan(seconds: line.billableSeconds).decimalHours) ?? 0
        amount = line.amount?.decimalString
        amountMinor = line.amount?.minorUnits
        entries = line.entryCount
        person = line.personID == nil ? nil : line.personName
        group = line.groupLabel.isEmpty ? nil : line.groupLabel
    }

    enum CodingKeys: String, CodingKey {
        case client, project, currency, amount, entries, person, group
        case rawHours = "raw_hours"
        case billableHours = "billable_hours"
        case amountMinor = "amount_minor"
    }
}
