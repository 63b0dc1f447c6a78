import Testing

@testable import AtriumWeb

/// The strict reader of request bodies: what it reads, and where and why it refuses the rest.
@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try parse(Array(text.utf8))
    }

    private func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBytes { try JSONParser.parse($0) }
    }

    private func failure(_ text: String) -> JSONParser.Failure? {
        failure(Array(text.utf8))
    }

    /// Why the bytes are refused; nil when they are read.
    private func failure(_ bytes: [UInt8]) -> JSONParser.Failure? {
        do {
            _ = try parse(bytes)
            return nil
        } catch {
            return error as? JSONParser.Failure
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(
            """
             {"name": "Acme", "tags": ["a", "b"], "billable": true, "archived": false, "project": null,
              "nested": {"empty": {}, "list": []}, "rate": 45, "negative": -12, "half": 1.5}\t\r\n
            """
        )
        #expect(
            value
                == .object([
                    "name": .string("Acme"), "tags": .array([.string("a"), .string("b")]), "billable": .bool(true),
                    "archived": .bool(false), "project": .null,
                    "nested": .object(["empty": .object([:]), "list": .array([])]), "rate": .integer(45),
                    "negative": .integer(-12), "half": .number(1.5),
                ])
        )
    }

    @Test(arguments: [
        ("0", JSONValue.integer(0)), ("-0", .integer(0)), ("5.0", .integer(5)), ("1e3", .integer(1000)),
        ("2E-1", .number(0.2)), ("0e-400", .integer(0)), ("0.000", .integer(0)),
        ("9223372036854775807", .integer(Int64.max)),
        ("92233720368547758080", .number(92_233_720_368_547_758_080)),
    ])
    func readsNumbers(_ text: String, _ expected: JSONValue) throws {
        #expect(try parse(text) == expected)
    }

    @Test func readsEscapesAndUnicode() throws {
        let text = #""tab\t quote\" slash\/ back\\ \b\f\n\r é \u00e9 \u20AC \ud83d\ude00 日本""#
        #expect(try parse(text) == .string("tab\t quote\" slash/ back\\ \u{8}\u{c}\n\r é é € 😀 日本"))
    }

    @Test(arguments: [
        ("", "the body is empty", 1, 1),
        ("   ", "the body is empty", 1, 4),
        (#"{"name": "#, "the body ends where a value was expected", 1, 10),
        (#"{"a": 1,}"#, "expected a field name in double quotes", 1, 9),
        (#"{"a" 1}"#, "expected : after the field name", 1, 6),
        (#"{"a": 1 "b": 2}"#, "expected , or } after a field", 1, 9),
        ("[1 2]", "expected , or ] after an element", 1, 4),
        (#"{"a": tru}"#, "expected a value (an object, array, string, number, true, false or null)", 1, 7),
        (#"{"a": 'x'}"#, "expected a value (an object, array, string, number, true, false or null)", 1, 7),
        (#"{"a": 01}"#, "a number cannot start with 0 (write 7, not 07)", 1, 8),
        (#"{"a": 1.}"#, "expected a digit after the decimal point", 1, 9),
        (#"{"a": -}"#, "expected a digit after -", 1, 8),
        (#"{"a": 1e}"#, "expected a digit in the exponent", 1, 9),
        ("1e999", "the number is too large", 1, 1),
        ("[1e-400]", "the number is too small", 1, 2),
        (#"{"a": "x\qy"}"#, #"unknown escape (use \" \\ \/ \b \f \n \r \t or \uXXXX)"#, 1, 10),
        (#"{"a": "\u12"}"#, #"\u must be followed by four hexadecimal digits"#, 1, 12),
        (#""\ud800""#, #"a \u escape of a high surrogate must be followed by its low surrogate"#, 1, 8),
        (#""\ud800\u0041""#, #"expected a low surrogate (\uDC00-\uDFFF)"#, 1, 14),
        (#""\udc00""#, "a lone low surrogate is not a character", 1, 8),
        ("{\"a\": \"two\nlines\"}", #"a control character must be escaped in a string (\n, \t, \u0001)"#, 1, 11),
        (#"{"a": "open"#, "the body ends inside a string", 1, 12),
        (#""a\u0000""#, #"a string cannot hold \u0000 (NUL), which Atrium cannot store"#, 1, 9),
        (#"{"é": x}"#, "expected a value (an object, array, string, number, true, false or null)", 1, 7),
        ("{} x", "more text follows the JSON value", 1, 4),
        ("{\"a\": 1}\n{\"b\": 2}", "more text follows the JSON value", 2, 1),
        (
            "{\n  \"a\": 1,\n  \"b\": @\n}", "expected a value (an object, array, string, number, true, false or null)",
            3, 8
        ),
    ])
    func refusesWhatIsNotJSONSayingWhere(_ text: String, _ reason: String, _ line: Int, _ column: Int) {
        #expect(failure(text) == JSONParser.Failure(reason: .syntax(reason), line: line, column: column), "\(text)")
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)) == .object(["a": .integer(1)]))
        #expect(
            failure([0xEF, 0xBB, 0xBF]) == JSONParser.Failure(reason: .syntax("the body is empty"), line: 1, column: 2)
        )
    }

    @Test func refusesAStringThatIsNotUTF8() {
        let bytes = Array(#"{"memo": "caf"#.utf8) + [0xE9] + Array(#"", "x": 1}"#.utf8)
        #expect(failure(bytes) == JSONParser.Failure(reason: .syntax("the string is not UTF-8"), line: 1, column: 11))
    }

    @Test func refusesAFieldGivenTwiceNamingIt() {
        #expect(
            failure(#"{"memo": "a", "tags": [], "memo": "b"}"#)
                == JSONParser.Failure(reason: .duplicateField("memo"), line: 1, column: 27)
        )
        #expect(
            failure(#"{"lines": [{"hours": 1, "hours": 2}]}"#)
                == JSONParser.Failure(reason: .duplicateField("hours"), line: 1, column: 25)
        )
        #expect((try? parse(#"[{"memo": "a"}, {"memo": "b"}]"#)) != nil, "one name in two objects is fine")
    }

    @Test func capsNestingInsteadOfExhaustingTheStack() throws {
        let deepest =
            String(repeating: "[", count: JSONParser.maximumDepth)
            + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect((try? parse(deepest)) != nil)
        let tooDeep = String(repeating: "[", count: JSONParser.maximumDepth + 1)
        #expect(failure(tooDeep)?.reason == .tooDeep)
        #expect(failure(String(repeating: #"{"a":"#, count: 200_000))?.reason == .tooDeep)
    }
}
