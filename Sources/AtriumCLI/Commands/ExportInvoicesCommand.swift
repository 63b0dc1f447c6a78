import ArgumentParser
import AtriumCore
import AtriumDocuments
import AtriumServices

extension ExportCommand {
    /// `atrium export invoices`: every invoice and credit note as CSV.
    struct Invoices: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "invoices",
            abstract: "Write every invoice and credit note as CSV (RFC 4180, UTF-8, ISO dates).",
            discussion: """
                Columns: number, kind, status, client, currency, issued_on, due_on, period_from, period_to, \
                net, tax, total, paid, owed (amounts as decimals with the currency's minor digits).

                Example:
                  atrium export invoices --output invoices.csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "The file to write (default: standard output).") var output: String?

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            let invoices = try await services.invoices.list(overdueOnly: false, as: caller)
            let text = Self.csv(invoices)
            if let output {
                try FileOutput.write(
                    text,
                    to: output,
                    field: "--output",
                    protecting: bootstrap.dataDirectory.databasePath
                )
                context.say("Exported \(invoices.count) invoices to \(output).")
            } else {
                context.standardOutput.write(text)
            }
        }

        static func csv(_ invoices: [InvoiceService.Shown]) -> String {
            var writer = CSVWriter(header: [
                "number", "kind", "status", "client", "currency", "issued_on", "due_on", "period_from", "period_to",
                "net", "tax", "total", "paid", "owed",
            ])
            for shown in invoices.reversed() {
                let invoice = shown.invoice
                let money = { (minor: Int64) in Money(minorUnits: minor, currency: invoice.currency).decimalString }
                let issued = invoice.kind == .invoice && invoice.status == .issued
                writer.append([
                    invoice.reference, invoice.kind.rawValue, shown.state, shown.client.name, invoice.currency.code,
                    invoice.issuedOn?.description ?? "", invoice.dueOn?.description ?? "",
                    invoice.period.lowerBound.description, invoice.period.upperBound.description,
                    money(shown.totals.net), money(shown.totals.tax), money(shown.totals.gross),
                    money(shown.balance.paid), issued ? money(shown.balance.due) : "",
                ])
            }
            return writer.text
        }
    }
}
