import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

@Suite struct AccountPageTests {
    /// The first visit to an empty data directory: create the workspace and the owner's account.
    @Test func firstVisitCreatesTheWorkspaceAndSignsTheOwnerIn() async throws {
        try await withTemporaryDirectory { directory in
            let store = try SQLiteStore.open(at: directory.file("atrium.sqlite"))
            let clock = try TestClock("2026-11-23T18:00:00Z")
            let services = Services(store: store, now: clock.reading, passwordCost: 4)
            let app = buildApplication(
                services: services,
                configuration: WebConfiguration(),
                checkDatabase: {},
                now: clock.reading
            )
            try await app.test(.router) { client in
                let home = try await client.execute(uri: "/", method: .get)
                #expect(home.status == .seeOther)
                #expect(home.headers[.location] == "/setup")

                let form = try await client.execute(uri: "/setup", method: .get)
                #expect(form.text.contains("Create your workspace"))
                let csrf = try #require(form.cookie(SessionCookie.preSessionCSRF))
                let headers: HTTPFields = [
                    .cookie: "\(SessionCookie.preSessionCSRF)=\(csrf)",
                    .contentType: "application/x-www-form-urlencoded",
                ]
                var fields = [
                    ("workspace", "Maria Lopez VA"), ("name", "Maria Lopez"), ("currency", "USD"),
                    ("zone", "America/Mexico_City"), ("email", "maria@example.com"), ("password", "short"),
                ]

                let missingToken = try await client.execute(
                    uri: "/setup",
                    method: .post,
                    headers: headers,
                    body: WebForm.encode(fields)
                )
                #expect(missingToken.status == .forbidden)

                let badPassword = try await client.execute(
                    uri: "/setup",
                    method: .post,
                    headers: headers,
                    body: WebForm.encode([("_csrf", csrf)] + fields)
                )
                #expect(badPassword.status == .unprocessableContent)
                #expect(badPassword.text.contains(#"id="password-error">a password has at least 8 characters"#))
                #expect(badPassword.text.contains(#"value="Maria Lopez VA""#), "typed values are kept")
                #expect(try await services.accounts.setupState() == .needsWorkspace, "nothing was created")

                fields[2] = ("currency", "EURO")
                fields[5] = ("password", "long enough")
                let badCurrency = try await client.execute(
                    uri: "/setup",
                    method: .post,
                    headers: headers,
                    body: WebForm.encode([("_csrf", csrf)] + fields)
                )
                #expect(badCurrency.status == .unprocessableContent)
                #expect(badCurrency.text.contains(#"id="currency-error""#))
                #expect(try await services.accounts.setupState() == .needsWorkspace)

                fields[2] = ("currency", "USD")
                let created = try await client.execute(
                    uri: "/setup",
                    method: .post,
                    headers: headers,
                    body: WebForm.encode([("_csrf", csrf)] + fields)
                )
                #expect(created.status == .seeOther)
                let session = try #require(created.cookie(SessionCookie.session))
                let setCookie = created.headers[values: .setCookie].joined()
                #expect(setCookie.contains("HttpOnly"))
                #expect(setCookie.contains("SameSite=Lax"))
                #expect(!setCookie.contains("Secure"))

                let dashboard = try await client.execute(
                    uri: "/",
                    method: .get,
                    headers: [.cookie: "\(SessionCookie.session)=\(session)"]
                )
                #expect(dashboard.status == .ok)
                #expect(dashboard.text.contains("Maria Lopez"))
                let again = try await client.execute(uri: "/setup", method: .get)
                #expect(again.headers[.location] == "/login", "set-up happens once")
            }
        }
    }

    @Test func aWorkspaceMadeOnTheCommandLineGetsItsOwnersPassword() async throws {
        try await withWeb { web in
            try await web.test { client in
                let form = try await client.execute(uri: "/setup", method: .get)
                #expect(form.text.contains("was created on the command line"))
                #expect(form.text.contains("Maria Lopez"))
                let csrf = try #require(form.cookie(SessionCookie.preSessionCSRF))
                let response = try await client.execute(
                    uri: "/setup",
                    method: .post,
                    headers: [
                        .cookie: "\(SessionCookie.preSessionCSRF)=\(csrf)",
                        .contentType: "application/x-www-form-urlencoded",
                    ],
                    body: WebForm.encode([("_csrf", csrf), ("email", "Maria@Example.com"), ("password", "long enough")])
                )
                #expect(response.status == .seeOther)
                #expect(response.cookie(SessionCookie.session) != nil)
                let account = try await web.store.account(email: "maria@example.com")
                #expect(account?.person.id == web.owner.personID)
            }
        }
    }

    @Test func signInChecksThePasswordAndThrottlesAfterFiveFailures() async throws {
        try await withWeb { web in
            _ = try await web.ownerBrowser(password: "correct horse")
            try await web.test { client in
                let page = try await client.execute(uri: "/login?next=/clients", method: .get)
                #expect(page.status == .ok)
                let csrf = try #require(page.cookie(SessionCookie.preSessionCSRF))
                @Sendable func attempt(_ password: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: "/login",
                        method: .post,
                        headers: [
                            .cookie: "\(SessionCookie.preSessionCSRF)=\(csrf)",
                            .contentType: "application/x-www-form-urlencoded",
                        ],
                        body: WebForm.encode([
                            ("_csrf", csrf), ("email", "maria@example.com"), ("password", password),
                            ("next", "/clients"),
                        ])
                    )
                }
                for _ in 1...5 {
                    let wrong = try await attempt("wrong password")
                    #expect(wrong.status == .unauthorized)
                    #expect(wrong.text.contains("That email and password do not match an account."))
                    #expect(wrong.cookie(SessionCookie.session) == nil)
                }
                let throttled = try await attempt("correct horse")
                #expect(throttled.status == .tooManyRequests)
                #expect(throttled.headers[.retryAfter] == "900")
                #expect(throttled.text.contains("Too many failed sign-ins. Try again in 15 minutes."))

                web.fixture.clock.advance(seconds: 15 * 60)
                let signedIn = try await attempt("correct horse")
                #expect(signedIn.status == .seeOther)
                #expect(signedIn.headers[.location] == "/clients")
                #expect(signedIn.cookie(SessionCookie.session) != nil)
            }
        }
    }

    @Test func signInNeverRedirectsOffSite() {
        #expect(AccountPages.safeNext("/clients?q=a") == "/clients?q=a")
        #expect(AccountPages.safeNext("//evil.example/") == "/")
        #expect(AccountPages.safeNext("https://evil.example/") == "/")
        #expect(AccountPages.safeNext("/\\evil.example") == "/")
    }

    @Test func signOutNeedsTheFormTokenAndEndsTheSession() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let forged = try await client.execute(
                    uri: "/logout",
                    method: .post,
                    headers: browser.formHeaders,
                    body: WebForm.encode([("_csrf", "guess")])
                )
                #expect(forged.status == .forbidden)
                #expect(try await client.execute(uri: "/", method: .get, headers: browser.headers).status == .ok)

                let out = try await client.execute(
                    uri: "/logout",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([])
                )
                #expect(out.status == .seeOther)
                #expect(out.headers[values: .setCookie].joined().contains("Max-Age=0"))
                let after = try await client.execute(uri: "/", method: .get, headers: browser.headers)
                #expect(after.status == .seeOther)
                #expect(after.headers[.location]?.hasPrefix("/login") == true)
            }
        }
    }

    @Test func anExpiredSessionSendsTheBrowserToSignIn() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser()
            web.fixture.clock.advance(seconds: AccountService.sessionLifetime)
            try await web.test { client in
                let response = try await client.execute(uri: "/clients", method: .get, headers: browser.headers)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login?next=%2Fclients")
            }
        }
    }

    @Test func changingThePasswordSignsOutOtherSessions() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser(password: "correct horse")
            let other = try await web.services.accounts.signIn(
                email: "maria@example.com",
                password: "correct horse",
                address: "10.0.0.2"
            )
            try await web.test { client in
                let wrong = try await client.execute(
                    uri: "/settings/password",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("current_password", "nope"), ("new_password", "battery staple")])
                )
                #expect(wrong.status == .unprocessableContent)
                #expect(wrong.text.contains(#"id="password-current_password-error">the current password is not right"#))

                let changed = try await client.execute(
                    uri: "/settings/password",
                    method: .post,
                    headers: browser.formHeaders,
                    body: browser.form([("current_password", "correct horse"), ("new_password", "battery staple")])
                )
                #expect(changed.status == .ok)
                #expect(changed.text.contains("Password changed"))
                #expect(try await client.execute(uri: "/", method: .get, headers: browser.headers).status == .ok)
                let dropped = try await client.execute(
                    uri: "/",
                    method: .get,
                    headers: [.cookie: "\(SessionCookie.session)=\(other.token)"]
                )
                #expect(dropped.status == .seeOther)
            }
            _ = try await web.services.accounts.signIn(
                email: "maria@example.com",
                password: "battery staple",
                address: "10.0.0.3"
            )
        }
    }
}
