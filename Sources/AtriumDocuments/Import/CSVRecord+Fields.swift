import AtriumCore

extension CSVRecord {
    /// A start and an end given as separate date and time columns, and a duration column: the
    /// start, the end when its columns are filled, and the duration when stated.
    ///
    /// - Throws: ``ImportProblem`` for a field that cannot be read, or a row with neither end nor duration.
    func span(
        startDate: Int,
        startTime: Int,
        endDate: Int?,
        endTime: Int?,
        duration: Int?,
        readDate: (String) throws(FieldError) -> LocalDate
    ) throws(ImportProblem) -> (start: LocalDateTime, end: ImportedTime?, seconds: Int64?) {
        let start = LocalDateTime(date: try read(startDate, readDate), time: try read(startTime, FieldReading.time))
        var end: ImportedTime?
        if !self[endDate].isEmpty || !self[endTime].isEmpty {
            end = .local(LocalDateTime(date: try read(endDate, readDate), time: try read(endTime, FieldReading.time)))
        }
        let seconds = try readIfPresent(duration, FieldReading.duration)
        guard end != nil || seconds != nil else { throw problem(endTime, "the entry has no end and no duration") }
        return (start, end, seconds)
    }

    /// The price a row states: its amount when not zero (what the entry billed), else its rate.
    /// Neither may be negative (no tool bills time below zero), nor a rate beyond Atrium's largest.
    func price(amount: Int?, rate: Int?, currency: Currency) throws(ImportProblem) -> EntryPrice? {
        let read = { (text: String) throws(FieldError) -> Money in
            let money = try FieldReading.money(text, currency: currency)
            guard money.minorUnits >= 0 else {
                throw FieldError("\"\(text)\" is negative: time is not billed below zero")
            }
            return money
        }
        if let amount = try readIfPresent(amount, read), amount.minorUnits != 0 { return .fixed(amount) }
        if let hourly = try readIfPresent(rate, read), hourly.minorUnits != 0 {
            // The rule every rate follows (here: not beyond the largest hourly rate).
            do { try hourly.validateAsRate(billedIn: currency, by: "the client") } catch {
                throw problem(rate, value: self[rate], error.message)
            }
            return .hourly(hourly)
        }
        return nil
    }
}
