import AtriumCore
import PropertyBased
import Testing

@Suite struct TimeRoundingTests {
    @Test(
        "Each rule rounds an entry's seconds to its step",
        arguments: [
            (TimeRounding.none, 1, 1),
            (.none, 901, 901),
            (.up(minutes: 15), 1, 900),  // one second under up:15 bills 15 minutes
            (.up(minutes: 15), 899, 900),
            (.up(minutes: 15), 900, 900),
            (.up(minutes: 15), 901, 1800),
            (.up(minutes: 60), 3601, 7200),
            (.up(minutes: 6), 361, 720),
            (.nearest(minutes: 15), 449, 0),
            (.nearest(minutes: 15), 450, 900),  // the half rounds up
            (.nearest(minutes: 15), 1349, 900),
            (.nearest(minutes: 15), 1350, 1800),
            (.nearest(minutes: 6), 179, 0),
            (.nearest(minutes: 6), 180, 360),
            (.nearest(minutes: 1), 29, 0),
            (.nearest(minutes: 1), 30, 60),
            (.down(minutes: 15), 899, 0),
            (.down(minutes: 15), 900, 900),
            (.down(minutes: 15), 1799, 900),
            (.down(minutes: 1440), 86_399, 0),
        ] as [(TimeRounding, Int64, Int64)]
    )
    func apply(rule: TimeRounding, seconds: Int64, rounded: Int64) {
        #expect(rule.apply(to: seconds) == rounded)
    }

    @Test(
        "Zero stays zero under every rule",
        arguments: [TimeRounding.none, .up(minutes: 15), .nearest(minutes: 6), .down(minutes: 5), .up(minutes: 1)]
    )
    func zeroStaysZero(rule: TimeRounding) {
        #expect(rule.apply(to: 0) == 0)
    }

    @Test("Rounding applies per entry: two one-minute entries under up:15 bill 30 minutes")
    func perEntry() {
        let rule = TimeRounding.up(minutes: 15)
        #expect(rule.apply(to: 60) + rule.apply(to: 60) == 1800)
        #expect(rule.apply(to: 120) == 900)
    }

    @Test(
        "Rules are read as mode:step with the step in minutes or as a duration",
        arguments: [
            ("none", TimeRounding.none),
            ("up:15m", .up(minutes: 15)),
            ("nearest:6", .nearest(minutes: 6)),
            ("down:1h", .down(minutes: 60)),
            ("down:5m", .down(minutes: 5)),
            ("UP:15M", .up(minutes: 15)),
            (" None ", .none),
            ("up:1h30m", .up(minutes: 90)),
            ("nearest:0.5h", .nearest(minutes: 30)),
            ("up:24h", .up(minutes: 1440)),
            ("up:1", .up(minutes: 1)),
        ]
    )
    func parse(text: String, rule: TimeRounding) throws {
        #expect(try TimeRounding.parse(text) == rule)
    }

    @Test(
        "Rules with an unknown mode or a malformed step are refused, showing the forms",
        arguments: ["sideways:5m", "up", "up:", "up:abc", "", "none:5m", "up:-5m", "15m", "up:15m:2"]
    )
    func parseErrors(text: String) {
        let error = #expect(throws: InvalidInput.self) { try TimeRounding.parse(text) }
        #expect(error?.message.contains("is not a rounding rule: use none, up:15m, nearest:6m or down:5m") == true)
    }

    @Test("A step of zero or more than a day is refused", arguments: ["up:0m", "nearest:0", "down:1441m", "up:25h"])
    func stepOutOfRange(text: String) {
        let error = #expect(throws: InvalidInput.self) { try TimeRounding.parse(text) }
        #expect(error?.message.contains("a rounding step must be between 1 minute and 24 hours") == true)
    }

    @Test("A step that is not whole minutes is refused", arguments: ["up:90s", "nearest:1m30s", "down:0.01h"])
    func stepNotWholeMinutes(text: String) {
        let error = #expect(throws: InvalidInput.self) { try TimeRounding.parse(text) }
        #expect(error?.message.contains("the rounding step must be whole minutes") == true)
    }

    @Test(
        "A rule's description names its mode and step, and reads back as the same rule",
        arguments: [
            (TimeRounding.none, "none", "none", 0),
            (.up(minutes: 15), "up:15m", "up", 15),
            (.nearest(minutes: 6), "nearest:6m", "nearest", 6),
            (.down(minutes: 60), "down:60m", "down", 60),
        ]
    )
    func description(rule: TimeRounding, text: String, mode: String, step: Int) throws {
        #expect(rule.description == text)
        #expect(rule.mode == mode)
        #expect(rule.stepMinutes == step)
        #expect(try TimeRounding.parse(text) == rule)
        #expect(try TimeRounding(mode: mode, stepMinutes: step) == rule)
    }

    @Test("Stored parts with an unknown mode are refused")
    func unknownStoredMode() {
        let error = #expect(throws: InvalidInput.self) { try TimeRounding(mode: "sideways", stepMinutes: 5) }
        #expect(error?.message.contains("\"sideways\" is not a rounding mode") == true)
    }

    // MARK: Laws

    @Test("Rounded seconds are a multiple of the step within one step of the raw seconds")
    func bounds() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 1...200_000), Gen.int(in: 1...1440)) { seconds, minutes in
            let step = Int64(minutes) * 60
            let up = TimeRounding.up(minutes: minutes).apply(to: seconds)
            let down = TimeRounding.down(minutes: minutes).apply(to: seconds)
            let nearest = TimeRounding.nearest(minutes: minutes).apply(to: seconds)
            #expect(up % step == 0 && down % step == 0 && nearest % step == 0)
            #expect(up >= seconds && up - seconds < step)
            #expect(down <= seconds && seconds - down < step)
            #expect(abs(nearest - seconds) * 2 <= step)
            #expect(nearest == up || nearest == down)
        }
    }
}
