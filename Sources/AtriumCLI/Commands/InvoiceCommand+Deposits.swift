import ArgumentParser
import AtriumCore
import AtriumServices

extension InvoiceCommand {
    struct Deposit: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "deposit",
            abstract: "Draft a deposit invoice: a share of an estimate, asked for in advance (owners).",
            discussion: """
                Issue it and record its payment as with any invoice. A later invoice of the client \
                deducts what was paid with atrium invoice deduct; its tax was charged on the deposit, \
                so the deduction removes it again.

                Examples:
                  atrium invoice deposit acme 30% --of 5000 --for "Website relaunch"
                  atrium invoice deposit acme 50% --of 1200 --tax 10%
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client.") var client: String
        @Argument(help: "The share of the estimate, e.g. 30%.") var percent: String
        @Option(help: "The estimate, in the client's currency.") var of: String
        @Option(help: "What the estimate is for.") var `for`: String?
        @Option(help: "Tax on the deposit: 10%, 20% incl.") var tax: String?

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let shown = try await services.invoices.deposit(
                client: client,
                percent: percent,
                of: of,
                for: self.for,
                tax: tax,
                as: caller
            )
            InvoicePrinter(context: context).print(shown)
        }
    }

    struct Deduct: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "deduct",
            abstract: "Deduct from a draft what was paid on an earlier invoice: a deposit or an overpayment (owners).",
            discussion: """
                At most what is left of that money, and at most the draft's total, is deducted; the \
                rest stays for later invoices. A draft lists what its client has to deduct.

                Example:
                  atrium invoice deduct INV-DRAFT-5 2026-0003
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The draft.") var draft: String
        @Argument(help: "The earlier invoice the money was paid on.") var paidOn: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            InvoicePrinter(context: context).print(
                try await services.invoices.deduct(from: paidOn, to: draft, as: caller)
            )
        }
    }

    struct Discard: AtriumCommand {
        static let configuration = CommandConfiguration(
            commandName: "discard",
            abstract: "Delete a draft: its entries can be billed again (owners). Issued invoices are voided instead.",
            discussion: "Example:\n  atrium invoice discard INV-DRAFT-3"
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The draft.") var draft: String

        func execute(in context: CommandContext) async throws {
            let (services, caller) = try await Bootstrap(options: global, context: context).session()
            let discarded = try await services.invoices.discard(draft, as: caller)
            context.say("Discarded \(discarded.reference): its entries can be billed again.")
        }
    }
}
