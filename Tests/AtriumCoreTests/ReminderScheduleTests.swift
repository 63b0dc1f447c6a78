import AtriumCore
import Testing

@Suite struct ReminderScheduleTests {
    @Test(
        "Schedules are read in numbers or words",
        arguments: [
            ("-3,0,7,14", [-3, 0, 7, 14]), ("3 before, on due, 7 after", [-3, 0, 7]), ("14, 7, 7", [7, 14]),
            ("none", []),
        ] as [(String, [Int])]
    )
    func parse(text: String, offsets: [Int]) throws {
        #expect(try ReminderSchedule(text).offsets == offsets)
    }

    @Test("Bad schedules are refused naming the field", arguments: ["soon", "3 later", "400", "1 before due"])
    func refused(text: String) {
        #expect(throws: InvalidInput.self) { try ReminderSchedule(text) }
    }

    @Test("Reminder dates count from the due date")
    func dates() {
        let due = LocalDate(year: 2026, month: 12, day: 8)!
        #expect(
            ReminderSchedule.standard.dates(due: due).map(\.description) == [
                "2026-12-05", "2026-12-08", "2026-12-15", "2026-12-22",
            ]
        )
    }
}
