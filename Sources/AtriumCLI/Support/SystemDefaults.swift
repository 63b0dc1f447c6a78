import AtriumCore
import Foundation

/// What `atrium init` assumes when a flag is left out: read from the system the CLI runs on.
enum SystemDefaults {
    /// The system's zone (`TZ`, else /etc/localtime); UTC when it names no IANA zone.
    static func zone() -> ZoneID {
        (try? ZoneID(TimeZone.current.identifier)) ?? .utc
    }

    /// The currency of the locale in `LC_ALL`, `LC_MONETARY` or `LANG`; USD when none says.
    static func currency(environment: [String: String]) -> Currency {
        for key in ["LC_ALL", "LC_MONETARY", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let identifier = String(value.prefix { $0 != "." && $0 != "@" })
            if let code = Locale(identifier: identifier).currency?.identifier, let currency = try? Currency(code: code)
            {
                return currency
            }
        }
        return .usd
    }

    /// The language of `LANG`, else English.
    static func language(environment: [String: String]) -> LanguageCode {
        let value = environment["LC_ALL"] ?? environment["LANG"] ?? ""
        let code = String(value.prefix { $0.isLetter })
        return (try? LanguageCode(code)) ?? .english
    }

    /// The user's full name from the password database, else the login name.
    static func userName(environment: [String: String]) -> String {
        if let entry = getpwuid(getuid()) {
            let gecos = String(cString: entry.pointee.pw_gecos).split(separator: ",").first.map(String.init) ?? ""
            if !gecos.trimmingWhitespace().isEmpty { return gecos.trimmingWhitespace() }
            let login = String(cString: entry.pointee.pw_name)
            if !login.isEmpty { return login }
        }
        return environment["USER"] ?? "Me"
    }
}
