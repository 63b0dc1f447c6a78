import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// The server on a real socket (port 0): sign-in, the session cookie and CSRF over HTTP, and a
/// restart that keeps sessions and the running timer.
@Suite struct LiveServerTests {
    @Test func signInThenUseTheSessionAndItsFormToken() async throws {
        try await withWeb { web in
            _ = try await web.ownerBrowser(password: "correct horse")
            try await web.fixture.client("Acme Realty")
            try await web.application().test(.live) { client in
                let login = try await client.execute(uri: "/login", method: .get)
                let preToken = try #require(login.cookie(SessionCookie.preSessionCSRF))
                let signedIn = try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [
                        .cookie: "\(SessionCookie.preSessionCSRF)=\(preToken)",
                        .contentType: "application/x-www-form-urlencoded",
                    ],
                    body: WebForm.encode([
                        ("_csrf", preToken), ("email", "maria@example.com"), ("password", "correct horse"),
                    ])
                )
                #expect(signedIn.status == .seeOther)
                let cookie = try #require(signedIn.cookie(SessionCookie.session))

                let dashboard = try await client.execute(
                    uri: "/",
                    method: .get,
                    headers: [.cookie: "\(SessionCookie.session)=\(cookie)"]
                )
                #expect(dashboard.status == .ok)
                let csrf = try #require(Self.formToken(in: dashboard.text))
                let browser = Browser(cookie: cookie, csrf: csrf)

                let forged = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: WebForm.encode([("target", "acme")])
                )
                #expect(forged.status == .forbidden)
                let started = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme")])
                )
                #expect(started.status == .seeOther)
            }
            #expect(try await web.store.runningEntry(of: web.owner.personID, in: web.owner.workspaceID) != nil)
        }
    }

    @Test func sessionsAndTheRunningTimerSurviveARestart() async throws {
        try await withWeb { web in
            try await web.fixture.client("Acme Realty")
            let browser = try await web.ownerBrowser()
            try await web.application().test(.live) { client in
                let started = try await client.execute(
                    uri: "/timer/start",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("target", "acme"), ("memo", "Across a restart")])
                )
                #expect(started.status == .seeOther)
            }
            // A new process: a new store on the same file, new services, a new server.
            let store = try SQLiteStore.open(at: web.fixture.directory.file("atrium.sqlite"))
            let services = Services(store: store, now: web.fixture.clock.reading, passwordCost: 4)
            let restarted = buildApplication(
                services: services,
                configuration: WebConfiguration(port: 0),
                checkDatabase: { _ = try await store.workspaces() },
                now: web.fixture.clock.reading
            )
            try await restarted.test(.live) { client in
                let dashboard = try await client.execute(uri: "/", method: .get, headers: browser.headers)
                #expect(dashboard.status == .ok)
                #expect(dashboard.text.contains("Across a restart"))
                #expect(dashboard.text.contains(#"action="/timer/stop""#))
            }
        }
    }

    /// The CSRF token of the first form on a page.
    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
