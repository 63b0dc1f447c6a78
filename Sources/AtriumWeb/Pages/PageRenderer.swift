import AtriumCore
import Crypto
import Foundation
import Hummingbird
import Mustache

/// Renders pages: a page template into the layout, as an HTML response.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() {
        let sources: [String: String] = [
            "layout": Templates.layout, "error": Templates.error, "field": Templates.field,
            "setup": Templates.setup, "login": Templates.login, "dashboard": Templates.dashboard,
            "clients": Templates.clients, "settings": Templates.settings, "team": Templates.team,
            "invite": Templates.invite, "time": Templates.time, "entryEdit": Templates.entryEdit,
            "summary": Templates.summary, "client": Templates.client, "schedule": Templates.schedule,
            "import": Templates.importPage, "invoices": Templates.invoices, "invoice": Templates.invoice,
            "exchangeRates": Templates.exchangeRates,
        ]
        var templates: [String: MustacheTemplate] = [:]
        HTMLEscaping.register()
        for (name, source) in sources {
            do {
                templates[name] = try MustacheTemplate(string: HTMLEscaping.pragma + source)
            } catch {
                preconditionFailure("template \(name) does not parse: \(error)")  // caught by every page test
            }
        }
        library = MustacheLibrary(templates: templates)
    }

    /// The page `template` rendered with `values` inside the layout.
    func page(
        _ template: String,
        title: String,
        values: Any,
        chrome: PageChrome,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        built(template, title: title, values: values, chrome: chrome, status: status).response
    }

    /// The page as bytes, not to be kept (``ResponseCache/Built/freshness`` nil) unless the caller
    /// says so.
    func built(
        _ template: String,
        title: String,
        values: Any,
        chrome: PageChrome,
        status: HTTPResponse.Status = .ok
    ) -> ResponseCache.Built {
        let body = library.render(Self.droppingNils(values), withTemplate: template) ?? ""
        let html = library.render(LayoutValues(title: title, body: body, chrome: chrome), withTemplate: "layout") ?? ""
        return Self.built(html, status: status)
    }

    /// `values` with every nil optional inside dictionaries and arrays removed: swift-mustache reads a
    /// dictionary's `Optional.none` as a value (a section renders, a variable prints "nil"); removed,
    /// it renders as false, as in ``TemplateValues``.
    static func droppingNils(_ values: Any) -> Any {
        switch values {
        case let dictionary as [String: Any]:
            return dictionary.compactMapValues { value -> Any? in
                if let optional = value as? any OptionalValue {
                    return optional.wrappedValue.map(droppingNils)
                }
                return droppingNils(value)
            }
        case let array as [[String: Any]]:
            return array.map(droppingNils)
        case let array as [Any]:
            return array.map(droppingNils)
        default:
            return values
        }
    }

    /// What a page may load: scripts and styles from Atrium only; no framing, no posting elsewhere.
    static let pagePolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"

    /// An HTML response that is never cached (pages show live data), may not be framed by another
    /// site, and loads scripts and styles from Atrium only.
    static func html(
        _ html: String,
        status: HTTPResponse.Status = .ok,
        policy: String = pagePolicy
    ) -> Response {
        built(html, status: status, policy: policy).response
    }

    /// ``html(_:status:policy:)`` as bytes.
    private static func built(
        _ html: String,
        status: HTTPResponse.Status,
        policy: String = pagePolicy
    ) -> ResponseCache.Built {
        ResponseCache.Built(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: policy,
                .xContentTypeOptions: "nosniff", .init("Referrer-Policy")!: "same-origin",
            ],
            body: ByteBuffer(string: html),
            freshness: nil
        )
    }

    /// A standalone document (a printable invoice) whose only style is its own inline stylesheet:
    /// the policy allows that stylesheet by its hash, and nothing else at all.
    static func document(_ html: String, stylesheet: String) -> Response {
        let hash = Data(SHA256.hash(data: Data(stylesheet.utf8))).base64EncodedString()
        return Self.html(
            html,
            policy: "default-src 'none'; style-src 'sha256-\(hash)'; frame-ancestors 'none'; form-action 'none'"
        )
    }

    /// A 303 to `location`: the answer to every successful form.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// `text` safe in a query string or a path segment: everything but letters and digits escaped.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// What the layout shows around every page: who is signed in, the CSRF token for the sign-out
/// form, the current section and a notice from the previous form.
struct PageChrome: Sendable {
    var signed: Bool
    var personName: String
    var csrf: String
    var language: String
    var section: String
    var notice: String?
    /// Owners see the team page in the menu.
    var isOwner = false

    static func signedOut(csrf: String = "") -> PageChrome {
        PageChrome(signed: false, personName: "", csrf: csrf, language: "en", section: "", notice: nil)
    }
}

private struct LayoutValues {
    var title: String
    var body: String
    var signed: Bool
    var personName: String
    var csrf: String
    var language: String
    var notice: String?
    var nav: [String: Bool]
    var isOwner: Bool

    init(title: String, body: String, chrome: PageChrome) {
        self.title = title
        self.body = body
        signed = chrome.signed
        personName = chrome.personName
        csrf = chrome.csrf
        language = chrome.language
        notice = chrome.notice
        nav = [chrome.section: true]
        isOwner = chrome.isOwner
    }
}

/// One labelled input of a form, with the value typed and the message for it.
struct FieldView: Sendable {
    var name: String
    /// The element id; the name unless a page shows several forms with the same field names.
    var domID = ""
    var label: String
    var type = "text"
    var value = ""
    var required = false
    var autocomplete: String?
    var hint: String?
    var error: String?
}

extension FieldView: TemplateValues {
    static let names: [String: PartialKeyPath<FieldView> & Sendable] = [
        "name": \FieldView.name, "domID": \FieldView.domID, "label": \FieldView.label, "type": \FieldView.type,
        "value": \FieldView.value, "required": \FieldView.required, "autocomplete": \FieldView.autocomplete,
        "hint": \FieldView.hint, "error": \FieldView.error,
    ]
}

extension LayoutValues: TemplateValues {
    fileprivate static let names: [String: PartialKeyPath<LayoutValues> & Sendable] = [
        "title": \LayoutValues.title, "body": \LayoutValues.body, "signed": \LayoutValues.signed,
        "personName": \LayoutValues.personName, "csrf": \LayoutValues.csrf, "language": \LayoutValues.language,
        "notice": \LayoutValues.notice, "nav": \LayoutValues.nav, "isOwner": \LayoutValues.isOwner,
    ]
}
