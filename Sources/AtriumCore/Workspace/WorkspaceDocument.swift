/// A whole workspace as values: what an `atrium-export` document holds and what restoring it
/// writes back, ids, numbers and instants as they were.
public struct WorkspaceDocument: Sendable {
    public var workspace: Workspace
    public var people: [Person]
    public var personHours: [ID<Person>: WeeklyHours] = [:]
    public var clients: [Client] = []
    public var contacts: [ID<Client>: [ClientContact]] = [:]
    public var clientHours: [ID<Client>: WeeklyHours] = [:]
    public var projects: [Project] = []
    /// Clients' tasks (version 5 on).
    public var tasks: [WorkTask] = []
    public var assignments: [ID<Person>: Set<ID<Client>>] = [:]
    public var schedule: [ScheduleItem] = []
    /// People's own rates for clients (version 3 on).
    public var personRates: [PersonRate] = []
    /// Exchange rates into the base currency (version 3 on).
    public var exchangeRates: [ExchangeRate] = []
    public var entries: [TimeEntry] = []
    /// Billing records as stored (version 4 on): the invoice numbering, retainers and their alerts,
    /// reminder schedules, invoices with their lines, payments, deductions and the entries they hold.
    public var billing: [RecordTable] = []

    public init(workspace: Workspace, people: [Person]) {
        self.workspace = workspace
        self.people = people
    }

    /// The first owner: who the restored records are audited as.
    public var owner: Person? { people.first { $0.role == .owner } }
}
