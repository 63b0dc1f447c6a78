import Foundation
import HummingbirdTesting
import Testing

@Suite struct SystemRouteTests {
    @Test func healthChecksTheDatabase() async throws {
        try await withWeb { web in
            try await web.test { client in
                let response = try await client.execute(uri: "/health", method: .get)
                #expect(response.status == .ok)
                #expect(try response.json()["database"] as? String == "ok")
            }
        }
    }

    @Test func metricsCountRequestsByRouteAndTimeTheDatabase() async throws {
        try await withWeb { web in
            try await web.test { client in
                _ = try await client.execute(uri: "/health", method: .get)
                _ = try await client.execute(uri: "/no-such-page", method: .get)
                let response = try await client.execute(uri: "/metrics", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = response.text
                #expect(text.contains(#"atrium_http_requests_total{route="/health",method="GET",status="200"} 1"#))
                #expect(text.contains(#"status="404""#))
                #expect(text.contains("atrium_http_request_duration_seconds_bucket"))
                #expect(text.contains(#"atrium_database_transaction_duration_seconds_count{kind="read"}"#))
            }
        }
    }

    @Test func unknownPagesAre404PagesAndUnknownAPIRoutesAreProblems() async throws {
        try await withWeb { web in
            try await web.test { client in
                let page = try await client.execute(uri: "/nowhere", method: .get)
                #expect(page.status == .notFound)
                #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(page.text.contains("There is nothing at this address."))
                #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                let api = try await client.execute(uri: "/api/v1/nowhere", method: .get)
                #expect(api.status == .notFound)
                #expect(api.headers[.contentType] == "application/problem+json")
                #expect(try api.json()["status"] as? Int == 404)
            }
        }
    }

    @Test func stylesheetAndScriptAreServed() async throws {
        try await withWeb { web in
            try await web.test { client in
                let css = try await client.execute(uri: "/static/atrium.css", method: .get)
                #expect(css.status == .ok)
                #expect(css.text.contains("--accent"))
                let script = try await client.execute(uri: "/static/atrium.js", method: .get)
                #expect(script.text.contains("data-elapsed-seconds"))
            }
        }
    }
}
