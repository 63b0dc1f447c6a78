/// One line of an invoice, with the arithmetic that makes its amounts.
///
/// Named rules, each tested:
/// - **A time line is charged once**: its billable seconds (entries rounded by the client's rule,
///   then summed) × the hourly rate, rounded half up once. Charging each entry separately and
///   summing the cents can differ (two 15-minute entries at 33.33/h are 8.33 + 8.33 = 16.66, the
///   30 minutes together 16.67); Atrium never sums per-entry cents.
/// - **A quantity line** (units, expenses) is quantity (in thousandths) × unit price, rounded half up once.
/// - **Tax per line**: see ``TaxRate/tax(on:)``.
public struct InvoiceLine: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Tracked time at an hourly rate.
        case time
        /// A fixed amount ("Closing commission, 14 Elm St").
        case fixed
        /// A quantity at a unit price ("3 closings × 250").
        case unit
        /// A cost passed on to the client.
        case expense
        /// A percentage added to other lines (rush work).
        case surcharge
        /// A reduction (entered as a positive amount, counted negative).
        case discount
        /// A share of an estimate asked for in advance: the line of a deposit invoice.
        case deposit
        /// Money received on an earlier invoice (a paid deposit, an overpayment) deducted here:
        /// counted negative, its tax inside the amount (see ``Prepayment``).
        case prepayment
    }

    public var kind: Kind
    public var description: String
    /// Time lines: billable seconds. Others: thousandths of a unit (1,000 = one).
    public var quantity: Int64
    /// Time lines: the hourly rate. Others: the price of one unit (a discount's is its amount).
    public var unitPrice: Money
    public var tax: TaxRate

    /// A line of `kind`; see ``validate()`` for what is accepted.
    public init(kind: Kind, description: String, quantity: Int64, unitPrice: Money, tax: TaxRate = .none) {
        self.kind = kind
        self.description = description
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.tax = tax
    }

    /// A time line for `seconds` of billable time at `hourlyRate`.
    public static func time(_ description: String, seconds: Int64, at hourlyRate: Money, tax: TaxRate = .none)
        -> InvoiceLine
    {
        InvoiceLine(kind: .time, description: description, quantity: seconds, unitPrice: hourlyRate, tax: tax)
    }

    /// A fixed amount.
    public static func fixed(_ description: String, _ amount: Money, tax: TaxRate = .none) -> InvoiceLine {
        InvoiceLine(kind: .fixed, description: description, quantity: 1000, unitPrice: amount, tax: tax)
    }

    /// Checks the line: a description, a quantity that is not negative, a price that is not
    /// negative (a discount is entered as a positive amount).
    ///
    /// - Throws: ``InvalidInput`` naming the field.
    public func validate() throws(InvalidInput) {
        guard !description.trimmingWhitespace().isEmpty else {
            throw InvalidInput("a line needs a description", field: "description")
        }
        guard quantity >= 0 else { throw InvalidInput("a quantity cannot be negative", field: "quantity") }
        guard unitPrice.minorUnits >= 0 else {
            throw InvalidInput("a price cannot be negative; use a discount line to reduce the total", field: "price")
        }
        // The amount is clamped to 64 bits, so one beyond the limit reads as beyond it here.
        guard amount.isWithinLimits else {
            let largest = Money(minorUnits: Money.largestMinorUnits, currency: unitPrice.currency)
            throw InvalidInput("the line comes to more than the largest amount, \(largest.labeled)", field: "quantity")
        }
    }

    /// The line's price before it is counted: rate × time, or quantity × unit price, rounded half up
    /// once; negative for a discount. (Exclusive tax comes on top; inclusive tax is inside it.)
    public var amount: Money {
        let minor: Int64
        switch kind {
        case .time:
            minor = Money.charge(forSeconds: quantity, at: unitPrice, rounding: .halfUp).minorUnits
        case .fixed, .unit, .expense, .surcharge, .deposit:
            minor = Int64(
                clamping: DivisionRounding.halfUp.divide(Int128(quantity) * Int128(unitPrice.minorUnits), by: 1000)
            )
        case .discount, .prepayment:
            minor = -Int64(
                clamping: DivisionRounding.halfUp.divide(Int128(quantity) * Int128(unitPrice.minorUnits), by: 1000)
            )
        }
        return Money(minorUnits: minor, currency: unitPrice.currency)
    }

    /// The line's net, tax and gross amounts, by its tax mode.
    public var amounts: LineAmounts {
        let price = amount.minorUnits
        let tax = self.tax.tax(on: price)
        switch self.tax.mode {
        case .exclusive:
            // Clamped, not trapped: lines over the limits are refused on entry, and totals check them.
            return LineAmounts(
                net: price,
                tax: tax,
                gross: Int64(clamping: Int128(price) + Int128(tax)),
                currency: unitPrice.currency
            )
        case .inclusive: return LineAmounts(net: price - tax, tax: tax, gross: price, currency: unitPrice.currency)
        }
    }

    /// A surcharge line of `basisPoints` on the summed amounts of `lines` ("Rush +25 %").
    public static func surcharge(
        _ description: String,
        basisPoints: Int,
        on lines: [InvoiceLine],
        tax: TaxRate = .none
    ) throws(InvalidInput) -> InvoiceLine {
        guard (0...100_000).contains(basisPoints) else {
            throw InvalidInput("a surcharge is between 0 % and 1000 %", field: "surcharge")
        }
        guard let currency = lines.first?.unitPrice.currency else {
            throw InvalidInput("a surcharge applies to at least one line", field: "surcharge")
        }
        let base = lines.reduce(Int128(0)) { $0 + Int128($1.amount.minorUnits) }
        let price = Int64(clamping: DivisionRounding.halfUp.divide(base * Int128(basisPoints), by: 10_000))
        return InvoiceLine(
            kind: .surcharge,
            description: description,
            quantity: 1000,
            unitPrice: Money(minorUnits: price, currency: currency),
            tax: tax
        )
    }
}

/// A line's amounts in minor units.
public struct LineAmounts: Hashable, Sendable {
    public var net: Int64
    public var tax: Int64
    public var gross: Int64
    public var currency: Currency
}

/// An invoice's totals: the sums of its lines' amounts (so the lines always add up to the totals).
public struct InvoiceTotals: Hashable, Sendable {
    public var currency: Currency
    public var net: Int64
    public var tax: Int64
    public var gross: Int64
    /// Tax per rate, for the document's tax summary.
    public var taxByRate: [TaxRate: Int64]

    /// The totals of `lines`.
    ///
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` when lines are in different currencies;
    ///   ``MoneyError/overflow`` when a total is beyond ``Money/largestMinorUnits``.
    public init(lines: [InvoiceLine], currency: Currency) throws(MoneyError) {
        self.currency = currency
        var net: Int128 = 0
        var tax: Int128 = 0
        var gross: Int128 = 0
        var taxByRate: [TaxRate: Int128] = [:]
        for line in lines {
            guard line.unitPrice.currency == currency else {
                throw .currencyMismatch(currency, line.unitPrice.currency)
            }
            let amounts = line.amounts
            net += Int128(amounts.net)
            tax += Int128(amounts.tax)
            gross += Int128(amounts.gross)
            if line.tax.basisPoints > 0 { taxByRate[line.tax, default: 0] += Int128(amounts.tax) }
        }
        let largest = Int128(Money.largestMinorUnits)
        guard [net, tax, gross].allSatisfy({ $0.magnitude <= largest.magnitude }) else { throw .overflow }
        self.net = Int64(net)
        self.tax = Int64(tax)
        self.gross = Int64(gross)
        self.taxByRate = taxByRate.mapValues { Int64(clamping: $0) }
    }
}
