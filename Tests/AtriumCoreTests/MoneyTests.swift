import AtriumCore
import PropertyBased
import Testing

@Suite struct MoneyTests {
    @Test(
        "Currencies know their minor digits",
        arguments: [("USD", 2), ("EUR", 2), ("JPY", 0), ("BHD", 3), ("KWD", 3)]
    )
    func minorDigits(code: String, digits: Int) throws {
        #expect(try Currency(code: code).minorUnitDigits == digits)
    }

    @Test("Minor units per major unit follow the digits", arguments: [("USD", 100), ("JPY", 1), ("BHD", 1000)])
    func minorUnitsPerMajor(code: String, perMajor: Int64) {
        #expect(currency(code).minorUnitsPerMajor == perMajor)
    }

    @Test("A currency code is read case-insensitively and kept upper case")
    func lowerCaseCode() throws {
        let yen = try Currency(code: "jpy")
        #expect(yen.code == "JPY")
        #expect(yen == currency("JPY"))
    }

    @Test("Every accepted code reads back as itself, in any case, with its digits")
    func everyCode() throws {
        let codes = Currency.codes
        #expect(codes.count == 160)
        #expect(codes == codes.sorted())
        var countByDigits: [Int: Int] = [:]
        for code in codes {
            let currency = try Currency(code: code)
            #expect(currency.code == code)
            #expect(try Currency(code: code.lowercased()) == currency)
            countByDigits[currency.minorUnitDigits, default: 0] += 1
        }
        #expect(countByDigits == [2: 137, 0: 16, 3: 7])
    }

    @Test(
        "Anything but three ASCII letters of an accepted code is refused",
        arguments: ["", "US", "USDX", " USD", "ÜSD", "US1", "U-D", "XXX", "AAA", "ZZZ", "usd\u{0}"]
    )
    func notACode(text: String) {
        #expect(throws: InvalidInput.self) { try Currency(code: text) }
    }

    @Test("An unknown currency code is refused, naming it and suggesting close codes")
    func unknownCurrency() {
        let error = #expect(throws: InvalidInput.self) { try Currency(code: "USX") }
        #expect(error?.message.contains("\"USX\"") == true)
        #expect(error?.message.contains("USD") == true)
    }

    // MARK: Parsing

    @Test(
        "Amounts are read exactly in the currency's minor units",
        arguments: [
            ("45", "USD", 4500),
            ("45.5", "USD", 4550),
            ("45.50", "USD", 4550),
            ("0.05", "USD", 5),
            ("-1234.50", "USD", -123_450),
            (" 45.00\n", "EUR", 4500),
            ("1200", "JPY", 1200),
            ("-1200", "JPY", -1200),
            ("0.125", "BHD", 125),
            ("-0.125", "BHD", -125),
            ("12.5", "BHD", 12_500),
            ("0", "BHD", 0),
        ] as [(String, String, Int64)]
    )
    func parse(text: String, code: String, minorUnits: Int64) throws {
        #expect(try Money.parse(text, currency: currency(code)) == money(minorUnits, code))
    }

    @Test(
        "Amounts with more decimals than the currency has are refused",
        arguments: [
            ("12.345", "EUR", "at most 2 decimals"),
            ("0.001", "USD", "at most 2 decimals"),
            ("1.5", "JPY", "no decimals"),
            ("100.0", "JPY", "no decimals"),
            ("0.1234", "BHD", "at most 3 decimals"),
        ]
    )
    func tooManyDecimals(text: String, code: String, rule: String) {
        let error = #expect(throws: InvalidInput.self) { try Money.parse(text, currency: currency(code)) }
        #expect(error?.message.contains("too many decimals") == true)
        #expect(error?.message.contains("\(code) amounts have \(rule)") == true)
    }

    @Test(
        "Text that is not a plain decimal number is refused",
        arguments: ["45,5", "", "  ", "abc", "-", ".", "45.", "1.2.3", "--5", "+5", "4 5", "1e3", "٤٥", "$45"]
    )
    func notAnAmount(text: String) {
        let error = #expect(throws: InvalidInput.self) { try Money.parse(text, currency: .usd) }
        #expect(error?.message.contains("is not an amount") == true)
    }

    @Test(
        "An amount beyond the largest Atrium handles is refused, and names the largest",
        arguments: [
            ("10000000000000.00", "USD", "9999999999999.99"), ("92233720368547758.08", "USD", "9999999999999.99"),
            ("1000000000000000", "JPY", "999999999999999"), ("-10000000000000", "USD", "9999999999999.99"),
        ]
    )
    func tooLarge(text: String, code: String, largest: String) throws {
        let error = #expect(throws: InvalidInput.self) { try Money.parse(text, currency: try Currency(code: code)) }
        #expect(error?.message == "\"\(text)\" is too large an amount: the largest is \(largest)")
    }

    @Test("The largest amount is read, in either sign")
    func largest() throws {
        #expect(try Money.parse("9999999999999.99", currency: .usd).minorUnits == Money.largestMinorUnits)
        #expect(try Money.parse("-9999999999999.99", currency: .usd).minorUnits == -Money.largestMinorUnits)
    }

    @Test("A rate above the largest hourly rate is refused for the rate field")
    func largestRate() throws {
        #expect(try Money.parseRate("9999999.99", currency: .usd).minorUnits == Money.largestRateMinorUnits)
        let error = #expect(throws: InvalidInput.self) { try Money.parseRate("10000000", currency: .usd) }
        #expect(error?.field == "rate")
        #expect(error?.message == "a rate above USD 9999999.99 an hour is not accepted")
    }

    // MARK: Formatting

    @Test(
        "The decimal string has exactly the currency's digits",
        arguments: [
            (4500, "USD", "45.00"),
            (5, "USD", "0.05"),
            (-5, "USD", "-0.05"),
            (0, "USD", "0.00"),
            (-123_450, "EUR", "-1234.50"),
            (1200, "JPY", "1200"),
            (-1200, "JPY", "-1200"),
            (0, "JPY", "0"),
            (-125, "BHD", "-0.125"),
            (1, "BHD", "0.001"),
            (12_345, "BHD", "12.345"),
            (Int64.min, "USD", "-92233720368547758.08"),
        ] as [(Int64, String, String)]
    )
    func decimalString(minorUnits: Int64, code: String, text: String) {
        #expect(money(minorUnits, code).decimalString == text)
    }

    @Test(
        "The labeled form puts the code before the amount",
        arguments: [(4500, "AUD", "AUD 45.00"), (1200, "JPY", "JPY 1200"), (-125, "BHD", "BHD -0.125")]
            as [(Int64, String, String)]
    )
    func labeled(minorUnits: Int64, code: String, text: String) {
        #expect(money(minorUnits, code).labeled == text)
    }

    // MARK: Arithmetic

    @Test("Adding amounts of one currency sums their minor units")
    func adding() throws {
        #expect(try money(4550, "USD").adding(money(-50, "USD")) == money(4500, "USD"))
        #expect(try money(1, "BHD").adding(money(999, "BHD")) == money(1000, "BHD"))
    }

    @Test("Adding amounts of different currencies throws a mismatch naming both")
    func addingMismatch() {
        let error = #expect(throws: MoneyError.self) { try money(100, "USD").adding(money(100, "EUR")) }
        #expect(error == .currencyMismatch(currency("USD"), currency("EUR")))
        #expect(error?.userMessage.contains("USD and EUR") == true)
        #expect(error?.kind == .invalidInput)
    }

    @Test("Adding past 64 bits throws overflow")
    func addingOverflow() {
        let error = #expect(throws: MoneyError.self) { try money(.max, "JPY").adding(money(1, "JPY")) }
        #expect(error == .overflow)
    }

    @Test("Zero is zero minor units of the currency")
    func zero() {
        #expect(Money.zero(currency("BHD")) == money(0, "BHD"))
    }

    // MARK: Charges

    @Test(
        "A charge is rate × seconds ÷ 3600, rounded once half up",
        arguments: [
            (4800, 4500, "AUD", 6000),  // 1 h 20 min at 45.00 = 60.00
            (3600, 4500, "USD", 4500),
            (900, 3333, "USD", 833),  // 8.3325 → 8.33
            (1, 4500, "USD", 1),  // 1.25 cents
            (40, 4500, "USD", 50),
            (0, 4500, "USD", 0),
            (60, 5000, "JPY", 83),  // 83.3 yen
            (1200, 5000, "JPY", 1667),  // 1666.7 yen
            (90, 5000, "JPY", 125),
            (60, 12_500, "BHD", 208),  // 208.3 fils
            (4800, 12_500, "BHD", 16_667),  // 16.6667 BHD
            (360_000, 4500, "USD", 450_000),  // 100 h
        ] as [(Int64, Int64, String, Int64)]
    )
    func charge(seconds: Int64, rateMinor: Int64, code: String, expected: Int64) {
        let charged = Money.charge(forSeconds: seconds, at: money(rateMinor, code), rounding: .halfUp)
        #expect(charged == money(expected, code))
    }

    @Test(
        "A charge that falls on a half minor unit follows the rounding rule",
        arguments: [
            // seconds, rate, code, half up, half even, toward zero
            (1800, 1, "USD", 1, 0, 0),  // 0.5 cent
            (1800, 3, "USD", 2, 2, 1),  // 1.5 cents
            (9, 1000, "JPY", 3, 2, 2),  // 2.5 yen
            (18, 1500, "BHD", 8, 8, 7),  // 7.5 fils
            (-1800, 1, "USD", -1, 0, 0),  // a correction of −0.5 cent
            (-1800, 3, "USD", -2, -2, -1),
        ] as [(Int64, Int64, String, Int64, Int64, Int64)]
    )
    func chargeHalves(seconds: Int64, rate: Int64, code: String, halfUp: Int64, halfEven: Int64, towardZero: Int64) {
        let hourly = money(rate, code)
        #expect(Money.charge(forSeconds: seconds, at: hourly, rounding: .halfUp) == money(halfUp, code))
        #expect(Money.charge(forSeconds: seconds, at: hourly, rounding: .halfEven) == money(halfEven, code))
        #expect(Money.charge(forSeconds: seconds, at: hourly, rounding: .towardZero) == money(towardZero, code))
    }

    @Test("Charging two 15-minute pieces separately can differ by a cent from charging 30 minutes")
    func chargeSplitDiffers() {
        let rate = money(4501, "USD")  // 45.01/h: 15 min = 11.2525, 30 min = 22.505
        let piece = Money.charge(forSeconds: 900, at: rate, rounding: .halfUp)
        let whole = Money.charge(forSeconds: 1800, at: rate, rounding: .halfUp)
        #expect(piece == money(1125, "USD"))
        #expect(whole == money(2251, "USD"))
    }

    @Test("A charge too large for 64 bits is clamped rather than wrapped")
    func chargeClamps() {
        let charged = Money.charge(forSeconds: .max, at: money(.max, "USD"), rounding: .halfUp)
        #expect(charged.minorUnits == .max)
    }

    // MARK: Laws

    @Test("Parsing an amount's decimal string gives the amount back")
    func parseRoundTrip() async {
        let codes = ["USD", "JPY", "BHD", "EUR", "KWD", "CLP"]
        let amounts = Gen.int64(in: -999_999_999_999...999_999_999_999)
        await propertyCheck(input: amounts, Gen.int(in: 0...codes.count - 1)) {
            (minorUnits: Int64, index: Int) throws in
            let amount = money(minorUnits, codes[index])
            #expect(try Money.parse(amount.decimalString, currency: amount.currency) == amount)
        }
    }

    @Test("Charging a total differs from summing the parts' charges by at most half a unit per charge")
    func chargeSplitLaw() async {
        let parts = Gen.int64(in: 0...36_000).array(of: 1...12)
        await propertyCheck(input: parts, Gen.int64(in: 0...1_000_000)) { pieces, rateMinor in
            let rate = money(rateMinor, "BHD")
            let whole = Money.charge(forSeconds: pieces.reduce(0, +), at: rate, rounding: .halfUp).minorUnits
            let split = pieces.map { Money.charge(forSeconds: $0, at: rate, rounding: .halfUp).minorUnits }
            let difference = abs(whole - split.reduce(0, +))
            // Each charge is within ½ unit of its exact value, so the two sums are within (n + 1)/2.
            #expect(difference * 2 <= Int64(pieces.count) + 1)
            #expect(difference <= Int64(pieces.count))
        }
    }
}

@Suite struct RateParsingTests {
    @Test("A rate is read exactly in its currency")
    func parsesRate() throws {
        #expect(try Money.parseRate("45.5", currency: Currency(code: "AUD")).minorUnits == 4550)
        #expect(try Money.parseRate("5200", currency: Currency(code: "JPY")).minorUnits == 5200)
    }

    @Test("A negative or malformed rate is refused for the rate field", arguments: ["-1", "abc", "45.555", ""])
    func refusesBadRate(text: String) throws {
        #expect {
            _ = try Money.parseRate(text, currency: Currency(code: "USD"))
        } throws: { error in
            (error as? InvalidInput)?.field == "rate"
        }
    }

    @Test("A rate in another currency than the one billed is refused, naming who bills")
    func refusesOtherCurrency() throws {
        let rate = Money(minorUnits: 100, currency: try Currency(code: "EUR"))
        #expect(throws: InvalidInput("the rate is in EUR but Acme bills in USD", field: "rate")) {
            try rate.validateAsRate(billedIn: .usd, by: "Acme")
        }
    }
}
