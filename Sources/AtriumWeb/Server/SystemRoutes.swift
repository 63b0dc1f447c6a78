import Hummingbird

/// `/health`, `/metrics` and the stylesheet and script.
struct SystemRoutes {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/health") { _, _ in
            do {
                try await app.checkDatabase()
                return try JSONResponse.make(["status": "ok", "database": "ok"])
            } catch {
                return try JSONResponse.make(
                    ["status": "failing", "database": "unavailable"],
                    status: .serviceUnavailable
                )
            }
        }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: app.metrics.exposition()))
            )
        }
        router.get("/static/atrium.css") { _, _ in Self.asset(Assets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/static/atrium.js") { _, _ in Self.asset(Assets.script, type: "text/javascript; charset=utf-8") }
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }
}
