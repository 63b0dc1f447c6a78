import AtriumCore

/// Reads a table of exchange rates from CSV: a header naming `date`, `currency` and `rate` (any
/// order, any case; other columns ignored), then one rate per row:
///
/// ```
/// date,currency,rate
/// 2026-11-30,AUD,0.6512
/// ```
///
/// A `base` column, when present, must name the base currency on every row. Dates are ISO
/// (`YYYY-MM-DD`); a rate is how many base units one unit of the currency is worth.
public enum ExchangeRateCSV {
    /// The rates read, and every row that could not be read.
    public struct Result: Sendable {
        public var rates: [ExchangeRate]
        public var problems: [ImportProblem]
    }

    /// - Parameters:
    ///   - source: The file.
    ///   - base: The workspace's base currency.
    ///   - name: Where the rates came from, kept on each rate (the file's name).
    /// - Throws: ``ImportFileError/notFormat(format:reason:)`` without the three columns.
    public static func read(_ source: ByteSource, base: Currency, name: String) throws(ImportFileError) -> Result {
        var table = try CSVTable(source, format: "exchange rate")
        guard let date = table.column("date"), let currency = table.column("currency"),
            let rate = table.column("rate")
        else {
            throw .notFormat(
                format: "exchange rate",
                reason:
                    "the header needs date, currency and rate columns (found: \(table.header.joined(separator: ", ")))"
            )
        }
        let baseColumn = table.column("base", "base currency")
        var result = Result(rates: [], problems: [])
        while true {
            let record: CSVRecord
            do {
                guard let next = try table.next() else { break }
                record = next
            } catch {
                // The file itself breaks off (an unclosed quote): nothing after it can be read.
                result.problems.append(error)
                break
            }
            do throws(ImportProblem) {
                if let baseColumn, record[baseColumn].uppercased() != base.code {
                    throw record.problem(baseColumn, value: record[baseColumn], "the base currency is \(base.code)")
                }
                let day = try record.read(date) { text throws(FieldError) in
                    do throws(InvalidInput) {
                        return try TimeExpression.parseISODate(text)
                    } catch { throw FieldError(error.message) }
                }
                let code = try record.read(currency) { text throws(FieldError) in
                    do throws(InvalidInput) {
                        return try Currency(code: text.uppercased())
                    } catch { throw FieldError(error.message) }
                }
                let text = record[rate]
                do throws(InvalidInput) {
                    result.rates.append(
                        try ExchangeRate(currency: code, base: base, date: day, rate: text, source: name)
                    )
                } catch {
                    throw record.problem(rate, value: text, error.message)
                }
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }
}
