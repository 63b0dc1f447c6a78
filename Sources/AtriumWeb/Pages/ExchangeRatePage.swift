import AtriumCore
import AtriumServices
import Hummingbird

/// `/rates`: the workspace's exchange rates (owners), listed, entered one by one or pasted as CSV.
struct ExchangeRatePage {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/rates") { request, context in
            let signed = try context.signedInBrowser()
            return try await page(signed, notice: signed.notice(in: FormData(encoded: request.uri.query ?? "")))
        }
        router.post("/rates") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            do {
                let rate = try await app.services.exchangeRates.add(
                    currency: form["currency"] ?? "",
                    rate: form["rate"] ?? "",
                    date: form.text("date"),
                    as: signed.caller
                )
                return signed.redirect(to: "/rates", notice: "Rate added: \(rate).")
            } catch let error as any UserFacingError {
                return try await page(signed, form: form, error: error)
            }
        }
        router.post("/rates/import") { request, context in
            let signed = try context.signedInBrowser()
            let form = try await FormData.read(request, context: context)
            try signed.requireCSRF(in: form)
            do {
                let rates = try await app.services.exchangeRates.importCSV(
                    form["csv"] ?? "",
                    name: "pasted",
                    as: signed.caller
                )
                let count = rates.count.counting("rate", "rates")
                return signed.redirect(to: "/rates", notice: "\(count) imported.")
            } catch let error as any UserFacingError {
                return try await page(signed, pasted: form, pasteError: error)
            }
        }
    }

    private func page(
        _ signed: Signed,
        notice: String? = nil,
        form: FormData? = nil,
        error: (any UserFacingError)? = nil,
        pasted: FormData? = nil,
        pasteError: (any UserFacingError)? = nil
    ) async throws -> Response {
        let rates = try await app.services.exchangeRates.list(currency: nil, as: signed.caller)
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        let csrf = signed.session?.csrfToken ?? ""
        let add = FormValues(
            fields: [
                FieldView(
                    name: "currency",
                    label: "Currency",
                    value: form?["currency"] ?? "",
                    required: true,
                    hint: "e.g. AUD"
                ),
                FieldView(
                    name: "rate",
                    label: "One unit is worth, in \(directory.workspace.baseCurrency.code)",
                    value: form?["rate"] ?? "",
                    required: true,
                    hint: "e.g. 0.6512"
                ),
                FieldView(
                    name: "date",
                    label: "Date",
                    type: "date",
                    value: form?["date"] ?? "",
                    hint: "Today when empty; a second rate of a day replaces the first"
                ),
            ],
            error: error,
            csrf: csrf,
            idPrefix: "rate-"
        )
        let values: [String: Any] = [
            "base": directory.workspace.baseCurrency.code, "csrf": csrf, "add": add,
            "hasRates": !rates.isEmpty,
            "rates": rates.sorted { ($0.currency.code, $1.date) < ($1.currency.code, $0.date) }.map { rate in
                [
                    "currency": rate.currency.code, "date": rate.date.description, "rate": rate.rateText,
                    "source": rate.source.isEmpty ? "entered" : rate.source,
                ]
            },
            "csv": pasted?["csv"] ?? "", "pasteError": pasteError?.neutralMessage as Any,
        ]
        return app.pages.page(
            "exchangeRates",
            title: "Exchange rates",
            values: values,
            chrome: try await app.chrome(signed, section: "rates", notice: notice),
            status: Problem.formStatus(error ?? pasteError) ?? .ok
        )
    }
}
