import AtriumCore
import AtriumServices

/// What the invoice page shows: heading, lines, totals, payments, and the forms its state allows,
/// with a refused form's values and message put back on it.
struct InvoicePageValues {
    let values: [String: Any]

    init(
        _ shown: InvoiceService.Shown,
        csrf: String,
        failed: (action: String, form: FormData, error: any UserFacingError)?
    ) {
        let invoice = shown.invoice
        let currency = invoice.currency
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: currency).labeled }
        let reversed = Set(shown.payments.compactMap(\.reverses))
        let isDraft = invoice.status == .draft
        let form = { (action: String) -> FormData in failed?.action == action ? failed?.form ?? FormData() : FormData()
        }
        let error = { (action: String) -> (any UserFacingError)? in failed?.action == action ? failed?.error : nil }
        var values: [String: Any] = [
            "reference": invoice.reference, "path": InvoicePages.path(invoice.reference),
            "client": shown.client.name, "state": shown.state, "isOverdue": shown.isOverdue,
            "isCreditNote": invoice.kind == .creditNote,
            "period": "\(invoice.period.lowerBound) – \(invoice.period.upperBound)",
            "issued": invoice.issuedOn?.description as Any, "due": invoice.dueOn?.description as Any,
            "terms": invoice.terms as Any, "currency": currency.code,
            "lines": invoice.lines.map { line in
                [
                    "description": line.description, "quantity": line.quantityText,
                    "price": line.unitPrice.decimalString, "tax": line.tax.basisPoints == 0 ? "" : line.tax.description,
                    "amount": line.amount.decimalString,
                ] as [String: Any]
            },
            "net": money(shown.totals.net), "tax": money(shown.totals.tax), "gross": money(shown.totals.gross),
            "showBalance": !isDraft && invoice.kind == .invoice,
            "paid": money(shown.balance.paid), "owed": money(shown.balance.due),
            "overpaid": shown.balance.overpaid > 0 ? money(shown.balance.overpaid) : nil as String? as Any,
            "payments": shown.payments.map { payment in
                [
                    "id": payment.id.description, "date": payment.paidOn.description,
                    "amount": payment.amount.labeled, "isReversal": payment.reverses != nil,
                    "details": [payment.method, payment.reference].filter { !$0.isEmpty }.joined(separator: ", "),
                    "canReverse": payment.reverses == nil && !reversed.contains(payment.id) && invoice.status != .void,
                    "csrf": csrf,
                ] as [String: Any]
            },
            "hasPayments": !shown.payments.isEmpty,
            "isDraft": isDraft, "canPay": invoice.isOpen, "canVoid": invoice.isOpen,
            "csrf": csrf,
        ]
        if isDraft {
            let lineForm = form("lines")
            values["lineKinds"] = [
                ("fixed", "Fixed amount"), ("unit", "Units × price"), ("expense", "Expense"), ("discount", "Discount"),
            ]
            .map { Option(value: $0.0, label: $0.1, selected: $0.0 == (lineForm["kind"] ?? "fixed")) }
            values["lineForm"] = FormValues(
                fields: [
                    FieldView(
                        name: "description",
                        label: "Description",
                        value: lineForm["description"] ?? "",
                        required: true
                    ),
                    FieldView(
                        name: "quantity",
                        label: "Quantity",
                        value: lineForm["quantity"] ?? "",
                        hint: "units only; 1 when empty"
                    ),
                    FieldView(
                        name: "unitPrice",
                        label: "Amount or unit price (\(currency.code))",
                        value: lineForm["unitPrice"] ?? "",
                        required: true
                    ),
                    FieldView(name: "tax", label: "Tax", value: lineForm["tax"] ?? "", hint: "10%, 7.5%, or 20% incl"),
                ],
                error: error("lines"),
                csrf: csrf,
                idPrefix: "line-"
            )
            values["issueForm"] = FormValues(
                fields: [
                    FieldView(
                        name: "terms",
                        label: "Payment terms",
                        value: form("issue")["terms"] ?? "net30",
                        hint: "net15, net30, receipt, or a due date such as 2026-12-31"
                    )
                ],
                error: error("issue"),
                csrf: csrf,
                idPrefix: "issue-"
            )
        }
        if invoice.isOpen {
            let payForm = form("payments")
            values["payForm"] = FormValues(
                fields: [
                    FieldView(
                        name: "amount",
                        label: "Amount (\(currency.code))",
                        value: payForm["amount"] ?? "",
                        required: true
                    ),
                    FieldView(
                        name: "date",
                        label: "Paid on",
                        type: "date",
                        value: payForm["date"] ?? "",
                        hint: "today when empty"
                    ),
                    FieldView(
                        name: "method",
                        label: "Method",
                        value: payForm["method"] ?? "",
                        hint: "bank transfer, card…"
                    ),
                    FieldView(name: "reference", label: "Reference", value: payForm["reference"] ?? ""),
                ],
                error: error("payments"),
                csrf: csrf,
                idPrefix: "pay-"
            )
        }
        values["hasPrepayments"] = !shown.prepayments.isEmpty
        values["prepayments"] = shown.prepayments.map { prepayment in
            [
                "reference": prepayment.reference, "available": prepayment.available.labeled,
                "isDeposit": prepayment.isDeposit, "csrf": csrf,
            ] as [String: Any]
        }
        // The buttons' refusals show at the top: their section may be gone (nothing left to deduct,
        // an issued invoice has no discard button).
        if let failed, ["reverse", "void", "deduct", "discard"].contains(failed.action) {
            values["actionError"] = failed.error.neutralMessage
        }
        self.values = values
    }
}
