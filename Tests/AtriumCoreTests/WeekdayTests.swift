import AtriumCore
import Testing

@Suite struct WeekdayTests {
    @Test(
        "Weekdays are read from any unambiguous prefix of two letters or more",
        arguments: [
            ("mon", Weekday.monday), ("Monday", .monday), ("TUE", .tuesday), ("th", .thursday), ("su", .sunday),
            (" fri ", .friday),
        ]
    )
    func parse(text: String, weekday: Weekday) throws {
        #expect(try Weekday.parse(text) == weekday)
    }

    @Test(
        "Ambiguous, too short or unknown weekday names are refused",
        arguments: ["t", "s", "m", "xyz", "", "mondays"]
    )
    func parseErrors(text: String) {
        let error = #expect(throws: InvalidInput.self) { try Weekday.parse(text) }
        #expect(error?.message.contains("is not a day of the week") == true)
    }

    @Test("ISO numbers run from Monday 1 to Sunday 7")
    func isoNumbers() {
        #expect(Weekday.monday.isoNumber == 1)
        #expect(Weekday.sunday.isoNumber == 7)
        #expect(Weekday(isoNumber: 3) == .wednesday)
        #expect(Weekday(isoNumber: 0) == nil)
        #expect(Weekday(isoNumber: 8) == nil)
        #expect(Weekday.thursday.shortName == "Thu")
    }
}
