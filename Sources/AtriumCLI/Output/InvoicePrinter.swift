import AtriumCore
import AtriumServices

/// Prints an invoice: its heading, lines and totals.
struct InvoicePrinter {
    let context: CommandContext

    func print(_ shown: InvoiceService.Shown) {
        let invoice = shown.invoice
        var heading = "\(invoice.reference) · \(shown.client.name) · \(shown.state)"
        heading += " · \(invoice.period.lowerBound) – \(invoice.period.upperBound)"
        context.say(context.style.bold(heading))
        if let issued = invoice.issuedOn {
            context.say(
                "Issued \(issued)" + (invoice.dueOn.map { ", due \($0)" } ?? "")
                    + (invoice.terms.map { " (\($0))" } ?? "")
            )
        }
        var table = TextTable([
            .init(title: "Line"), .init(title: "Quantity", alignment: .right), .init(title: "Price", alignment: .right),
            .init(title: "Tax", alignment: .right), .init(title: "Amount", alignment: .right),
        ])
        for line in invoice.lines {
            table.add([
                line.description, line.quantityText, line.unitPrice.decimalString,
                line.tax.basisPoints == 0 ? "" : line.tax.description, line.amount.decimalString,
            ])
        }
        let totals = shown.totals
        let currency = invoice.currency
        table.footer = [
            ["Net", "", "", "", Money(minorUnits: totals.net, currency: currency).decimalString],
            ["Tax", "", "", "", Money(minorUnits: totals.tax, currency: currency).decimalString],
            ["Total \(currency.code)", "", "", "", Money(minorUnits: totals.gross, currency: currency).decimalString],
        ]
        context.say(table.render(style: context.style))
        printPayments(shown)
        for prepayment in shown.prepayments {
            context.say(
                context.style.yellow(
                    "\(shown.client.name) has \(prepayment.available.labeled) paid on \(prepayment.reference) to deduct: "
                        + "atrium invoice deduct \(invoice.reference) \(prepayment.reference)"
                )
            )
        }
        context.say(
            "Amounts: time lines are billable time (each entry rounded by the client's rule) × rate, rounded half up once."
        )
    }

    private func printPayments(_ shown: InvoiceService.Shown) {
        guard shown.invoice.kind == .invoice, shown.invoice.status != .draft else { return }
        let currency = shown.invoice.currency
        for payment in shown.payments {
            let what = payment.reverses == nil ? "Paid" : "Reversed"
            let details = [payment.method, payment.reference].filter { !$0.isEmpty }.joined(separator: ", ")
            context.say(
                "\(what) \(payment.amount.decimalString) on \(payment.paidOn)\(details.isEmpty ? "" : " (\(details))")"
                    + " · payment \(payment.id.description.prefix(8))"
            )
        }
        let balance = shown.balance
        context.say("Owed \(Money(minorUnits: balance.due, currency: currency).labeled)")
        if balance.overpaid > 0 {
            context.say(
                "Overpaid by \(Money(minorUnits: balance.overpaid, currency: currency).labeled): kept as \(shown.client.name)'s credit."
            )
        }
    }
}
