import AtriumCore

/// Kimai's timesheet CSV export, with English headers or, when they are translated, by position.
///
/// The classic export is `Date, From, To, Duration, [Rate,] User, Customer, Project, Activity,
/// Description, Exported, Tags[, Hourly rate, Fixed rate]` (11 columns without rates, 14 to 19
/// with); Kimai 2's default template is `Date, Begin, End, Duration, Currency, Rate, Internal
/// rate, Hourly rate, Fixed rate, Alias, Name, E-mail, Account number, Customer, Project,
/// Activity, Description, Billable, Tags, Type, Category, …` (25 or more), without its five rate
/// columns for a user who may not see rates (20 to 24). The duration is `H:MM[:SS]` or decimal hours. `From`/`To` are times of day (or date and
/// time); an end before the start is on the next day, unless the Duration is an hour longer than the
/// clocks say (02:30 to 02:15 in 0:45, in the hour a fall-back night repeats), which then settles
/// the end. The rate column holds the entry's amount,
/// kept as its fixed price, in the file's currency or, when the file names none, in `currency`.
public struct KimaiLayout: CSVLayout {
    public static let formatName = "Kimai"
    var date: Int, begin: Int, end: Int, duration: Int?, amount: Int?, user: Int?, email: Int?, customer: Int?,
        project: Int?
    var activity: Int?, description: Int?, tags: Int?, billable: Int?, currencyColumn: Int?
    /// The currency of amounts when the file does not name it.
    public var currency: Currency?

    public init(_ table: CSVTable) throws(ImportFileError) {
        if let date = table.column("Date"), let begin = table.column("From", "Begin", "Start"),
            let end = table.column("To", "End")
        {
            self.date = date
            self.begin = begin
            self.end = end
            duration = table.column("Duration")
            amount = table.column("Rate", "Price", "Total rate")
            user = table.column("User", "Name", "Username", "Alias")
            email = table.column("E-mail", "Email")
            customer = table.column("Customer")
            project = table.column("Project")
            activity = table.column("Activity")
            description = table.column("Description")
            tags = table.column("Tags")
            billable = table.column("Billable")
            currencyColumn = table.column("Currency")
            return
        }
        // Translated headers: Kimai's column order by count.
        (date, begin, end, duration) = (0, 1, 2, 3)
        switch table.header.count {
        case 11:
            (amount, user, customer, project, activity, description, tags) = (nil, 4, 5, 6, 7, 8, 10)
        case 14..<20:
            (amount, user, customer, project, activity, description, tags) = (4, 5, 6, 7, 8, 9, 11)
        case 20..<25:
            (amount, user, customer, project, activity, description, tags) = (nil, 5, 8, 9, 10, 11, 13)
            (email, billable) = (6, 12)
        case 25...:
            (amount, user, customer, project, activity, description, tags) = (5, 10, 13, 14, 15, 16, 18)
            (email, billable, currencyColumn) = (11, 17, 4)
        default:
            throw .notFormat(
                format: Self.formatName,
                reason:
                    "its header names no Date, From and To columns, and \(table.header.count) columns match no Kimai layout"
            )
        }
    }

    public func entry(from record: CSVRecord) throws(ImportProblem) -> ImportedEntry {
        let day = try record.read(date) { text throws(FieldError) in try FieldReading.date(text, order: .monthFirst) }
        let from = try moment(record, begin, day: day)
        var to = try moment(record, end, day: day)
        // Kimai's duration is a help, not a field to refuse a row for: read when it can be. It places
        // times in the hour a fall-back night repeats (see ImportTimes).
        let seconds = try? FieldReading.duration(record[duration])
        if to < from {
            // An end before the start is on the next day, unless the duration is an hour longer than
            // the clocks say (02:30 to 02:15 in 0:45): the repeated hour, settled by the importer.
            let backwards = to.secondsSinceLocalEpoch - from.secondsSinceLocalEpoch
            if seconds.map({ abs($0 - (backwards + 3600)) >= 60 }) ?? true {
                to = LocalDateTime(date: to.date.adding(days: 1), time: to.time)
            }
        }
        return ImportedEntry(
            line: record.line,
            person: ImportFields.person(name: record[user], email: record[email]),
            client: ImportFields.name(record[customer]),
            project: ImportFields.name(record[project]),
            task: ImportFields.name(record[activity]),
            memo: record.raw(description),
            tags: ImportFields.tags(record[tags]),
            billable: try record.readIfPresent(billable, FieldReading.yesNo),
            start: .local(from),
            end: .local(to),
            durationSeconds: seconds,
            price: try price(record)
        )
    }

    /// A `From`/`To` cell: a time on `day`, or a full `YYYY-MM-DD HH:MM[:SS]`.
    private func moment(_ record: CSVRecord, _ column: Int, day: LocalDate) throws(ImportProblem) -> LocalDateTime {
        try record.read(column) { text throws(FieldError) in
            let parts = text.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].contains("-") {
                return LocalDateTime(
                    date: try FieldReading.isoDate(String(parts[0])),
                    time: try FieldReading.time(String(parts[1]))
                )
            }
            return LocalDateTime(date: day, time: try FieldReading.time(text))
        }
    }

    private func price(_ record: CSVRecord) throws(ImportProblem) -> EntryPrice? {
        let named = FieldReading.currency(inCell: record[currencyColumn])
        guard let currency = named ?? currency else { return nil }
        let amount = try record.readIfPresent(amount) { text throws(FieldError) in
            try FieldReading.money(text, currency: currency)
        }
        guard let amount, amount.minorUnits != 0 else { return nil }
        return .fixed(amount)
    }
}
