import AtriumCore
import AtriumServices
import Hummingbird

/// `/api/v1/invoices`: drafts from unbilled time, lines, issue, payments, void — owners only.
struct InvoiceAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.get("/invoices") { request, context in
            let caller = try context.apiCaller()
            let overdue = try request.uri.queryParameters.flag("overdue")
            let list = try await app.services.invoices.list(overdueOnly: overdue, as: caller)
            return try JSONResponse.make(list.map(APIModel.InvoiceDocument.init))
        }
        api.get("/invoices/{ref}") { _, context in
            let shown = try await app.services.invoices.show(
                try context.parameters.require("ref"),
                as: try context.apiCaller()
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(shown))
        }
        api.post("/invoices") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let clientID = try body.requiredString("clientId", example: "the client's id")
            let from = try body.requiredString("from", example: "2026-11-01")
            let to = try body.requiredString("to", example: "2026-11-30")
            let rush = try body.string("rush").map { text in try Percent.parse(text, field: "rush") }
            try body.finish()
            let directory = try await app.services.workspaces.directory(for: caller)
            guard let id = ID<Client>(clientID), let client = directory.client(id), directory.canSee(client) else {
                throw Problem(.notFound, "The client was not found.", field: "clientId")
            }
            let start = try attributing(to: "from") { try TimeExpression.parseISODate(from) }
            let end = try attributing(to: "to") { try TimeExpression.parseISODate(to) }
            guard start <= end else { throw InvalidInput("to comes before from", field: "to") }
            let shown = try await app.services.invoices.draft(
                client: client.name,
                period: start...end,
                rushBasisPoints: rush,
                as: caller
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(shown), status: .created)
        }
        api.post("/invoices/deposits") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let clientID = try body.requiredString("clientId", example: "the client's id")
            let percent = try body.requiredString("percent", example: "30%")
            let estimate = try body.requiredString("estimate", example: "5000.00")
            let purpose = try body.string("for")
            let tax = try body.string("tax")
            try body.finish()
            let directory = try await app.services.workspaces.directory(for: caller)
            guard let id = ID<Client>(clientID), let client = directory.client(id), directory.canSee(client) else {
                throw Problem(.notFound, "The client was not found.", field: "clientId")
            }
            let shown = try await app.services.invoices.deposit(
                client: client.name,
                percent: percent,
                of: estimate,
                for: purpose,
                tax: tax,
                as: caller
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(shown), status: .created)
        }
        api.delete("/invoices/{ref}") { _, context in
            try await app.services.invoices.discard(try context.parameters.require("ref"), as: try context.apiCaller())
            return Response(status: .noContent)
        }
        api.post("/invoices/{ref}/deductions") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let source = try body.requiredString("invoice", example: "2026-0003")
            try body.finish()
            let shown = try await app.services.invoices.deduct(
                from: source,
                to: try context.parameters.require("ref"),
                as: caller
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(shown))
        }
        api.post("/invoices/{ref}/lines") { request, context in
            let caller = try context.apiCaller()
            let reference = try context.parameters.require("ref")
            var body = try await JSONBody.read(request, context: context)
            let line = InvoiceLineInput(
                kind: try body.requiredString("kind", example: "fixed"),
                description: try body.requiredString("description", example: "Closing commission"),
                unitPrice: try body.requiredString("unitPrice", example: "250.00"),
                quantity: try body.string("quantity"),
                tax: try body.string("tax")
            )
            try body.finish()
            let shown = try await app.services.invoices.addLine(line, to: reference, as: caller)
            return try JSONResponse.make(APIModel.InvoiceDocument(shown))
        }
        api.post("/invoices/{ref}/issue") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let terms = try attributing(to: "terms") { try PaymentTerms.parse(try body.string("terms") ?? "net30") }
            try body.finish()
            let shown = try await app.services.invoices.issue(
                try context.parameters.require("ref"),
                terms: terms,
                as: caller
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(shown))
        }
        api.post("/invoices/{ref}/payments") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let amount = try body.requiredString("amount", example: "120.00")
            let date = try body.string("date").map { text in
                try attributing(to: "date") { try TimeExpression.parseISODate(text) }
            }
            let method = try body.string("method") ?? ""
            let reference = try body.string("reference") ?? ""
            try body.finish()
            let shown = try await app.services.invoices.pay(
                try context.parameters.require("ref"),
                amount: amount,
                on: date,
                method: method,
                paymentReference: reference,
                as: caller
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(shown), status: .created)
        }
        api.post("/invoices/{ref}/void") { _, context in
            let voided = try await app.services.invoices.void(
                try context.parameters.require("ref"),
                as: try context.apiCaller()
            )
            return try JSONResponse.make(APIModel.InvoiceDocument(voided.creditNote), status: .created)
        }
    }
}

extension APIModel {
    /// An invoice or credit note with its lines, totals and payments.
    struct InvoiceDocument: Encodable {
        struct Line: Encodable {
            var kind: String
            var description: String
            /// Seconds for a time line; thousandths of a unit otherwise.
            var quantity: Int64
            var unitPrice: Money
            var tax: String
            var amount: Money
        }

        struct PaymentRecord: Encodable {
            var id: String
            var amount: Money
            var paidOn: String
            var method: String
            var reference: String
            var reverses: String?
        }

        /// Money paid on an earlier invoice that a draft may deduct.
        struct PrepaymentRecord: Encodable {
            var invoice: String
            var deposit: Bool
            var available: Money
        }

        var id: String
        var reference: String
        var number: String?
        var kind: String
        var status: String
        var state: String
        var clientId: String
        var currency: String
        var periodFrom: String
        var periodTo: String
        var issuedOn: String?
        var dueOn: String?
        var terms: String?
        var lines: [Line]
        var net: Money
        var tax: Money
        var total: Money
        var paid: Money
        var owed: Money
        var payments: [PaymentRecord]
        var prepayments: [PrepaymentRecord]

        init(_ shown: InvoiceService.Shown) {
            let invoice = shown.invoice
            let money = { (minor: Int64) in Money(AtriumCore.Money(minorUnits: minor, currency: invoice.currency)) }
            id = invoice.id.description
            reference = invoice.reference
            number = invoice.number
            kind = invoice.kind.rawValue
            status = invoice.status.rawValue
            state = shown.state
            clientId = invoice.clientID.description
            currency = invoice.currency.code
            periodFrom = invoice.period.lowerBound.description
            periodTo = invoice.period.upperBound.description
            issuedOn = invoice.issuedOn?.description
            dueOn = invoice.dueOn?.description
            terms = invoice.terms
            lines = invoice.lines.map { line in
                Line(
                    kind: line.kind.rawValue,
                    description: line.description,
                    quantity: line.quantity,
                    unitPrice: Money(line.unitPrice),
                    tax: line.tax.description,
                    amount: Money(line.amount)
                )
            }
            net = money(shown.totals.net)
            tax = money(shown.totals.tax)
            total = money(shown.totals.gross)
            paid = money(shown.balance.paid)
            owed = money(invoice.status == .issued && invoice.kind == .invoice ? shown.balance.due : 0)
            payments = shown.payments.map { payment in
                PaymentRecord(
                    id: payment.id.description,
                    amount: Money(payment.amount),
                    paidOn: payment.paidOn.description,
                    method: payment.method,
                    reference: payment.reference,
                    reverses: payment.reverses?.description
                )
            }
            prepayments = shown.prepayments.map { prepayment in
                PrepaymentRecord(
                    invoice: prepayment.reference,
                    deposit: prepayment.isDeposit,
                    available: Money(prepayment.available)
                )
            }
        }
    }
}
