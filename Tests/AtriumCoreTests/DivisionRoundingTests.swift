import AtriumCore
import PropertyBased
import Testing

@Suite struct DivisionRoundingTests {
    @Test(
        "Each rule settles quotients between whole numbers its own way",
        arguments: [
            // numerator, denominator, half up, half even, toward zero
            (10, 4, 3, 2, 2),  // 2.5
            (14, 4, 4, 4, 3),  // 3.5
            (1, 2, 1, 0, 0),  // 0.5
            (3, 2, 2, 2, 1),  // 1.5
            (5, 2, 3, 2, 2),  // 2.5
            (7, 3, 2, 2, 2),  // 2.33
            (8, 3, 3, 3, 2),  // 2.67
            (1, 3, 0, 0, 0),
            (2, 3, 1, 1, 0),
            (9, 3, 3, 3, 3),
            (0, 5, 0, 0, 0),
            (3599, 3600, 1, 1, 0),
            (1800, 3600, 1, 0, 0),
            (5400, 3600, 2, 2, 1),
        ] as [(Int128, Int128, Int128, Int128, Int128)]
    )
    func positive(numerator: Int128, denominator: Int128, halfUp: Int128, halfEven: Int128, towardZero: Int128) {
        #expect(DivisionRounding.halfUp.divide(numerator, by: denominator) == halfUp)
        #expect(DivisionRounding.halfEven.divide(numerator, by: denominator) == halfEven)
        #expect(DivisionRounding.towardZero.divide(numerator, by: denominator) == towardZero)
    }

    @Test(
        "Negative quotients round away from zero on halves, to even, or toward zero",
        arguments: [
            (-10, 4, -3, -2, -2),  // −2.5
            (-14, 4, -4, -4, -3),  // −3.5
            (-1, 2, -1, 0, 0),  // −0.5
            (-3, 2, -2, -2, -1),  // −1.5
            (-7, 3, -2, -2, -2),  // −2.33
            (-8, 3, -3, -3, -2),  // −2.67
            (-2, 3, -1, -1, 0),
            (-1, 3, 0, 0, 0),
            (-9, 3, -3, -3, -3),
        ] as [(Int128, Int128, Int128, Int128, Int128)]
    )
    func negative(numerator: Int128, denominator: Int128, halfUp: Int128, halfEven: Int128, towardZero: Int128) {
        #expect(DivisionRounding.halfUp.divide(numerator, by: denominator) == halfUp)
        #expect(DivisionRounding.halfEven.divide(numerator, by: denominator) == halfEven)
        #expect(DivisionRounding.towardZero.divide(numerator, by: denominator) == towardZero)
    }

    @Test("Quotients beyond 64 bits are divided exactly")
    func wide() {
        let tenTo29: Int128 = 100_000_000_000_000_000_000_000_000_000
        let numerator = tenTo29 * 10 + 5  // …0.5 after dividing by 10
        #expect(DivisionRounding.halfUp.divide(numerator, by: 10) == tenTo29 + 1)
        #expect(DivisionRounding.halfEven.divide(numerator, by: 10) == tenTo29)
        #expect(DivisionRounding.towardZero.divide(-numerator, by: 10) == -tenTo29)
    }

    @Test("Every rule is symmetric around zero", arguments: [DivisionRounding.halfUp, .halfEven, .towardZero])
    func symmetric(rule: DivisionRounding) async {
        await propertyCheck(input: Gen.int64(in: -1_000_000_000...1_000_000_000), Gen.int64(in: 1...10_000)) {
            numerator,
            denominator in
            let positive = rule.divide(Int128(numerator), by: Int128(denominator))
            #expect(rule.divide(-Int128(numerator), by: Int128(denominator)) == -positive)
        }
    }

    @Test("Rounding to nearest stays within half the denominator", arguments: [DivisionRounding.halfUp, .halfEven])
    func nearestBound(rule: DivisionRounding) async {
        await propertyCheck(input: Gen.int64(in: -1_000_000_000...1_000_000_000), Gen.int64(in: 1...10_000)) {
            numerator,
            denominator in
            let quotient = rule.divide(Int128(numerator), by: Int128(denominator))
            let error = (Int128(numerator) - quotient * Int128(denominator)).magnitude
            #expect(error * 2 <= Int128(denominator).magnitude)
        }
    }

    @Test("Half even lands on an even quotient whenever the remainder is exactly half")
    func halfEvenIsEven() async {
        await propertyCheck(input: Gen.int64(in: -1_000_000...1_000_000), Gen.int64(in: 1...1000)) { whole, half in
            // (2·whole + 1) · half / (2·half) = whole + ½ exactly.
            let numerator = Int128(2 * whole + 1) * Int128(half)
            let quotient = DivisionRounding.halfEven.divide(numerator, by: Int128(2 * half))
            #expect(quotient % 2 == 0)
            #expect(quotient == Int128(whole) || quotient == Int128(whole) + 1)
        }
    }

    @Test("Toward zero agrees with integer division")
    func towardZeroIsTruncation() async {
        await propertyCheck(input: Gen.int64(in: -1_000_000_000...1_000_000_000), Gen.int64(in: 1...10_000)) {
            numerator,
            denominator in
            #expect(
                DivisionRounding.towardZero.divide(Int128(numerator), by: Int128(denominator))
                    == Int128(numerator / denominator)
            )
        }
    }
}
