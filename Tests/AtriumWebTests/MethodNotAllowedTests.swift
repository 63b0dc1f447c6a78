import AtriumCore
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// A path that exists under other methods answers 405 with `Allow`; a path that does not exist,
/// and a thing a handler does not find, stay 404.
@Suite struct MethodNotAllowedTests {
    @Test("DELETE /api/v1/me and PUT / are 405 with the methods they answer; unknown paths and ids stay 404")
    func wrongMethod() async throws {
        try await withWeb { web in
            let token = try await web.token(for: web.owner)
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let api = try await client.execute(uri: "/api/v1/me", method: .delete, headers: .bearer(token))
                #expect(api.status == .methodNotAllowed)
                #expect(api.headers[.allow] == "GET, PATCH")
                #expect(api.headers[.contentType] == "application/problem+json")
                #expect(
                    try api.json()["detail"] as? String == "This address does not answer DELETE; it answers GET, PATCH."
                )

                let withParameter = try await client.execute(
                    uri: "/api/v1/clients/\(ID<Client>())",
                    method: .put,
                    headers: .bearer(token)
                )
                #expect(withParameter.status == .methodNotAllowed)
                #expect(withParameter.headers[.allow] == "GET, PATCH")

                let page = try await client.execute(uri: "/", method: .put, headers: browser.headers)
                #expect(page.status == .methodNotAllowed)
                #expect(page.headers[.allow] == "GET")
                #expect(page.text.contains("does not answer PUT"))

                let nowhere = try await client.execute(uri: "/api/v1/nowhere", method: .get, headers: .bearer(token))
                #expect(nowhere.status == .notFound)
                #expect(nowhere.headers[.allow] == nil)
                let unknownClient = try await client.execute(
                    uri: "/api/v1/clients/\(ID<Client>())",
                    method: .get,
                    headers: .bearer(token)
                )
                #expect(unknownClient.status == .notFound)
            }
        }
    }
}
