/// The OpenAPI paths and schema of invoices.
extension OpenAPIDocument {
    static func invoicePaths() -> Object {
        let reference: Object = [
            "name": "ref", "in": "path", "required": true, "schema": ["type": "string"],
            "description": "The number (2026-0007) or draft reference (INV-DRAFT-3)",
        ]
        return [
            "/api/v1/invoices": [
                "get": operation(
                    "Every invoice and credit note, newest first (owners).",
                    parameters: [query("overdue", "boolean", "true lists only the overdue ones")],
                    response: arrayOf("Invoice")
                ),
                "post": operation(
                    "Drafts an invoice of a client's unbilled billable time from..to (a retainer client: its period's fee and overage).",
                    body: input(
                        ["clientId": string, "from": string, "to": string],
                        required: ["clientId", "from", "to"]
                    ),
                    response: ref("Invoice"),
                    status: "201"
                ),
            ],
            "/api/v1/invoices/deposits": [
                "post": operation(
                    "Drafts a deposit invoice: percent (30%) of estimate, in the client's currency; tax optional.",
                    body: input(
                        ["clientId": string, "percent": string, "estimate": string, "for": string, "tax": string],
                        required: ["clientId", "percent", "estimate"]
                    ),
                    response: ref("Invoice"),
                    status: "201"
                )
            ],
            "/api/v1/invoices/{ref}": [
                "get": operation(
                    "One invoice with its lines, totals and payments.",
                    parameters: [reference],
                    response: ref("Invoice")
                ),
                "delete": operation(
                    "Discards a draft: its entries can be billed again. An issued invoice is voided instead (409).",
                    parameters: [reference],
                    status: "204"
                ),
            ],
            "/api/v1/invoices/{ref}/deductions": [
                "post": operation(
                    "Deducts from a draft what was paid on an earlier invoice (a paid deposit, an overpayment), up to the draft's total.",
                    parameters: [reference],
                    body: input(["invoice": string], required: ["invoice"]),
                    response: ref("Invoice")
                )
            ],
            "/api/v1/invoices/{ref}/lines": [
                "post": operation(
                    "Adds a fixed, unit, expense or discount line to a draft; amounts in the invoice's currency.",
                    parameters: [reference],
                    body: input(
                        [
                            "kind": string, "description": string, "unitPrice": string, "quantity": string,
                            "tax": string,
                        ],
                        required: ["kind", "description", "unitPrice"]
                    ),
                    response: ref("Invoice")
                )
            ],
            "/api/v1/invoices/{ref}/issue": [
                "post": operation(
                    "Issues a draft with the next number and terms (net15, receipt, a date); its entries are locked.",
                    parameters: [reference],
                    body: input(["terms": string], required: []),
                    response: ref("Invoice")
                )
            ],
            "/api/v1/invoices/{ref}/payments": [
                "post": operation(
                    "Records a payment (more than owed: the client's credit).",
                    parameters: [reference],
                    body: input(
                        ["amount": string, "date": string, "method": string, "reference": string],
                        required: ["amount"]
                    ),
                    response: ref("Invoice"),
                    status: "201"
                )
            ],
            "/api/v1/invoices/{ref}/void": [
                "post": operation(
                    "Voids an issued invoice with a credit note (returned); its entries can be billed again.",
                    parameters: [reference],
                    response: ref("Invoice"),
                    status: "201"
                )
            ],
        ]
    }

    static var invoiceSchemas: Object {
        [
            "Invoice": object([
                "id": string, "reference": string, "number": nullableString, "kind": string, "status": string,
                "state": string, "clientId": string, "currency": string, "periodFrom": string, "periodTo": string,
                "issuedOn": nullableString, "dueOn": nullableString, "terms": nullableString,
                "lines": [
                    "type": "array",
                    "items": object([
                        "kind": string, "description": string, "quantity": ["type": "integer"],
                        "unitPrice": ref("Money"), "tax": string, "amount": ref("Money"),
                    ]),
                ] as Object,
                "net": ref("Money"), "tax": ref("Money"), "total": ref("Money"), "paid": ref("Money"),
                "owed": ref("Money"),
                "payments": [
                    "type": "array",
                    "items": object([
                        "id": string, "amount": ref("Money"), "paidOn": string, "method": string, "reference": string,
                        "reverses": nullableString,
                    ]),
                ] as Object,
                "prepayments": [
                    "type": "array",
                    "description": "For a draft: money the client paid on earlier invoices still to deduct.",
                    "items": object(["invoice": string, "deposit": ["type": "boolean"], "available": ref("Money")]),
                ] as Object,
            ])
        ]
    }
}
