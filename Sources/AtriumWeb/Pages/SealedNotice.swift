import Crypto
import Foundation
import Hummingbird

/// The message a form's redirect carries to the next page ("Added entry #42."), sealed with the
/// session's CSRF secret: a page shows a notice only when its seal matches, so a link crafted by
/// someone else cannot make Atrium display their text ("Payment of EUR 10000 received").
enum SealedNotice {
    /// The query string (`notice=…&seal=…`) carrying `notice` for the session whose CSRF token is `key`.
    static func query(_ notice: String, key: String) -> String {
        "notice=" + PageRenderer.encoded(notice) + "&seal=" + seal(notice, key: key)
    }

    /// The notice in `query` when its seal is the session's; nil otherwise.
    static func open(_ query: FormData, key: String) -> String? {
        guard let notice = query["notice"], let seal = query["seal"], !key.isEmpty,
            seal == Self.seal(notice, key: key)
        else { return nil }
        return notice
    }

    private static func seal(_ notice: String, key: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(notice.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(code).prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}

extension Signed {
    /// The sealed notice of this session in `query`, if any (see ``SealedNotice``).
    func notice(in query: FormData) -> String? { SealedNotice.open(query, key: session?.csrfToken ?? "") }

    /// A 303 to `path` carrying `notice` sealed for this session.
    func redirect(to path: String, notice: String) -> Response {
        PageRenderer.redirect(to: path + "?" + SealedNotice.query(notice, key: session?.csrfToken ?? ""))
    }
}
