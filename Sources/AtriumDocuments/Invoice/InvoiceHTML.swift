import AtriumCore
import Foundation

/// An invoice as a standalone HTML document with a print stylesheet, in the client's language:
/// labels from ``InvoiceLabels``, numbers and dates formatted for the client's locale, right to left
/// for Arabic. The issuing workspace and the client's billing details head it.
public struct InvoiceHTML: Sendable {
    public var invoice: Invoice
    public var workspaceName: String
    /// What the business puts under its name: address, tax number, how to pay.
    public var workspaceDetails: String
    public var client: Client
    /// Paid so far (minor units); shown with the amount due once issued.
    public var paid: Int64

    public init(invoice: Invoice, workspaceName: String, workspaceDetails: String = "", client: Client, paid: Int64 = 0)
    {
        self.workspaceDetails = workspaceDetails
        self.invoice = invoice
        self.workspaceName = workspaceName
        self.client = client
        self.paid = paid
    }

    /// The document.
    ///
    /// - Throws: ``MoneyError`` for lines in another currency (stored invoices have none).
    public func render() throws(MoneyError) -> String {
        let language = client.language.tag
        let labels = InvoiceLabels.forLanguage(language)
        let format = LocaleFormat(language: language)
        let totals = try invoice.totals
        let money = { (minor: Int64) in format.money(Money(minorUnits: minor, currency: invoice.currency)) }
        let title =
            invoice.kind == .creditNote
            ? labels.creditNote : invoice.status == .draft ? "\(labels.invoice) (\(labels.draft))" : labels.invoice
        var html = """
            <!doctype html>
            <html lang="\(escape(language))" dir="\(labels.direction)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title)) \(escape(invoice.reference))</title>
            <style>\(Self.stylesheet)</style>
            </head>
            <body>
            <header>
            <h1>\(escape(title)) <span class="number">\(escape(invoice.reference))</span></h1>
            <dl class="meta">

            """
        func meta(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            html += "<dt>\(escape(label))</dt><dd>\(escape(value))</dd>\n"
        }
        meta(labels.issued, invoice.issuedOn.map(format.date))
        meta(labels.due, invoice.dueOn.map(format.date))
        meta(labels.period, "\(format.date(invoice.period.lowerBound)) – \(format.date(invoice.period.upperBound))")
        meta(labels.terms, invoice.terms.map { labels.terms($0, date: format.date) })
        html += "</dl>\n</header>\n<section class=\"parties\">\n"
        html += "<div><h2>\(escape(labels.from))</h2><p>\(escape(workspaceName))"
        if !workspaceDetails.isEmpty {
            html += "<br>" + escape(workspaceDetails).replacingOccurrences(of: "\n", with: "<br>")
        }
        html += "</p></div>\n"
        html += "<div><h2>\(escape(labels.billTo))</h2><p>\(escape(client.legalName ?? client.name))"
        if let address = client.billingAddress, !address.isEmpty {
            html += "<br>" + escape(address).replacingOccurrences(of: "\n", with: "<br>")
        }
        if let taxID = client.taxID, !taxID.isEmpty { html += "<br>\(escape(labels.taxID)): \(escape(taxID))" }
        html += "</p></div>\n</section>\n"
        html += """
            <table>
            <thead><tr><th scope="col">\(escape(labels.description))</th><th scope="col" class="num">\(escape(labels.quantity))</th><th scope="col" class="num">\(escape(labels.unitPrice))</th><th scope="col" class="num">\(escape(labels.tax))</th><th scope="col" class="num">\(escape(labels.amount))</th></tr></thead>
            <tbody>

            """
        for line in invoice.lines {
            let quantity =
                line.kind == .time
                ? "\(format.decimal(line.quantity * 100 / 3600, scale: 2)) \(labels.hours)"
                : format.decimal(line.quantity, scale: 3, trimmed: true)
            let tax =
                line.tax.basisPoints == 0
                ? "" : format.decimal(Int64(line.tax.basisPoints), scale: 2, trimmed: true) + " %"
            html += "<tr><td>\(escape(line.description))</td><td class=\"num\">\(escape(quantity))</td>"
            html +=
                "<td class=\"num\">\(escape(format.money(line.unitPrice)))</td><td class=\"num\">\(escape(tax))</td>"
            html += "<td class=\"num\">\(escape(format.money(line.amount)))</td></tr>\n"
        }
        html += "</tbody>\n<tfoot>\n"
        html +=
            "<tr><th scope=\"row\" colspan=\"4\">\(escape(labels.net))</th><td class=\"num\">\(escape(money(totals.net)))</td></tr>\n"
        html +=
            "<tr><th scope=\"row\" colspan=\"4\">\(escape(labels.totalTax))</th><td class=\"num\">\(escape(money(totals.tax)))</td></tr>\n"
        html +=
            "<tr class=\"total\"><th scope=\"row\" colspan=\"4\">\(escape(labels.total))</th><td class=\"num\">\(escape(money(totals.gross)))</td></tr>\n"
        if invoice.status == .issued, invoice.kind == .invoice {
            html +=
                "<tr><th scope=\"row\" colspan=\"4\">\(escape(labels.paid))</th><td class=\"num\">\(escape(money(paid)))</td></tr>\n"
            html +=
                "<tr class=\"total\"><th scope=\"row\" colspan=\"4\">\(escape(labels.owed))</th><td class=\"num\">\(escape(money(max(0, totals.gross - paid))))</td></tr>\n"
        }
        html += "</tfoot>\n</table>\n</body>\n</html>\n"
        return html
    }

    /// The document's stylesheet, inline in its `<style>` (screen and print): public so that the
    /// web app's content policy can allow exactly this text, by its hash.
    public static let stylesheet = """
        body{font:15px/1.45 system-ui,sans-serif;color:#1f2328;max-width:52rem;margin:2rem auto;padding:0 1rem}\
        h1{font-size:1.6rem;margin:0 0 .5rem}.number{color:#57606a;font-weight:normal}\
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1.5rem}dt{color:#57606a}dd{margin:0}\
        .parties{display:flex;gap:3rem;margin-bottom:1.5rem}.parties h2{font-size:.8rem;text-transform:uppercase;color:#57606a;margin:0}\
        table{width:100%;border-collapse:collapse}th,td{padding:.35rem .5rem;border-bottom:1px solid #d0d7de;text-align:start}\
        .num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}tfoot th{text-align:end;font-weight:normal}\
        tr.total th,tr.total td{font-weight:bold;border-bottom:2px solid #1f2328}\
        @media print{body{margin:0;max-width:none;font-size:11pt}@page{margin:18mm}}
        """

    private func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
