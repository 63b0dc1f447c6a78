import Foundation
import Hummingbird
import Testing

@testable import AtriumWeb

/// The OpenAPI document and the router describe the same API: every route under /api/v1 is in the
/// document, and the document names no route the router lacks.
@Suite struct OpenAPICoverageTests {
    @Test func documentAndRouterNameTheSameRoutes() async throws {
        try await withWeb { web in
            let app = web.webApp()
            let routed = Set(
                buildRouter(app).routes.map { "\($0.method.rawValue) \(Self.template($0.path.description))" }
                    .filter { $0.contains(" /api/v1") }
            )
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
            )
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } }
            )
            #expect(routed.count > 10)
            #expect(routed.subtracting(documented).isEmpty, "routes missing from the document")
            #expect(documented.subtracting(routed).isEmpty, "documented routes that do not exist")
        }
    }

    /// Hummingbird writes a parameter as `{id}` or `:id`; the document as `{id}`.
    private static func template(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }
}
