import AtriumDocuments
import Foundation
import Hummingbird

/// JSON answers of the API, and RFC 9457 problem documents.
enum JSONResponse {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        make(bytes: Array(try encoder.encode(value)), status: status)
    }

    /// JSON already written (``JSONWriter``).
    static func make(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        built(bytes: bytes, status: status, freshness: nil).response
    }

    /// JSON already written, as a response the ``ResponseCache`` may keep for `freshness`.
    static func built(
        bytes: [UInt8],
        status: HTTPResponse.Status = .ok,
        freshness: ResponseCache.Freshness?
    ) -> ResponseCache.Built {
        ResponseCache.Built(
            status: status,
            headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: bytes),
            freshness: freshness
        )
    }

    /// `application/problem+json` with the field at fault as an extension member.
    static func problem(_ problem: Problem, instance: String) -> Response {
        struct Document: Encodable {
            var type = "about:blank"
            var title: String
            var status: Int
            var detail: String
            var field: String?
            var instance: String
        }
        let document = Document(
            title: problem.title,
            status: problem.status.code,
            detail: problem.detail,
            field: problem.field,
            instance: instance
        )
        let data = (try? encoder.encode(document)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        problem.addHeaders(to: &headers)
        if problem.status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"atrium\"" }
        return Response(
            status: problem.status,
            headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
