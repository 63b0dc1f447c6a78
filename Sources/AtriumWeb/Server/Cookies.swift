import AtriumCore
import AtriumServices
import Hummingbird

/// The two cookies Atrium sets: the session, and a CSRF token for the forms shown before sign-in.
enum SessionCookie {
    static let session = "atrium_session"
    /// Double-submit token for the sign-in and set-up forms, which have no session yet.
    static let preSessionCSRF = "atrium_csrf"

    static func make(_ name: String, value: String, maxAge: Int, configuration: WebConfiguration) -> Cookie {
        Cookie(
            name: name,
            value: value,
            maxAge: maxAge,
            path: "/",
            secure: configuration.secureCookies,
            httpOnly: true,
            sameSite: .lax
        )
    }

    static func session(_ token: String, configuration: WebConfiguration) -> Cookie {
        make(session, value: token, maxAge: Int(AccountService.sessionLifetime), configuration: configuration)
    }

    /// Deletes the session cookie.
    static func expiredSession(configuration: WebConfiguration) -> Cookie {
        make(session, value: "", maxAge: 0, configuration: configuration)
    }
}

/// The double-submit CSRF token of the forms shown before sign-in (set-up, sign-in, invitation):
/// the page carries it in a hidden field and in a cookie, and a post must bring both alike.
enum PreSessionForm {
    /// Renders a form page with the browser's token (or a new one) and sets the cookie.
    static func show(
        _ request: Request,
        configuration: WebConfiguration,
        _ render: (_ csrf: String) async throws -> Response
    ) async throws -> Response {
        let csrf = request.cookies[SessionCookie.preSessionCSRF]?.value ?? SecretToken.generate()
        var response = try await render(csrf)
        response.setCookie(
            SessionCookie.make(SessionCookie.preSessionCSRF, value: csrf, maxAge: 3600, configuration: configuration)
        )
        return response
    }

    /// Reads a posted form and checks its token against the cookie.
    ///
    /// - Throws: ``Problem`` 403 when they differ or either is missing.
    static func read(_ request: Request, context: AppContext) async throws -> (form: FormData, csrf: String) {
        let form = try await FormData.read(request, context: context)
        let csrf = request.cookies[SessionCookie.preSessionCSRF]?.value
        try form.requireCSRF(csrf)
        return (form, csrf ?? "")
    }
}

extension FormData {
    /// - Throws: ``Problem`` 403 unless the form's `_csrf` field equals `expected`.
    func requireCSRF(_ expected: String?) throws {
        guard let expected, !expected.isEmpty, let sent = self["_csrf"],
            SecretToken.constantTimeEquals(sent, expected)
        else {
            throw Problem(
                .forbidden,
                "This form has expired or did not come from Atrium. Reload the page and try again.",
                field: "_csrf"
            )
        }
    }
}

extension Signed {
    /// - Throws: ``Problem`` 403 unless `form` carries this session's CSRF token.
    func requireCSRF(in form: FormData) throws {
        try form.requireCSRF(session?.csrfToken)
    }
}
