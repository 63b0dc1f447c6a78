import AtriumCore
import Testing

@Suite struct RateCardTests {
    static let workspace = ID<Workspace>()
    static let created = utc(2026, 1, 1)

    static func client(_ code: String, rate: Int64? = nil) -> Client {
        Client(
            workspaceID: workspace,
            name: "Client in \(code)",
            zone: .utc,
            language: .english,
            currency: currency(code),
            rate: rate.map { money($0, code) },
            createdAt: created
        )
    }

    static func project(of client: Client, rate: Int64? = nil) -> Project {
        Project(
            workspaceID: workspace,
            clientID: client.id,
            name: "Project",
            rate: rate.map { money($0, client.currency.code) },
            createdAt: created
        )
    }

    static let card = RateCard(workspaceDefault: money(3000, "USD"))

    @Test("A project's rate comes before its client's")
    func projectRate() {
        let client = Self.client("USD", rate: 4500)
        #expect(
            Self.card.hourlyRate(client: client, project: Self.project(of: client, rate: 6000)) == money(6000, "USD")
        )
    }

    @Test("A project's rate applies even when the client has none")
    func projectRateWithoutClientRate() {
        let client = Self.client("BHD")
        let project = Self.project(of: client, rate: 20_000)
        #expect(Self.card.hourlyRate(client: client, project: project) == money(20_000, "BHD"))
    }

    @Test("The client's rate applies to work without a project or on a project without a rate")
    func clientRate() {
        let client = Self.client("USD", rate: 4500)
        #expect(Self.card.hourlyRate(client: client, project: nil) == money(4500, "USD"))
        #expect(Self.card.hourlyRate(client: client, project: Self.project(of: client)) == money(4500, "USD"))
    }

    @Test("The workspace default applies to clients without a rate that bill in its currency")
    func workspaceDefault() {
        let client = Self.client("USD")
        #expect(Self.card.hourlyRate(client: client, project: nil) == money(3000, "USD"))
        #expect(Self.card.hourlyRate(client: client, project: Self.project(of: client)) == money(3000, "USD"))
    }

    @Test(
        "The workspace default never applies to a client billing in another currency",
        arguments: ["JPY", "BHD", "EUR"]
    )
    func defaultInOtherCurrency(code: String) {
        #expect(Self.card.hourlyRate(client: Self.client(code), project: nil) == nil)
    }

    @Test("Without any rate set there is none")
    func noRate() {
        #expect(RateCard(workspaceDefault: nil).hourlyRate(client: Self.client("USD"), project: nil) == nil)
    }

    @Test("A client's rate must be in its currency and not negative")
    func clientRateValidation() throws {
        var client = Self.client("USD", rate: 4500)
        try client.validate()
        client.rate = money(4500, "EUR")
        #expect(throws: InvalidInput("the rate is in EUR but \(client.name) bills in USD", field: "rate")) {
            try client.validate()
        }
        client.rate = money(-1, "USD")
        #expect(throws: InvalidInput("a rate cannot be negative", field: "rate")) { try client.validate() }
    }

    @Test("A project's rate must be in its client's currency")
    func projectRateValidation() throws {
        let client = Self.client("JPY")
        try Self.project(of: client, rate: 5000).validate(for: client)
        var project = Self.project(of: client)
        project.rate = money(5000, "USD")
        let error = #expect(throws: InvalidInput.self) { try project.validate(for: client) }
        #expect(error?.field == "rate")
    }

    @Test(
        "A person's rate for a client sits between the project's and the client's",
        arguments: [
            (project: Int64?.none, person: Int64?.some(6000), expected: Int64?.some(6000)),
            (project: 7000, person: 6000, expected: 7000),
            (project: nil, person: nil, expected: 4500),
        ]
    )
    func personRate(project: Int64?, person: Int64?, expected: Int64?) {
        let client = Self.client("USD", rate: 4500)
        let ana = ID<Person>()
        let card = RateCard(
            workspaceDefault: money(3000, "USD"),
            personRates: person.map { [PersonRate(clientID: client.id, personID: ana, rate: money($0, "USD"))] } ?? []
        )
        let rate = card.hourlyRate(client: client, project: Self.project(of: client, rate: project), person: ana)
        #expect(rate == expected.map { money($0, "USD") })
        #expect(card.hourlyRate(client: client, project: nil, person: ID<Person>()) == money(4500, "USD"))
    }

    @Test("A person's rate for one client does not apply to another, nor when it is in another currency")
    func personRateScope() {
        let acme = Self.client("AUD", rate: 4500)
        let bloom = Self.client("GBP", rate: 5000)
        let ana = ID<Person>()
        let card = RateCard(
            workspaceDefault: nil,
            personRates: [
                PersonRate(clientID: acme.id, personID: ana, rate: money(9000, "USD")),
                PersonRate(clientID: bloom.id, personID: ana, rate: money(5500, "GBP")),
            ]
        )
        #expect(card.hourlyRate(client: acme, project: nil, person: ana) == money(4500, "AUD"))
        #expect(card.hourlyRate(client: bloom, project: nil, person: ana) == money(5500, "GBP"))
        #expect(card.hasPersonRates(for: bloom.id))
        #expect(!card.hasPersonRates(for: ID<Client>()))
    }
}
