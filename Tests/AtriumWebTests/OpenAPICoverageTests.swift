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

    @Test("The import's format is a required parameter, and its 422 is the report, not a problem document")
    func importOperation() throws {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        )
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let post = try #require(paths["/api/v1/imports"]?["post"] as? [String: Any])
        let parameters = try #require(post["parameters"] as? [[String: Any]])
        #expect(parameters.first { $0["name"] as? String == "format" }?["required"] as? Bool == true)
        let responses = try #require(post["responses"] as? [String: Any])
        let refused = try #require(responses["422"] as? [String: Any])
        let schema = (refused["content"] as? [String: Any])?["application/json"] as? [String: Any]
        #expect((schema?["schema"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/ImportResult")
    }

    /// Hummingbird writes a parameter as `{id}` or `:id`; the document as `{id}`.
    private static func template(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }
}
