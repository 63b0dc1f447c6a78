import AtriumCore
import PropertyBased
import Testing

@Suite struct LocalTimeTests {
    @Test(
        "Times of day are read with or without leading zeros, seconds and am/pm",
        arguments: [
            ("9:30", 9, 30, 0),
            ("09:30", 9, 30, 0),
            ("17:00:15", 17, 0, 15),
            ("0:00", 0, 0, 0),
            ("23:59:59", 23, 59, 59),
            ("9am", 9, 0, 0),
            ("9 AM", 9, 0, 0),
            ("12am", 0, 0, 0),
            ("12pm", 12, 0, 0),
            ("12:30am", 0, 30, 0),
            ("5:30pm", 17, 30, 0),
            ("5:30 pm", 17, 30, 0),
            ("5:30p.m.", 17, 30, 0),
            ("11:59:59 PM", 23, 59, 59),
        ]
    )
    func parse(text: String, hour: Int, minute: Int, second: Int) throws {
        #expect(try LocalTime.parse(text) == clock(hour, minute, second))
    }

    @Test(
        "Impossible or malformed times are refused, saying why",
        arguments: [
            ("25:00", "hours go from 0 to 23"),
            ("24:00", "hours go from 0 to 23"),
            ("9:60", "minutes and seconds go from 0 to 59"),
            ("9:30:60", "minutes and seconds go from 0 to 59"),
            ("13pm", "with am/pm the hour goes from 1 to 12"),
            ("0am", "with am/pm the hour goes from 1 to 12"),
            ("9", "use e.g. 9:30"),
            ("9:5", "use e.g. 9:30"),
            ("9:30:00:00", "use e.g. 9:30"),
            ("123:00", "use e.g. 9:30"),
            ("", "use e.g. 9:30"),
            ("noon", "use e.g. 9:30"),
            ("-1:00", "use e.g. 9:30"),
        ]
    )
    func parseErrors(text: String, reason: String) {
        let error = #expect(throws: InvalidInput.self) { try LocalTime.parse(text) }
        #expect(error?.message.contains(reason) == true)
    }

    @Test("Times print with seconds only when there are some")
    func description() {
        #expect(clock(9, 30).description == "09:30")
        #expect(clock(17, 0, 15).description == "17:00:15")
        #expect(clock(17, 0, 15).hourAndMinute == "17:00")
        #expect(clock(17, 0, 15).secondsSinceMidnight == 61_215)
    }

    @Test(
        "A wall clock reading converts to and from seconds on a zone-less clock",
        arguments: [
            (0, (1970, 1, 1, 0, 0, 0)),
            (-1, (1969, 12, 31, 23, 59, 59)),
            (-86_400, (1969, 12, 31, 0, 0, 0)),
            (1_795_183_200, (2026, 11, 20, 14, 0, 0)),
        ] as [(Int64, (Int, Int, Int, Int, Int, Int))]
    )
    func localEpochSeconds(seconds: Int64, reading: (Int, Int, Int, Int, Int, Int)) {
        let expected = wall(reading.0, reading.1, reading.2, reading.3, reading.4, reading.5)
        #expect(LocalDateTime(secondsSinceLocalEpoch: seconds) == expected)
        #expect(expected.secondsSinceLocalEpoch == seconds)
    }

    @Test("A reading prints plainly and as ISO 8601 with seconds")
    func readingText() {
        #expect(wall(2026, 11, 20, 14, 0).description == "2026-11-20 14:00")
        #expect(wall(2026, 11, 20, 14, 0).iso8601 == "2026-11-20T14:00:00")
        #expect(utc(2026, 11, 20, 14, 0, 5).iso8601 == "2026-11-20T14:00:05Z")
    }

    @Test(
        "An instant's ISO 8601 text, at the edges of what four digits of year hold and beyond",
        arguments: [
            (0, "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"),
            (-62_135_596_800, "0001-01-01T00:00:00Z"), (253_402_300_799, "9999-12-31T23:59:59Z"),
            (1_772_438_400, "2026-03-02T08:00:00Z"),
        ] as [(Int64, String)]
    )
    func instantText(seconds: Int64, text: String) {
        #expect(Instant(secondsSinceEpoch: seconds).iso8601 == text)
    }

    @Test("An instant's ISO 8601 text is its UTC reading's with a Z, whatever the instant")
    func instantTextMatchesReading() async {
        await propertyCheck(input: Gen.int64(in: -70_000_000_000...300_000_000_000)) { seconds in
            let instant = Instant(secondsSinceEpoch: seconds)
            #expect(instant.iso8601 == instant.utcDateTime.iso8601 + "Z")
            // Appended after other bytes, as an export writes it.
            var output = Array("x".utf8)
            instant.appendISO8601(to: &output)
            #expect(output == Array(("x" + instant.iso8601).utf8))
        }
    }

    @Test("Seconds on the zone-less clock survive a round trip through the reading")
    func readingRoundTrip() async {
        await propertyCheck(input: Gen.int64(in: -10_000_000_000...10_000_000_000)) { seconds in
            #expect(LocalDateTime(secondsSinceLocalEpoch: seconds).secondsSinceLocalEpoch == seconds)
        }
    }
}
