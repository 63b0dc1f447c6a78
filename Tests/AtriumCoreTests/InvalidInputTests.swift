import Testing

@testable import AtriumCore

/// An ``InvalidInput`` speaks the command line's language to the command line, and the forms' and
/// JSON's language to the web.
@Suite struct InvalidInputTests {
    @Test("The neutral message drops the option's dashes and uses the neutral wording when there is one")
    func neutralWording() {
        let withNeutral = InvalidInput(
            "give --to or --duration, not both",
            field: "--duration",
            neutral: "give an end or a duration, not both"
        )
        #expect(withNeutral.userMessage == "--duration: give --to or --duration, not both")
        #expect(withNeutral.neutralMessage == "duration: give an end or a duration, not both")
        let plain = InvalidInput("hours go from 0 to 23", field: "--at")
        #expect(plain.neutralMessage == "at: hours go from 0 to 23")
        let unnamed = InvalidInput(
            "--to 2026-11-02 is before --from 2026-11-03",
            neutral: "the end date is before the start date"
        )
        #expect(unnamed.neutralMessage == "the end date is before the start date")
    }

    @Test("Period: an end date before the start date says so in both wordings")
    func periodWording() throws {
        let context = TimeContext(now: Instant(secondsSinceEpoch: 1_795_000_000), zone: .utc)
        let from = try #require(LocalDate(year: 2026, month: 11, day: 3))
        let to = try #require(LocalDate(year: 2026, month: 11, day: 2))
        let error = try #require(throws: InvalidInput.self) {
            try PeriodChoice.range(from: from, to: to).resolve(in: context, weekStart: .monday)
        }
        #expect(error.userMessage.contains("--to 2026-11-02 is before --from 2026-11-03"))
        #expect(error.neutralMessage == "the end date 2026-11-02 is before the start date 2026-11-03")
    }
}
