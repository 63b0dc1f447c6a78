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
        guard let key = Currency.key(code), let digits = Currency.digits(forKey: key) else {
            let prefix = String(code.uppercased().prefix(2))
            let close = Currency.codes.filter { $0.hasPrefix(prefix) }
            let hint = close.isEmpty ? "" : " (did you mean \(close.prefix(5).joined(separator: ", "))?)"
            throw InvalidInput("\"\(code)\" is not an ISO 4217 currency code such as USD, EUR or AUD\(hint)")
        }
        self.code = Currency.text(ofKey: key)
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
    private static let codesByDigits: [(digits: Int, codes: StaticString)] = [
        (
            2,
            """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD \
            CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD \
            GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL \
            MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK \
            PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL \
            THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL
            """
        ),
        (0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"),
        (3, "BHD IQD JOD KWD LYD OMR TND"),
    ]

    /// The accepted codes as ``key(_:)`` packs them, each shifted left by two bits with its minor
    /// digits in those bits, sorted. Made from the bytes of ``codesByDigits`` without a `String` or
    /// a dictionary: every command reads a currency, and hashing two hundred strings at start-up
    /// cost a short command about 2 % of its instructions.
    private static let table: [UInt32] = {
        var entries: [UInt32] = []
        for (digits, codes) in codesByDigits {
            var key: UInt32 = 0
            codes.withUTF8Buffer { bytes in
                for byte in bytes {
                    if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                        key = key << 8 | UInt32(byte)
                    } else if key != 0 {
                        entries.append(key << 2 | UInt32(digits))
                        key = 0
                    }
                }
            }
            if key != 0 { entries.append(key << 2 | UInt32(digits)) }
        }
        return entries.sorted()
    }()

    /// Every accepted code, in alphabetical order.
    public static var codes: [String] { table.map { text(ofKey: $0 >> 2) } }

    /// The three ASCII letters of `code`, upper-cased, packed into one number; nil unless `code` is
    /// exactly three ASCII letters.
    private static func key(_ code: String) -> UInt32? {
        var key: UInt32 = 0
        var count = 0
        for byte in code.utf8 {
            count += 1
            let upper = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
            guard count <= 3, upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
            key = key << 8 | UInt32(upper)
        }
        return count == 3 ? key : nil
    }

    /// The minor digits of the accepted code packed as `key`, by binary search; nil for any other.
    private static func digits(forKey key: UInt32) -> Int? {
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            let found = table[middle] >> 2
            if found == key { return Int(table[middle] & 3) }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The three letters packed as `key`.
    private static func text(ofKey key: UInt32) -> String {
        String(unsafeUninitializedCapacity: 3) { letters in
            for index in 0..<3 { letters[index] = UInt8(truncatingIfNeeded: key >> (16 - 8 * UInt32(index))) }
            return 3
        }
    }
}
