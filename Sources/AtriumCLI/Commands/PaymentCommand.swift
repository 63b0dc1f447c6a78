import ArgumentParser
import AtriumCore
import AtriumServices

/// `atrium payment …`: money received against issued invoices; corrections are reversals.
struct PaymentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment",
        abstract: "Record payments against issued invoices, and reverse a mistaken one.",
        subcommands: [Add.self, Reverse.self]
    )

    struct Add: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a payment (partial, full, or more: the excess is the client's credit).",
            discussion: """
                The amount is in the invoice's currency; the date defaults to today.

                Example:
                  atrium payment add 2026-0007 120.00 --date 2026-11-30 --method "bank transfer"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The invoice number.") var invoice: String
        @Argument(help: "The amount received, e.g. 120.00.") var amount: String
        @Option(help: "When it was received (default: today).") var date: String?
        @Option(help: "How: bank transfer, card, PayPal…") var method: String = ""
        @Option(help: "The payer's or bank's reference.") var reference: String = ""

        func execute(in context: CommandContext) async throws {
            let bootstrap = try Bootstrap(options: global, context: context)
            let (services, caller) = try await bootstrap.session()
            var day: LocalDate?
            if let date {
                let reading = try await bootstrap.timeContext(services, caller)
                day = try attributing(to: "--date") { try TimeExpression.parseDate(date, context: reading) }
            }
            let shown = try await services.invoices.pay(
                invoice,
                amount: amount,
                on: day,
                method: method,
                paymentReference: reference,
                as: caller
            )
            InvoicePrinter(context: context).print(shown)
        }
    }

    struct Reverse: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "reverse",
            abstract: "Reverse a payment recorded by mistake (it stays, with its reversal beside it).",
            discussion: "Example:\n  atrium payment reverse 2026-0007 3f2a9c1b   # the payment's id, or its start"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The invoice number.") var invoice: String
        @Argument(help: "The payment's id (or its first characters), as atrium invoice show lists it.")
        var payment: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            InvoicePrinter(context: context).print(
                try await services.invoices.reversePayment(payment, of: invoice, as: caller)
            )
        }
    }
}

extension InvoiceCommand {
    struct Void: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "Void an issued invoice with a credit note; its entries can be billed again (owners).",
            discussion: "Example:\n  atrium invoice void 2026-0007"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The invoice number.") var invoice: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let voided = try await services.invoices.void(invoice, as: caller)
            context.say(
                "Voided \(invoice) with credit note \(voided.creditNote.invoice.reference); its entries can be billed again."
            )
            let notice = voided.creditNotice(of: invoice)
            if !notice.isEmpty { context.say(notice) }
            InvoicePrinter(context: context).print(voided.creditNote)
        }
    }
}
