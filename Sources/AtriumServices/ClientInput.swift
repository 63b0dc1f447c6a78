import AtriumCore

/// The profile fields a person may set when adding or editing a client; nil leaves a field as it is
/// (or at its default when adding).
public struct ClientInput: Sendable {
    public var name: String?
    public var legalName: String?
    public var zone: ZoneID?
    public var currency: Currency?
    /// The hourly rate as typed, read in the client's currency.
    public var rate: String?
    /// Removes the client's own rate (the workspace default applies again).
    public var clearsRate = false
    public var rounding: TimeRounding?
    public var roundingScope: RoundingScope?
    public var timeLines: TimeLineGrouping?
    public var language: LanguageCode?
    public var status: ClientStatus?
    public var preferredChannel: ContactChannel?
    public var responseTimeHours: Int?
    public var reportFrequency: ReportFrequency?
    public var billingAddress: String?
    public var taxID: String?
    public var notes: String?
    public var preferences: String?
    public var followUpDays: Int?
    /// Contacts to add, as `Jane Doe <jane@acme.com>`.
    public var contacts: [String] = []
    /// true archives, false brings back, nil leaves as is.
    public var archived: Bool?

    public init() {}

    /// Applies the fields that are set to `client`, then validates it.
    ///
    /// - Throws: ``InvalidInput`` naming the field; ``InvalidInput`` on `rate` when the
    ///   currency changes but the client's rate would stay in the old one.
    func apply(to client: inout Client, at instant: Instant) throws {
        if let name { client.name = name.trimmingWhitespace() }
        if let legalName { client.legalName = legalName.isEmpty ? nil : legalName }
        if let zone { client.zone = zone }
        if let currency, currency != client.currency {
            client.currency = currency
            if let oldRate = client.rate, rate == nil, !clearsRate {
                throw InvalidInput(
                    "\(client.name)'s rate is \(oldRate.labeled); give a --rate in \(currency) with the new currency, "
                        + "or --no-rate",
                    field: "rate",
                    neutral: "\(client.name)'s rate is \(oldRate.labeled); give a rate in \(currency) with the new "
                        + "currency, or clear the rate"
                )
            }
        }
        if clearsRate { client.rate = nil }
        if let rate { client.rate = try Money.parseRate(rate, currency: client.currency) }
        if let rounding { client.rounding = rounding }
        if let roundingScope { client.roundingScope = roundingScope }
        if let timeLines { client.timeLines = timeLines }
        if let language { client.language = language }
        if let status { client.status = status }
        if let preferredChannel { client.preferredChannel = preferredChannel }
        if let responseTimeHours { client.responseTimeHours = responseTimeHours }
        if let reportFrequency { client.reportFrequency = reportFrequency }
        if let billingAddress { client.billingAddress = billingAddress.isEmpty ? nil : billingAddress }
        if let taxID { client.taxID = taxID.isEmpty ? nil : taxID }
        if let notes { client.notes = notes }
        if let preferences { client.preferences = preferences }
        if let followUpDays { client.followUpDays = followUpDays }
        if let archived { client.archivedAt = archived ? (client.archivedAt ?? instant) : nil }
        try client.validate()
    }
}
