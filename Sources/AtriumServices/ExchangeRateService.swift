import AtriumCore
import AtriumDocuments
import AtriumStore

/// The workspace's table of exchange rates into its base currency: entered one by one or imported
/// from a CSV (see ``ExchangeRateCSV``), and listed. Summaries convert with them. Owners only.
public struct ExchangeRateService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Records what one unit of `currency` is worth in the base currency on `date` (default today,
    /// as typed: `2026-11-30`, `yesterday`), replacing a rate of the same day.
    ///
    /// - Throws: ``InvalidInput`` naming `currency`, `rate` or `date`.
    @discardableResult
    public func add(currency code: String, rate: String, date: String?, as caller: Caller) async throws
        -> ExchangeRate
    {
        try caller.requireOwner(to: "enter exchange rates")
        let directory = try await Directory.load(store, for: caller)
        let currency = try attributing(to: "currency") { try Currency(code: code.uppercased()) }
        let day = try attributing(to: "date") {
            try date.map { try TimeExpression.parseDate($0, context: directory.timeContext(now: now())) }
                ?? directory.timeContext(now: now()).today
        }
        let exchange = try attributing(to: "rate") {
            try ExchangeRate(currency: currency, base: directory.workspace.baseCurrency, date: day, rate: rate)
        }
        try await store.saveExchangeRates([exchange], in: caller.workspaceID)
        return exchange
    }

    /// Imports every rate of a CSV file, all or nothing.
    ///
    /// - Throws: ``ImportFileError`` for a file that cannot be read or lacks the columns;
    ///   ``InvalidInput`` listing the rows that cannot be read (the first ten), storing none.
    public func importFile(at path: String, as caller: Caller) async throws -> [ExchangeRate] {
        try caller.requireOwner(to: "import exchange rates")
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return try await importRates(try ByteSource(path: path), name: name, as: caller)
    }

    /// Imports every rate of CSV text (pasted into a form, or sent to the API), all or nothing;
    /// `name` is kept on each rate as its source.
    ///
    /// - Throws: as ``importFile(at:as:)``.
    public func importCSV(_ text: String, name: String, as caller: Caller) async throws -> [ExchangeRate] {
        try caller.requireOwner(to: "import exchange rates")
        return try await importRates(ByteSource(bytes: Array(text.utf8)), name: name, as: caller)
    }

    /// The rates kept are one per currency and day: a later row of the same day replaces an
    /// earlier one, as a second rate entered by hand does.
    private func importRates(_ source: ByteSource, name: String, as caller: Caller) async throws -> [ExchangeRate] {
        let directory = try await Directory.load(store, for: caller)
        let read = try ExchangeRateCSV.read(source, base: directory.workspace.baseCurrency, name: name)
        guard read.problems.isEmpty else {
            let count = read.problems.count
            let shown = read.problems.prefix(10).map(\.description).joined(separator: "; ")
            let more = count > 10 ? " (and \(count - 10) more)" : ""
            throw InvalidInput(
                "\(count.counting("row", "rows")) cannot be read, nothing imported: \(shown)\(more)"
            )
        }
        var latest: [String: ExchangeRate] = [:]
        for rate in read.rates { latest["\(rate.currency.code) \(rate.date)"] = rate }
        let rates = read.rates.filter { latest["\($0.currency.code) \($0.date)"] == $0 }
        guard !rates.isEmpty else { throw InvalidInput("the file has no rates, only a header", field: "file") }
        try await store.saveExchangeRates(rates, in: caller.workspaceID)
        return rates
    }

    /// The rates into the base currency, by currency then date; with `currency`, that one's only.
    public func list(currency code: String?, as caller: Caller) async throws -> [ExchangeRate] {
        try caller.requireOwner(to: "see exchange rates")
        let directory = try await Directory.load(store, for: caller)
        let currency = try code.map { code in try attributing(to: "currency") { try Currency(code: code.uppercased()) }
        }
        return try await store.exchangeRates(in: caller.workspaceID).filter {
            $0.base == directory.workspace.baseCurrency && (currency == nil || $0.currency == currency)
        }
    }
}
