import AtriumCore
import AtriumServices
import Hummingbird

/// `/api/v1/exchange-rates`: the workspace's rates into its base currency (owners): listed, and
/// entered one at a time.
struct ExchangeRateAPIRoutes {
    let app: WebApp

    func register(on api: RouterGroup<AppContext>) {
        api.get("/exchange-rates") { request, context in
            let caller = try context.apiCaller()
            let query = request.uri.queryParameters
            let rates = try await app.services.exchangeRates.list(currency: query.get("currency"), as: caller)
            let page = try APIRoutes.page(rates, query: query) { "\($0.currency.code)\u{1F}\($0.date)" }
            return try JSONResponse.make(
                APIModel.Page(items: page.items.map(APIModel.ExchangeRate.init), nextCursor: page.next)
            )
        }
        api.post("/exchange-rates") { request, context in
            let caller = try context.apiCaller()
            var body = try await JSONBody.read(request, context: context)
            let currency = try body.requiredString("currency", example: "AUD")
            let rate = try body.requiredString("rate", example: "0.6512")
            let date = try body.string("date")
            try body.finish()
            let added = try await app.services.exchangeRates.add(currency: currency, rate: rate, date: date, as: caller)
            return try JSONResponse.make(APIModel.ExchangeRate(added), status: .created)
        }
    }
}
