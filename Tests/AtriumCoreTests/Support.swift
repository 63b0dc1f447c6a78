import AtriumCore

// Builders for fixed dates, times and instants. They trap on impossible values, which only a typo
// in a test can produce; LocalDateTests pins the arithmetic they rely on.

/// The date `year-month-day`.
func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    guard let date = LocalDate(year: year, month: month, day: day) else {
        preconditionFailure("\(year)-\(month)-\(day) is not a date")
    }
    return date
}

/// The wall-clock time `hour:minute:second`.
func clock(_ hour: Int, _ minute: Int, _ second: Int = 0) -> LocalTime {
    guard let time = LocalTime(hour: hour, minute: minute, second: second) else {
        preconditionFailure("\(hour):\(minute):\(second) is not a time")
    }
    return time
}

/// A wall-clock reading without a zone.
func wall(_ year: Int, _ month: Int, _ date: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> LocalDateTime {
    LocalDateTime(date: day(year, month, date), time: clock(hour, minute, second))
}

/// The instant at which UTC clocks show the given reading.
func utc(_ year: Int, _ month: Int, _ date: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Instant {
    Instant(secondsSinceEpoch: wall(year, month, date, hour, minute, second).secondsSinceLocalEpoch)
}

/// The IANA zone `name`.
func zone(_ name: String) -> ZoneID {
    do { return try ZoneID(name) } catch { preconditionFailure("\(name) is not a zone: \(error.message)") }
}

/// The currency with ISO code `code`.
func currency(_ code: String) -> Currency {
    do { return try Currency(code: code) } catch { preconditionFailure("\(code) is not a currency") }
}

/// `minorUnits` of the currency `code`.
func money(_ minorUnits: Int64, _ code: String) -> Money {
    Money(minorUnits: minorUnits, currency: currency(code))
}
