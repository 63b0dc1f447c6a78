import AtriumCore

/// Toggl Track's detailed report CSV: `User, Email, Client, Project, Task, Description, Billable,
/// Start date, Start time, End date, End time, Duration, Tags[, Amount (EUR)]`, quoted or not.
///
/// Times are wall-clock times in the exporting user's zone; tags are joined by `, `; the amount,
/// when the column is there, is what the entry billed and is kept as its fixed price.
public struct TogglLayout: CSVLayout {
    public static let formatName = "Toggl Track"
    let user: Int?, email: Int?, client: Int?, project: Int?, task: Int?, description: Int?, billable: Int?
    let startDate: Int, startTime: Int, endDate: Int?, endTime: Int?, duration: Int?, tags: Int?
    let amount: Int?, currency: Currency?

    public init(_ table: CSVTable) throws(ImportFileError) {
        guard let startDate = table.column("Start date"), let startTime = table.column("Start time") else {
            throw .notFormat(format: Self.formatName, reason: "it has no Start date and Start time columns")
        }
        self.startDate = startDate
        self.startTime = startTime
        user = table.column("User", "Member")
        email = table.column("Email")
        client = table.column("Client")
        project = table.column("Project")
        task = table.column("Task")
        description = table.column("Description")
        billable = table.column("Billable")
        endDate = table.column("End date")
        endTime = table.column("End time")
        guard table.column("Duration (h)") == nil else {
            throw .notFormat(
                format: Self.formatName,
                reason: "it looks like a Clockify export (it has Duration (h)): import it as Clockify"
            )
        }
        duration = table.column("Duration")
        tags = table.column("Tags")
        amount = table.column(prefix: "Amount (")
        currency = amount.flatMap { FieldReading.currency(inHeader: table.header[$0]) }
        guard (endDate != nil && endTime != nil) || duration != nil else {
            throw .notFormat(format: Self.formatName, reason: "it has neither End date and End time nor Duration")
        }
    }

    public func entry(from record: CSVRecord) throws(ImportProblem) -> ImportedEntry {
        let span = try record.span(
            startDate: startDate,
            startTime: startTime,
            endDate: endDate,
            endTime: endTime,
            duration: duration,
            readDate: FieldReading.isoDate
        )
        let price = try currency.flatMap { currency throws(ImportProblem) in
            try record.price(amount: amount, rate: nil, currency: currency)
        }
        return ImportedEntry(
            line: record.line,
            person: ImportFields.person(name: record[user], email: record[email]),
            client: ImportFields.name(record[client]),
            project: ImportFields.name(record[project]),
            task: ImportFields.name(record[task]),
            memo: record.raw(description),
            tags: ImportFields.tags(record[tags]),
            billable: try record.readIfPresent(billable, FieldReading.yesNo),
            start: .local(span.start),
            end: span.end,
            durationSeconds: span.seconds,
            price: price
        )
    }
}
