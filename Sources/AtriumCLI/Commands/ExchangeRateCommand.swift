import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium fx …`: exchange rates into the base currency.
struct ExchangeRateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fx",
        abstract: "Exchange rates into the base currency, by date: enter, import from CSV, list.",
        discussion: """
            Summaries add amounts in other currencies into the base currency at the latest rate on or \
            before the period's last day, and say which rate they used. A currency with no such rate \
            is left out and named: a gap, never a guess. Invoices stay in the client's currency.
            """,
        subcommands: [Add.self, Import.self, List.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record what one unit of a currency is worth in the base currency on a day (owners).",
            discussion: """
                A rate for a day that has one already replaces it.

                Examples:
                  atrium fx add AUD 0.6512 --date 2026-11-30     # AUD 1 = USD 0.6512
                  atrium fx add GBP 1.27                         # today
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The currency, e.g. AUD.") var currency: String
        @Argument(help: "How many base-currency units one unit is worth, e.g. 0.6512.") var rate: String
        @Option(help: "The day of the rate (default: today).") var date: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let added = try await services.exchangeRates.add(currency: currency, rate: rate, date: date, as: caller)
            context.say("Exchange rate: \(added).")
        }
    }

    struct Import: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import exchange rates from a CSV with date, currency and rate columns (owners).",
            discussion: """
                The header names the columns, in any order; a base column, if any, must be the base \
                currency. All rows are imported or none: a bad row is named with its line.

                Example:
                  atrium fx import rates.csv
                      date,currency,rate
                      2026-11-30,AUD,0.6512
                      2026-11-30,GBP,1.27
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let rates = try await services.exchangeRates.importFile(at: file, as: caller)
            let currencies = Swift.Set(rates.map(\.currency.code)).sorted().joined(separator: ", ")
            context.say("Imported \(rates.count) exchange rates (\(currencies)).")
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "The exchange rates entered, by currency and date.",
            discussion: "Examples:\n  atrium fx list\n  atrium fx list AUD"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Only this currency.") var currency: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let rates = try await services.exchangeRates.list(currency: currency, as: caller)
            guard !rates.isEmpty else { return context.say("No exchange rates yet: atrium fx add AUD 0.6512") }
            var table = TextTable([
                .init(title: "Date"), .init(title: "Currency"), .init(title: "Rate", alignment: .right),
                .init(title: "Source"),
            ])
            for rate in rates {
                table.add([
                    rate.date.description, "\(rate.currency.code) 1 = \(rate.base.code)", rate.rateText, rate.source,
                ])
            }
            context.say(table.render(style: context.style))
        }
    }
}
