import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// The web app on a ``Fixture``'s real SQLite store, driven through HummingbirdTesting.
struct WebHarness {
    let fixture: Fixture
    let metrics: HTTPMetrics

    var services: Services { fixture.services }
    var store: SQLiteStore { fixture.store }
    var owner: Caller { fixture.owner }

    /// The application on this store, listening on a free port when run live.
    func application() -> some ApplicationProtocol {
        let store = fixture.store
        return buildApplication(
            services: fixture.services,
            configuration: WebConfiguration(port: 0),
            metrics: metrics,
            checkDatabase: { _ = try await store.workspaces() },
            now: fixture.clock.reading
        )
    }

    /// The routes' shared state on this store, for tests that look inside the app.
    func webApp() -> WebApp {
        let store = fixture.store
        return WebApp(
            services: fixture.services,
            pages: PageRenderer(),
            configuration: WebConfiguration(),
            metrics: metrics,
            now: fixture.clock.reading,
            checkDatabase: { _ = try await store.workspaces() }
        )
    }

    /// Runs `body` against the router (no sockets).
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application().test(.router, body)
    }

    /// Gives the owner an email and password and a browser session.
    func ownerBrowser(email: String = "maria@example.com", password: String = "correct horse") async throws -> Browser {
        // Set directly for this fixture's owner: `claimOwner` picks the first workspace, and a test
        // may have added another one.
        try await store.setCredentials(
            of: owner.personID,
            in: owner.workspaceID,
            email: email,
            passwordHash: Bcrypt.hash(password, cost: 4)
        )
        return try await browser(email: email, password: password)
    }

    /// A browser session of whoever signs in with `email` and `password`.
    func browser(email: String, password: String) async throws -> Browser {
        let signedIn = try await services.accounts.signIn(email: email, password: password, address: "10.0.0.1")
        return Browser(cookie: signedIn.token, csrf: signedIn.session.csrfToken)
    }

    /// Adds a member with a password and returns them.
    func member(
        name: String = "Sam Member",
        email: String = "sam@example.com",
        password: String = "member pass"
    ) async throws -> Caller {
        let person = Person(
            workspaceID: owner.workspaceID,
            name: name,
            role: .member,
            zone: try ZoneID("Europe/London"),
            language: .english,
            createdAt: fixture.clock.now
        )
        try await store.insertPerson(person)
        try await store.setCredentials(
            of: person.id,
            in: owner.workspaceID,
            email: email,
            passwordHash: Bcrypt.hash(password, cost: 4)
        )
        return Caller(workspaceID: owner.workspaceID, personID: person.id, role: .member)
    }

    /// A bearer token for `caller`.
    func token(for caller: Caller) async throws -> String {
        try await services.tokens.create(named: "test", as: caller).secret
    }

    /// A second workspace in the same database, with one client and one entry.
    func otherWorkspace() async throws -> (caller: Caller, client: Client) {
        let instant = fixture.clock.now
        let workspace = Workspace(name: "Other VA", baseCurrency: .usd, zone: .utc, createdAt: instant)
        let person = Person(
            workspaceID: workspace.id,
            name: "Olga Other",
            role: .owner,
            zone: .utc,
            language: .english,
            createdAt: instant
        )
        try await store.createWorkspace(workspace, owner: person, stamp: AuditStamp(actorID: person.id, at: instant))
        let caller = Caller(workspaceID: workspace.id, personID: person.id, role: .owner)
        var input = ClientInput()
        input.name = "Secret Client"
        let client = try await services.clients.add(input, as: caller)
        var entry = EntryInput(target: "secret", from: "2026-11-23 08:00", to: "2026-11-23 09:00", memo: "secret memo")
        entry.allowsOverlap = true
        _ = try await services.entries.add(entry, as: caller)
        return (caller, client)
    }
}

/// Runs `body` with a harness over a fresh fixture (a workspace made as `atrium init` makes it).
func withWeb<Value>(
    now: String = "2026-11-23T18:00:00Z",
    _ body: (WebHarness) async throws -> Value
) async throws -> Value {
    let metrics = HTTPMetrics()
    let fixture = try await Fixture.make(now: now) { isWrite, duration in
        metrics.recordTransaction(isWrite: isWrite, duration: duration)
    }
    defer { fixture.close() }
    return try await body(WebHarness(fixture: fixture, metrics: metrics))
}

/// A signed-in browser: its session cookie and the CSRF token its forms carry.
struct Browser: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: "\(SessionCookie.session)=\(cookie)"] }

    /// Headers of a form post.
    var formHeaders: HTTPFields {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    /// A form body with this browser's CSRF token first.
    func form(_ fields: [(String, String)]) -> ByteBuffer {
        WebForm.encode([("_csrf", csrf)] + fields)
    }
}

extension TestClientProtocol {
    /// Posts `fields` as `browser`'s form and, as a browser does, follows a 303 to the page it names.
    func submit(_ uri: String, _ fields: [(String, String)], as browser: Browser) async throws -> TestResponse {
        let posted = try await execute(
            uri: uri,
            method: .post,
            headers: browser.formHeaders,
            body: browser.form(fields)
        )
        guard posted.status == .seeOther, let location = posted.headers[.location] else { return posted }
        return try await execute(uri: location, method: .get, headers: browser.headers)
    }
}

enum WebForm {
    static func encode(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = fields.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return ByteBuffer(string: text)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The value of the cookie `name` this response sets.
    func cookie(_ name: String) -> String? {
        headers[values: .setCookie].lazy.compactMap { header -> String? in
            guard header.hasPrefix(name + "=") else { return nil }
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }.first
    }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
    }
}

extension HTTPFields {
    static func bearer(_ token: String, json: Bool = false) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)"]
        if json { fields[.contentType] = "application/json" }
        return fields
    }
}
