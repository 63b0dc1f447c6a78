import AtriumCore

/// Harvest's detailed time report CSV: `Date, Client, Project, Project Code, Task, Notes, Hours,
/// [Hours Rounded,] Billable?, Invoiced?, Approved?, First Name, Last Name, Roles, Employee?,
/// Billable Rate, Billable Amount, Cost Rate, Cost Amount, Currency, External Reference URL`.
///
/// Harvest records a day and hours, not start and end times: entries are laid end to end from
/// 09:00 (see ``ImportedTime/day(_:)``). Numbers may be in either locale (`1,078.0`, `2.000,0`);
/// `Hours Rounded` is ignored (Atrium rounds per client and keeps the raw hours); the currency is
/// named per row (`Euro - EUR`).
public struct HarvestLayout: CSVLayout {
    public static let formatName = "Harvest"
    let date: Int, hours: Int, client: Int?, project: Int?, task: Int?, notes: Int?, billable: Int?
    let firstName: Int?, lastName: Int?, rate: Int?, amount: Int?, currency: Int?

    public init(_ table: CSVTable) throws(ImportFileError) {
        guard let date = table.column("Date"), let hours = table.column("Hours") else {
            throw .notFormat(format: Self.formatName, reason: "it has no Date and Hours columns")
        }
        self.date = date
        self.hours = hours
        client = table.column("Client")
        project = table.column("Project")
        task = table.column("Task")
        notes = table.column("Notes")
        billable = table.column("Billable?", "Billable")
        firstName = table.column("First Name", "First name")
        lastName = table.column("Last Name", "Last name")
        rate = table.column("Billable Rate")
        amount = table.column("Billable Amount")
        currency = table.column("Currency")
    }

    public func entry(from record: CSVRecord) throws(ImportProblem) -> ImportedEntry {
        let day = try record.read(date) { text throws(FieldError) in try FieldReading.date(text, order: .monthFirst) }
        let seconds = try record.read(hours, FieldReading.hours)
        let name = [record[firstName], record[lastName]].filter { !$0.isEmpty }.joined(separator: " ")
        return ImportedEntry(
            line: record.line,
            person: ImportFields.person(name: name, email: ""),
            client: ImportFields.name(record[client]),
            project: ImportFields.name(record[project]),
            task: ImportFields.name(record[task]),
            memo: record.raw(notes),
            billable: try record.readIfPresent(billable, FieldReading.yesNo),
            start: .day(day),
            durationSeconds: seconds,
            price: try price(record)
        )
    }

    private func price(_ record: CSVRecord) throws(ImportProblem) -> EntryPrice? {
        guard !record[currency].isEmpty else { return nil }
        guard let code = FieldReading.currency(inCell: record[currency]) else {
            throw record.problem(currency, value: record[currency], "expected a currency such as Euro - EUR")
        }
        return try record.price(amount: amount, rate: rate, currency: code)
    }
}
