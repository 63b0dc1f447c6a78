import AtriumCore

/// Clockify's detailed report CSV, in its 17- and 21-column layouts and with columns in any order
/// or missing: `Project, Client, Description, Task (or Activity), User, Group, Email, Tags,
/// [Type,] [Billable,] [Invoiced, Invoice ID,] Start Date, Start Time, End Date, End Time,
/// [Duration (h), Duration (decimal), Billable Rate (USD), Billable Amount (USD)][, Date of creation]`.
///
/// Dates are slashed in the order the workspace chose (`MM/DD/YYYY` or `DD/MM/YYYY`) or dotted
/// (`DD.MM.YYYY`); times are 12- or 24-hour. The amount, else the rate, is kept as the entry's price.
/// A row whose Type is not `Regular` (a break, time off) is not worked time and is left out.
public struct ClockifyLayout: CSVLayout {
    public static let formatName = "Clockify"
    let project: Int?, client: Int?, description: Int?, task: Int?, user: Int?, email: Int?, tags: Int?
    let billable: Int?, startDate: Int, startTime: Int, endDate: Int?, endTime: Int?, duration: Int?
    let rate: Int?, amount: Int?, currency: Currency?, type: Int?
    /// How slashed dates read.
    public var order: DateOrder = .monthFirst

    public init(_ table: CSVTable) throws(ImportFileError) {
        guard let startDate = table.column("Start Date"), let startTime = table.column("Start Time") else {
            throw .notFormat(format: Self.formatName, reason: "it has no Start Date and Start Time columns")
        }
        guard table.column("Duration") == nil || table.column("Duration (h)") != nil else {
            throw .notFormat(
                format: Self.formatName,
                reason: "it looks like a Toggl export (Duration, not Duration (h)): import it as Toggl"
            )
        }
        self.startDate = startDate
        self.startTime = startTime
        project = table.column("Project")
        client = table.column("Client")
        description = table.column("Description")
        task = table.column("Task", "Activity")
        user = table.column("User")
        email = table.column("Email")
        tags = table.column("Tags")
        billable = table.column("Billable")
        type = table.column("Type")
        endDate = table.column("End Date")
        endTime = table.column("End Time")
        duration = table.column("Duration (h)")
        rate = table.column(prefix: "Billable Rate")
        amount = table.column(prefix: "Billable Amount")
        currency = (amount ?? rate).flatMap { FieldReading.currency(inHeader: table.header[$0]) }
        guard (endDate != nil && endTime != nil) || duration != nil else {
            throw .notFormat(format: Self.formatName, reason: "it has neither End Date and End Time nor Duration (h)")
        }
    }

    public func skipReason(_ record: CSVRecord) -> String? {
        let kind = record[type]
        guard !kind.isEmpty, kind != "Regular", kind.lowercased() != "regular" else { return nil }
        return "of type \(kind), not worked time,"
    }

    /// The columns whose dates decide the order: start and end dates.
    public var dateColumns: [Int] { [startDate] + (endDate.map { [$0] } ?? []) }

    public func entry(from record: CSVRecord) throws(ImportProblem) -> ImportedEntry {
        let order = self.order
        let span = try record.span(
            startDate: startDate,
            startTime: startTime,
            endDate: endDate,
            endTime: endTime,
            duration: duration
        ) { text throws(FieldError) in try FieldReading.date(text, order: order, dashes: true) }
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
            price: try currency.flatMap { currency throws(ImportProblem) in
                try record.price(amount: amount, rate: rate, currency: currency)
            }
        )
    }
}

extension ClockifyLayout {
    /// The order of the file's slashed dates, read from all of them: a first number over 12 means
    /// day first, a second over 12 month first.
    ///
    /// - Throws: ``ImportFileError/ambiguousDates(example:)`` when no date decides (every one could
    ///   be either); ``ImportFileError/notFormat(format:reason:)`` when the file mixes both orders.
    public static func inferOrder(_ source: ByteSource) throws(ImportFileError) -> DateOrder {
        var table = try CSVTable(source, format: formatName)
        let columns = try ClockifyLayout(table).dateColumns
        var dayFirst = false
        var monthFirst = false
        var example: String?
        while let record = try? table.next() {
            for column in columns {
                guard let (first, second) = FieldReading.slashedParts(record[column]) else { continue }
                if example == nil { example = record[column] }
                if first > 12, second <= 12 { dayFirst = true }
                if second > 12, first <= 12 { monthFirst = true }
            }
        }
        guard let example else { return .monthFirst }
        switch (dayFirst, monthFirst) {
        case (true, false): return .dayFirst
        case (false, true): return .monthFirst
        case (true, true):
            throw .notFormat(
                format: formatName,
                reason: "its dates mix day-first and month-first orders: choose one with --date-format"
            )
        case (false, false): throw .ambiguousDates(example: example)
        }
    }
}
