import AtriumCore
import PropertyBased
import Testing

@Suite struct TimeSpanParsingTests {
    @Test(
        "Durations are read in units, decimal hours and clock form",
        arguments: [
            ("90m", 5400),
            ("1h30m", 5400),
            ("1h 30m", 5400),
            ("1.5h", 5400),
            ("1:30", 5400),
            ("1:30:00", 5400),
            ("45s", 45),
            ("2h", 7200),
            ("0.25h", 900),
            (".5h", 1800),
            ("1H30M", 5400),
            ("  2h\t", 7200),
            ("1h30m15s", 5415),
            ("1h 1m 1s", 3661),
            ("0:05", 300),
            ("27:00", 97_200),
            ("1:30:15", 5415),
            ("1.25m", 75),
            ("0.333h", 1199),  // 1198.8 s, rounded half up
            ("0.0001h", 0),  // 0.36 s
            ("0.00015h", 1),  // 0.54 s
            ("0m", 0),
            ("99999:59", 359_999_940),
        ] as [(String, Int64)]
    )
    func parse(text: String, seconds: Int64) throws {
        #expect(try TimeSpan.parse(text) == TimeSpan(seconds: seconds))
    }

    @Test(
        "Text that is not a duration is refused, showing the accepted forms",
        arguments: [
            "90", "h", "1.5.5h", "", "   ", "1h1h", "1h30", "1.h", "-1h", "1d", "abc", "1:5", "1::30", ":30", "1:30:",
            "1:30:00:00", "1:3a", "100000h", "100000:00", "1h-30m", "1,5h",
        ]
    )
    func parseErrors(text: String) {
        let error = #expect(throws: InvalidInput.self) { try TimeSpan.parse(text) }
        #expect(error?.message.contains("is not a duration: use e.g. 90m, 1h30m, 1.5h or 1:30") == true)
    }

    @Test("Clock-form minutes or seconds past 59 are refused, saying so", arguments: ["1:75", "1:60", "0:30:60"])
    func clockFormRange(text: String) {
        let error = #expect(throws: InvalidInput.self) { try TimeSpan.parse(text) }
        #expect(error?.message == "\"\(text)\" is not a duration: minutes and seconds go from 0 to 59")
    }

    @Test(
        "The clock text shows hours and minutes, seconds dropped",
        arguments: [
            (5400, "1:30"), (300, "0:05"), (97_200, "27:00"), (59, "0:00"), (5459, "1:30"), (0, "0:00"),
            (-5400, "-1:30"), (360_000, "100:00"),
        ] as [(Int64, String)]
    )
    func clockText(seconds: Int64, text: String) {
        #expect(TimeSpan(seconds: seconds).clockText == text)
    }

    @Test(
        "Decimal hours have two decimals, rounded half up",
        arguments: [
            (5400, "1.50"), (1200, "0.33"), (2400, "0.67"), (18, "0.01"), (17, "0.00"), (0, "0.00"),
            (-5400, "-1.50"), (-18, "-0.01"), (97_200, "27.00"), (3599, "1.00"),
        ] as [(Int64, String)]
    )
    func decimalHours(seconds: Int64, text: String) {
        #expect(TimeSpan(seconds: seconds).decimalHours == text)
    }

    @Test(
        "The description uses compact units, leaving out zero parts",
        arguments: [
            (5400, "1h 30m"), (2700, "45m"), (20, "20s"), (0, "0s"), (3600, "1h"), (3661, "1h 1m 1s"), (3601, "1h 1s"),
            (-90, "-1m 30s"), (97_200, "27h"),
        ] as [(Int64, String)]
    )
    func description(seconds: Int64, text: String) {
        #expect(TimeSpan(seconds: seconds).description == text)
    }

    @Test("Minutes and hours build spans of whole seconds, ordered by length")
    func builders() {
        #expect(TimeSpan.minutes(90) == TimeSpan(seconds: 5400))
        #expect(TimeSpan.hours(24) == TimeSpan(seconds: 86_400))
        #expect(TimeSpan.minutes(59) < TimeSpan.hours(1))
    }

    // MARK: Laws

    @Test("Parsing the clock text of whole minutes gives the span back")
    func clockTextRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0...(100_000 * 60 - 1))) { (minutes: Int64) throws in
            let span = TimeSpan.minutes(minutes)
            #expect(try TimeSpan.parse(span.clockText) == span)
        }
    }

    @Test("Parsing the description of a span gives the span back")
    func descriptionRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0...(100_000 * 3600 - 1))) { (seconds: Int64) throws in
            let span = TimeSpan(seconds: seconds)
            #expect(try TimeSpan.parse(span.description) == span)
        }
    }
}
