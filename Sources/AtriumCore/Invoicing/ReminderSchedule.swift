/// When to remind a client of an unpaid invoice, in days from its due date: before it (`-3`), on
/// it (`0`) and after it (`7`, `14`). Set per workspace, and per client when one needs another.
public struct ReminderSchedule: Hashable, Sendable, CustomStringConvertible {
    /// Days from the due date, sorted, without duplicates.
    public let offsets: [Int]

    /// The workspace default: three days before, on the due date, one and two weeks after.
    public static let standard = ReminderSchedule(checked: [-3, 0, 7, 14])

    private init(checked offsets: [Int]) { self.offsets = offsets }

    /// Reads `-3,0,7,14` or `3 before, on due, 7 after`; `none` for no reminders.
    ///
    /// - Throws: ``InvalidInput`` on `schedule` for anything else, or an offset beyond a year.
    public init(_ text: String) throws(InvalidInput) {
        let body = text.trimmingWhitespace().lowercased()
        guard body != "none" else {
            offsets = []
            return
        }
        var found: Set<Int> = []
        for part in body.split(separator: ",").map({ $0.trimmingWhitespace() }) where !part.isEmpty {
            let words = part.split(separator: " ").map(String.init)
            let value: Int?
            switch words.count {
            case 1: value = Int(words[0])
            case 2 where words == ["on", "due"]: value = 0
            case 2 where words[1] == "before": value = Int(words[0]).map { -$0 }
            case 2 where words[1] == "after": value = Int(words[0])
            default: value = nil
            }
            guard let value, (-365...365).contains(value) else {
                throw InvalidInput(
                    "\"\(part)\" is not a reminder: use days from the due date, e.g. -3,0,7,14 or \"3 before, on due, 7 after\"",
                    field: "schedule"
                )
            }
            found.insert(value)
        }
        offsets = found.sorted()
    }

    /// The reminder dates of an invoice due on `due`.
    public func dates(due: LocalDate) -> [LocalDate] { offsets.map { due.adding(days: $0) } }

    /// `-3,0,7,14`, or `none`.
    public var description: String { offsets.isEmpty ? "none" : offsets.map(String.init).joined(separator: ",") }
}
