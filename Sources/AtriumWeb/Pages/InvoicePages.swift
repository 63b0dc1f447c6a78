import AtriumCore
import AtriumDocuments
import AtriumServices
import Foundation
import Hummingbird

/// `/invoices`: the list with a draft form, and each invoice's page — lines, totals, payments and
/// the forms that change it (add a line, issue, record or reverse a payment, void) — plus its
/// printable document. Owners only: the services refuse anyone else.
struct InvoicePages {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/invoices") { request, context in
            let signed = try context.signedInBrowser()
            let query = FormData(encoded: request.uri.query ?? "")
            return try await list(
                signed,
                overdue: query["overdue"] == "1",
                form: FormData(),
                error: nil,
                notice: signed.notice(in: query)
            )
        }
        router.post("/invoices") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            do {
                let shown = try await app.services.invoices.draft(
                    client: try form.text("client").orInvalid("client", "choose the client to bill"),
                    period: try attributing(to: "month") {
                        try TimeExpression.parseMonth(
                            try form.text("month").orInvalid("month", "give a month, e.g. 2026-11")
                        )
                    },
                    rushBasisPoints: try form.text("rush").map { try Percent.parse($0, field: "rush") },
                    as: signed.caller
                )
                return signed.redirect(
                    to: Self.path(shown.invoice.reference),
                    notice: "Drafted \(shown.invoice.reference) for \(shown.client.name)."
                )
            } catch let error as any UserFacingError {
                return try await list(signed, overdue: false, form: form, error: error, notice: nil)
            }
        }
        router.post("/invoices/deposits") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            do {
                let shown = try await app.services.invoices.deposit(
                    client: try form.text("client").orInvalid("client", "choose the client"),
                    percent: try form.text("percent").orInvalid("percent", "give the share, e.g. 30%"),
                    of: try form.text("estimate").orInvalid("estimate", "give the estimate, e.g. 5000"),
                    for: form.text("for"),
                    tax: form.text("tax"),
                    as: signed.caller
                )
                return signed.redirect(
                    to: Self.path(shown.invoice.reference),
                    notice: "Drafted deposit invoice \(shown.invoice.reference) for \(shown.client.name)."
                )
            } catch let error as any UserFacingError {
                var kept = form
                kept.set("form", "deposit")
                return try await list(signed, overdue: false, form: kept, error: error, notice: nil)
            }
        }
        router.post("/invoices/{ref}/discard") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            let reference = try Self.reference(context)
            do {
                let discarded = try await app.services.invoices.discard(reference, as: signed.caller)
                return signed.redirect(
                    to: "/invoices",
                    notice: "Discarded \(discarded.reference): its entries can be billed again."
                )
            } catch let error as any UserFacingError {
                let shown = try await app.services.invoices.show(reference, as: signed.caller)
                return try await page(shown, signed, failed: ("discard", form, error), notice: nil)
            }
        }
        router.get("/invoices/{ref}") { request, context in
            let signed = try context.signedInBrowser()
            let shown = try await app.services.invoices.show(try Self.reference(context), as: signed.caller)
            let notice = signed.notice(in: FormData(encoded: request.uri.query ?? ""))
            return try await page(shown, signed, failed: nil, notice: notice)
        }
        router.get("/invoices/{ref}/document") { _, context in
            let signed = try context.signedInBrowser()
            let html = try await app.services.invoices.html(try Self.reference(context), as: signed.caller)
            return PageRenderer.document(html, stylesheet: InvoiceHTML.stylesheet)
        }
        post("lines", on: router) { reference, form, caller in
            let input = InvoiceLineInput(
                kind: form.text("kind") ?? "",
                description: form.text("description") ?? "",
                unitPrice: try form.text("unitPrice").orInvalid("unitPrice", "give the amount or the unit price"),
                quantity: form.text("quantity"),
                tax: form.text("tax")
            )
            let shown = try await app.services.invoices.addLine(input, to: reference, as: caller)
            return (shown, "Added \(input.description).")
        }
        post("issue", on: router) { reference, form, caller in
            let terms = try attributing(to: "terms") { try PaymentTerms.parse(form.text("terms") ?? "net30") }
            let shown = try await app.services.invoices.issue(reference, terms: terms, as: caller)
            return (shown, "Issued \(shown.invoice.reference).")
        }
        post("payments", on: router) { reference, form, caller in
            let date = try form.text("date").map { text in
                try attributing(to: "date") { try TimeExpression.parseISODate(text) }
            }
            let shown = try await app.services.invoices.pay(
                reference,
                amount: try form.text("amount").orInvalid("amount", "give the amount paid, e.g. 120.00"),
                on: date,
                method: form.text("method") ?? "",
                paymentReference: form.text("reference") ?? "",
                as: caller
            )
            return (shown, "Payment recorded.")
        }
        post("reverse", on: router) { reference, form, caller in
            let shown = try await app.services.invoices.reversePayment(
                try form.text("payment").orInvalid("payment", "choose the payment to reverse"),
                of: reference,
                as: caller
            )
            return (shown, "Payment reversed.")
        }
        post("deduct", on: router) { reference, form, caller in
            let source = try form.text("source").orInvalid("source", "choose the invoice the money was paid on")
            let shown = try await app.services.invoices.deduct(from: source, to: reference, as: caller)
            return (shown, "Deducted what was paid on \(source).")
        }
        post("void", on: router) { reference, _, caller in
            let voided = try await app.services.invoices.void(reference, as: caller)
            let credit = voided.creditNote
            let notice = [
                "\(reference) is void: credit note \(credit.invoice.reference) issued.",
                voided.creditNotice(of: reference),
            ]
            return (credit, notice.filter { !$0.isEmpty }.joined(separator: " "))
        }
    }

    /// `POST /invoices/{ref}/{action}`: checks the form's CSRF token, runs `change` and goes to the
    /// invoice it returns; bad input re-renders the invoice with the message on that form.
    private func post(
        _ action: String,
        on router: Router<AppContext>,
        _ change: @escaping @Sendable (String, FormData, Caller) async throws -> (InvoiceService.Shown, String)
    ) {
        router.post("/invoices/{ref}/\(action)") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            let reference = try Self.reference(context)
            do {
                let (shown, notice) = try await change(reference, form, signed.caller)
                return signed.redirect(to: Self.path(shown.invoice.reference), notice: notice)
            } catch let error as any UserFacingError {
                let shown = try await app.services.invoices.show(reference, as: signed.caller)
                return try await page(shown, signed, failed: (action, form, error), notice: nil)
            }
        }
    }

    static func path(_ reference: String) -> String { "/invoices/" + PageRenderer.encoded(reference) }

    private static func reference(_ context: AppContext) throws -> String {
        let raw = try context.parameters.require("ref")
        return raw.removingPercentEncoding ?? raw
    }

    private func list(_ signed: Signed, overdue: Bool, form: FormData, error: (any UserFacingError)?, notice: String?)
        async throws -> Response
    {
        let invoices = try await app.services.invoices.list(overdueOnly: overdue, as: signed.caller)
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        let today = directory.person.zone.localDate(at: app.now())
        let isDeposit = form["form"] == "deposit"
        let deposit = isDeposit ? form : FormData()
        let clients = { (chosen: String?) in
            directory.visibleClients.filter { !$0.isArchived }.map {
                Option(value: $0.name, label: "\($0.name) (\($0.currency.code))", selected: $0.name == chosen)
            }
        }
        let values: [String: Any] = [
            "overdue": overdue,
            "hasInvoices": !invoices.isEmpty,
            "invoices": invoices.map { shown in
                [
                    "reference": shown.invoice.reference, "path": Self.path(shown.invoice.reference),
                    "client": shown.client.name, "state": shown.state, "isOverdue": shown.isOverdue,
                    "issued": shown.invoice.issuedOn?.description ?? "", "due": shown.invoice.dueOn?.description ?? "",
                    "total": Money(minorUnits: shown.totals.gross, currency: shown.invoice.currency).labeled,
                    "owed": Money(minorUnits: shown.balance.due, currency: shown.invoice.currency).labeled,
                ] as [String: Any]
            },
            "clients": clients(isDeposit ? nil : form["client"]),
            "depositForm": FormValues(
                fields: [
                    FieldView(
                        name: "percent",
                        label: "Share",
                        value: deposit["percent"] ?? "",
                        required: true,
                        hint: "e.g. 30%"
                    ),
                    FieldView(
                        name: "estimate",
                        label: "Estimate",
                        value: deposit["estimate"] ?? "",
                        required: true,
                        hint: "in the client's currency"
                    ),
                    FieldView(name: "for", label: "For", value: deposit["for"] ?? "", hint: "what the estimate covers"),
                    FieldView(name: "tax", label: "Tax", value: deposit["tax"] ?? "", hint: "10%, or 20% incl"),
                ],
                error: isDeposit ? error : nil,
                csrf: signed.session?.csrfToken ?? "",
                idPrefix: "deposit-"
            ),
            "depositClients": clients(deposit["client"]),
            "form": FormValues(
                fields: [
                    FieldView(
                        name: "month",
                        label: "Month",
                        type: "month",
                        value: form["month"] ?? String(today.firstOfMonth.adding(days: -1).description.prefix(7)),
                        required: true,
                        hint: "on the client's calendar, e.g. 2026-11"
                    ),
                    FieldView(
                        name: "rush",
                        label: "Rush surcharge",
                        value: form["rush"] ?? "",
                        hint: "on work tagged +rush, e.g. 25%"
                    ),
                ],
                error: isDeposit ? nil : error,
                csrf: signed.session?.csrfToken ?? ""
            ),
        ]
        return app.pages.page(
            "invoices",
            title: "Invoices",
            values: values,
            chrome: try await app.chrome(signed, section: "invoices", notice: notice),
            status: Problem.formStatus(error) ?? .ok
        )
    }

    private func page(
        _ shown: InvoiceService.Shown,
        _ signed: Signed,
        failed: (action: String, form: FormData, error: any UserFacingError)?,
        notice: String?
    ) async throws -> Response {
        let values = InvoicePageValues(shown, csrf: signed.session?.csrfToken ?? "", failed: failed).values
        return app.pages.page(
            "invoice",
            title: shown.invoice.reference,
            values: values,
            chrome: try await app.chrome(signed, section: "invoices", notice: notice),
            status: Problem.formStatus(failed?.error) ?? .ok
        )
    }
}

extension Optional where Wrapped == String {
    /// The text, or an ``InvalidInput`` on `field` saying what is expected.
    func orInvalid(_ field: String, _ expected: String) throws -> String {
        guard let self else { throw InvalidInput(expected, field: field) }
        return self
    }
}
