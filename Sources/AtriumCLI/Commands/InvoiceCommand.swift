import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium invoice …`: drafts from unbilled time, lines, issuing with the next number, listing.
struct InvoiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice",
        abstract: "Draft invoices from unbilled time, add lines, issue them with the next number, list them.",
        subcommands: [
            Draft.self, Deposit.self, AddLine.self, Deduct.self, Issue.self, Show.self, List.self, Void.self,
            Discard.self,
        ]
    )

    struct Draft: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Draft an invoice of a client's unbilled billable time (owners).",
            discussion: """
                Entries are rounded one by one by the client's rule, then summed into one time line per \
                project and rate; the rate is the entry's own (kept from an import), else the project's, \
                else the client's, else the workspace default. Days are on the client's calendar.

                Examples:
                  atrium invoice draft acme --month 2026-11
                  atrium invoice draft bloom --from 2026-11-01 --to 2026-11-15
                  atrium invoice draft acme --month 2026-11 --rush 25%   # work tagged +rush: its own lines and 25 % on them
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client.") var client: String
        @Option(help: "The month to bill, e.g. 2026-11.") var month: String?
        @Option(help: "The first day to bill.") var from: String?
        @Option(help: "The last day to bill.") var to: String?
        @Option(help: "A surcharge on work tagged +rush, e.g. 25%.") var rush: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let surcharge = try rush.map { text in try Percent.parse(text, field: "--rush") }
            let shown = try await services.invoices.draft(
                client: client,
                period: try period(),
                rushBasisPoints: surcharge,
                as: caller
            )
            InvoicePrinter(context: context).print(shown)
        }

        private func period() throws -> ClosedRange<LocalDate> {
            if let month {
                guard from == nil, to == nil else {
                    throw ValidationError("Give --month, or --from and --to, not both.")
                }
                return try attributing(to: "--month") { try TimeExpression.parseMonth(month) }
            }
            guard let from, let to else { throw ValidationError("Give --month 2026-11, or --from and --to.") }
            let start = try attributing(to: "--from") { try TimeExpression.parseISODate(from) }
            let end = try attributing(to: "--to") { try TimeExpression.parseISODate(to) }
            guard start <= end else { throw InvalidInput("--to comes before --from", field: "--to") }
            return start...end
        }
    }

    struct AddLine: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-line",
            abstract: "Add a fixed, per-unit, expense or discount line to a draft (owners).",
            discussion: """
                Amounts are in the invoice's currency. --tax takes 10% or 7.5% (added on top) or 20% incl \
                (inside the amount).

                Examples:
                  atrium invoice add-line INV-DRAFT-3 --fixed "Closing commission, 14 Elm St" 250 --tax 10%
                  atrium invoice add-line INV-DRAFT-3 --unit "Closings" 3 250
                  atrium invoice add-line INV-DRAFT-3 --expense "Courier" 18.40
                  atrium invoice add-line INV-DRAFT-3 --discount "Loyalty" 50
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The draft, e.g. INV-DRAFT-3.") var invoice: String
        @Option(help: "A fixed amount: --fixed DESCRIPTION AMOUNT.") var fixed: String?
        @Option(help: "Units × price: --unit DESCRIPTION QUANTITY PRICE.") var unit: String?
        @Option(help: "An expense passed on: --expense DESCRIPTION AMOUNT.") var expense: String?
        @Option(help: "A reduction: --discount DESCRIPTION AMOUNT.") var discount: String?
        @Argument(help: "The amount, or the quantity and the unit price for --unit.") var values: [String] = []
        @Option(help: "Tax on the line: 10%, 7.5%, 20% incl.") var tax: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let current = try await services.invoices.show(invoice, as: caller).invoice
            let line = try makeLine(currency: current.currency)
            let shown = try await services.invoices.addLine(line, to: invoice, as: caller)
            InvoicePrinter(context: context).print(shown)
        }

        private func makeLine(currency: Currency) throws -> InvoiceLine {
            let chosen = [("--fixed", fixed), ("--unit", unit), ("--expense", expense), ("--discount", discount)]
                .filter { $0.1 != nil }
            guard chosen.count == 1, let (option, description) = chosen.first, let description else {
                throw ValidationError("Give one of --fixed, --unit, --expense or --discount.")
            }
            let taxRate = try tax.map { text in try attributing(to: "--tax") { try TaxRate.parse(text) } } ?? .none
            let money = { (text: String, field: String) throws -> Money in
                try attributing(to: field) { try Money.parse(text, currency: currency) }
            }
            switch option {
            case "--unit":
                guard values.count == 2 else { throw ValidationError("--unit takes a quantity and a unit price.") }
                return InvoiceLine(
                    kind: .unit,
                    description: description,
                    quantity: try InvoiceLine.parseQuantity(values[0]),
                    unitPrice: try money(values[1], "price"),
                    tax: taxRate
                )
            default:
                guard values.count == 1 else { throw ValidationError("\(option) takes one amount.") }
                let kind: InvoiceLine.Kind = option == "--fixed" ? .fixed : option == "--expense" ? .expense : .discount
                return InvoiceLine(
                    kind: kind,
                    description: description,
                    quantity: 1000,
                    unitPrice: try money(values[0], "amount"),
                    tax: taxRate
                )
            }
        }
    }

    struct Issue: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Issue a draft: it gets the next number and its entries are locked (owners).",
            discussion: """
                Numbers come from the workspace's pattern ({YYYY}-{seq:4}) without gaps. Terms: net15, \
                receipt, or a due date (2026-12-31).

                Example:
                  atrium invoice issue INV-DRAFT-3 --terms net15
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The draft, e.g. INV-DRAFT-3.") var invoice: String
        @Option(help: "Payment terms: net15, receipt, or a due date.") var terms: String = "net30"

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let parsed = try attributing(to: "--terms") { try PaymentTerms.parse(terms) }
            let shown = try await services.invoices.issue(invoice, terms: parsed, as: caller)
            InvoicePrinter(context: context).print(shown)
        }
    }

    struct Show: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an invoice by number or draft reference.",
            discussion: """
                html writes the invoice as a document to print or send: in the client's language (en, ru, ar \
                right to left, vi, bg), numbers and dates as the client reads them.

                Examples:
                  atrium invoice show 2026-0007
                  atrium invoice show 2026-0007 --format html > inv.html
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The number (2026-0007) or draft (INV-DRAFT-3).") var invoice: String
        @Option(help: "text or html.") var format: String = "text"

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            switch format.lowercased() {
            case "text": InvoicePrinter(context: context).print(try await services.invoices.show(invoice, as: caller))
            case "html": context.standardOutput.write(try await services.invoices.html(invoice, as: caller))
            default: throw InvalidInput("\"\(format)\" is not a format: use text or html", field: "--format")
            }
        }
    }

    struct List: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List invoices, newest first.",
            discussion: "Examples:\n  atrium invoice list\n  atrium invoice list --overdue"
        )

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Only issued invoices past their due date.") var overdue = false

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let invoices = try await services.invoices.list(overdueOnly: overdue, as: caller)
            guard !invoices.isEmpty else { return context.say(overdue ? "No overdue invoices." : "No invoices yet.") }
            var table = TextTable([
                .init(title: "Invoice"), .init(title: "Client"), .init(title: "Status"), .init(title: "Issued"),
                .init(title: "Due"), .init(title: "Total", alignment: .right), .init(title: "Owed", alignment: .right),
            ])
            for shown in invoices {
                let invoice = shown.invoice
                table.add([
                    invoice.reference, shown.client.name, shown.state,
                    invoice.issuedOn?.description ?? "", invoice.dueOn?.description ?? "",
                    Money(minorUnits: shown.totals.gross, currency: invoice.currency).labeled,
                    invoice.status == .issued && invoice.kind == .invoice
                        ? Money(minorUnits: shown.balance.due, currency: invoice.currency).decimalString : "",
                ])
            }
            context.say(table.render(style: context.style))
        }
    }
}
