/// An ISO 4217 currency with the number of digits its minor unit has (EUR 2, JPY 0, BHD 3).
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// The three-letter ISO 4217 code, upper case.
    public let code: String
    /// How many decimal digits the minor unit has: 2 for cents, 0 for yen, 3 for fils.
    public let minorUnitDigits: Int

    /// The currency with this ISO 4217 code (case-insensitive).
    ///
    /// - Throws: ``InvalidInput`` naming the code and, when there are any, similar codes.
    public init(code: String) throws(InvalidInput) {
        let upper = code.uppercased()
        guard let digits = Currency.digitsByCode[upper] else {
            let close = Currency.digitsByCode.keys.filter { $0.hasPrefix(String(upper.prefix(2))) }.sorted()
            let hint = close.isEmpty ? "" : " (did you mean \(close.prefix(5).joined(separator: ", "))?)"
            throw InvalidInput("\"\(code)\" is not an ISO 4217 currency code such as USD, EUR or AUD\(hint)")
        }
        self.code = upper
        self.minorUnitDigits = digits
    }

    public var description: String { code }

    /// The US dollar, the default when nothing else is known.
    public static let usd: Currency = {
        do { return try Currency(code: "USD") } catch { preconditionFailure("USD is a currency") }
    }()

    /// 10 to the power of ``minorUnitDigits``: how many minor units make one major unit.
    public var minorUnitsPerMajor: Int64 {
        var value: Int64 = 1
        for _ in 0..<minorUnitDigits { value *= 10 }
        return value
    }

    /// Every code Atrium accepts: current ISO 4217 currencies plus a few recently withdrawn ones
    /// that still appear in historical exports (HRK, SLL, ANG, ZWL). Precious metals, funds and
    /// testing codes are left out: nobody invoices in them.
    static let digitsByCode: [String: Int] = {
        var table: [String: Int] = [:]
        let twoDigits = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD \
            CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD \
            GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL \
            MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK \
            PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL \
            THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL
            """
        for code in twoDigits.split(separator: " ") { table[String(code)] = 2 }
        for code in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF".split(separator: " ") {
            table[String(code)] = 0
        }
        for code in "BHD IQD JOD KWD LYD OMR TND".split(separator: " ") { table[String(code)] = 3 }
        return table
    }()
}
