import AtriumCore

/// A line someone adds to a draft, as typed (the API's JSON, the web form): read into an
/// ``InvoiceLine`` in the invoice's currency by ``InvoiceService/addLine(_:to:as:)-(InvoiceLineInput,_,_)``.
public struct InvoiceLineInput: Sendable {
    /// `fixed`, `unit`, `expense` or `discount`: time and surcharge lines come from entries.
    public var kind: String
    public var description: String
    /// The amount, or the price of one unit.
    public var unitPrice: String
    /// How many units (`3`, `2.5`); one when nil.
    public var quantity: String?
    /// `10%`, `7.5%`, `20% incl`; none when nil.
    public var tax: String?

    public init(kind: String, description: String, unitPrice: String, quantity: String? = nil, tax: String? = nil) {
        self.kind = kind
        self.description = description
        self.unitPrice = unitPrice
        self.quantity = quantity
        self.tax = tax
    }

    /// The line in `currency`.
    ///
    /// - Throws: ``InvalidInput`` naming `kind`, `unitPrice`, `quantity` or `tax`.
    func line(in currency: Currency) throws -> InvoiceLine {
        guard let kind = InvoiceLine.Kind(rawValue: kind.trimmingWhitespace().lowercased()),
            kind != .time, kind != .surcharge
        else {
            throw InvalidInput(
                "\"\(kind)\" is not a line you can add: fixed, unit, expense or discount (time lines come from entries)",
                field: "kind"
            )
        }
        let price = try attributing(to: "unitPrice") { try Money.parse(unitPrice, currency: currency) }
        var units: Int64 = 1000
        if let quantity { units = try attributing(to: "quantity") { try InvoiceLine.parseQuantity(quantity) } }
        var rate = TaxRate.none
        if let tax { rate = try attributing(to: "tax") { try TaxRate.parse(tax) } }
        return InvoiceLine(kind: kind, description: description, quantity: units, unitPrice: price, tax: rate)
    }
}
