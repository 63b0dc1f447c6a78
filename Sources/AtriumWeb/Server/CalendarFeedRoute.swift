import AtriumServices
import AtriumStore
import Hummingbird

/// `GET /calendar/{secret}.ics`: a person's meetings and blocks for calendar apps, which cannot sign
/// in; the secret in the address is the credential (made by `atrium calendar url`, revocable).
struct CalendarFeedRoute {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/calendar/{file}") { _, context in
            let file = try context.parameters.require("file")
            guard file.hasSuffix(".ics") else { throw Problem(.notFound, "There is no such calendar.") }
            let calendar: String
            do {
                calendar = try await app.services.calendar.calendar(secret: String(file.dropLast(4)))
            } catch is StoreError {
                throw Problem(.notFound, "There is no such calendar: the address is wrong or was revoked.")
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/calendar; charset=utf-8",
                    .cacheControl: "private, max-age=300",
                    .contentDisposition: "inline; filename=\"atrium.ics\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: calendar))
            )
        }
    }
}
