import ArgumentParser
import AtriumCore
import AtriumServices

/// The client profile options shared by `client add` and `client edit`.
struct ClientOptions: ParsableArguments {
    @Option(help: "Legal name for invoices, e.g. \"Acme Realty Pty Ltd\".") var legalName: String?
    @Option(help: "The client's IANA time zone, e.g. Australia/Sydney (default: yours).") var zone: String?
    @Option(help: "The currency they are billed in, ISO 4217 (default: the workspace's).") var currency: String?
    @Option(help: "Hourly rate in their currency, e.g. 45 or 45.50.") var rate: String?
    @Option(help: "Rounding of each entry for billing: none, up:15m, nearest:6m, down:5m.") var rounding: String?
    @Option(help: "Apply the rounding to each entry (default) or once to each invoice line: entry or line.")
    var roundPer: String?
    @Option(
        help:
            "Invoice time lines per project and rate (default), per task and rate, or one per entry: project, task or entry."
    )
    var lines: String?
    @Option(help: "Language of their documents, e.g. en, ru, ar, vi, bg.") var language: String?
    @Option(help: "prospect, onboarding, active, paused or ended.") var status: String?
    @Option(help: "Preferred channel: email, slack, teams, phone, whatsapp, telegram, other.") var channel: String?
    @Option(help: "Promised response time in business hours, e.g. 24.") var responseHours: Int?
    @Option(help: "Report frequency: weekly, biweekly, monthly or quarterly.") var reports: String?
    @Option(help: "Billing address for invoices.") var address: String?
    @Option(help: "Tax or VAT number.") var taxId: String?
    @Option(help: "Notes about the client.") var notes: String?
    @Option(help: "How they like to work, e.g. \"voice notes, no calls on Fridays\".") var preferences: String?
    @Option(help: "Remind after this many days without contact, e.g. 14.") var followUpDays: Int?
    @Option(help: "Add a contact: \"Jane Doe <jane@acme.com>\" (repeatable).") var contact: [String] = []
    @Option(help: "Working hours on the client's clock, e.g. \"Mon-Fri 09:00-17:00\"; none clears them.")
    var hours: String?

    /// The working hours given, checked before anything is written.
    func checkedHours() throws -> String? {
        guard let hours else { return nil }
        _ = try attributing(to: "--hours") { try WeeklyHours.parse(hours) }
        return hours
    }

    /// The options as a service input.
    func input(name: String?) throws -> ClientInput {
        var input = ClientInput()
        input.name = name
        input.legalName = legalName
        input.zone = try FieldText.zone(zone, field: "--zone")
        input.currency = try FieldText.currency(currency, field: "--currency")
        input.rate = rate
        input.rounding = try FieldText.rounding(rounding, field: "--rounding")
        input.roundingScope = try FieldText.choice(roundPer, field: "--round-per", what: "rounding scope")
        input.timeLines = try FieldText.choice(lines, field: "--lines", what: "way to group invoice lines")
        input.language = try FieldText.language(language, field: "--language")
        input.status = try FieldText.choice(status, field: "--status", what: "client status")
        input.preferredChannel = try FieldText.choice(channel, field: "--channel", what: "channel")
        input.responseTimeHours = responseHours
        input.reportFrequency = try FieldText.choice(reports, field: "--reports", what: "report frequency")
        input.billingAddress = address
        input.taxID = taxId
        input.notes = notes
        input.preferences = preferences
        input.followUpDays = followUpDays
        input.contacts = contact
        return input
    }
}
