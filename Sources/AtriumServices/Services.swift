import AtriumCore
import AtriumStore

/// Every use case, built once from a store and a clock and handed to the CLI (and later the web app).
public struct Services: Sendable {
    public let workspaces: WorkspaceService
    public let clients: ClientService
    public let projects: ProjectService
    public let tasks: TaskService
    public let timer: TimerService
    public let entries: EntryService
    public let summaries: SummaryService
    public let audit: AuditService
    public let demo: DemoService
    public let accounts: AccountService
    public let tokens: TokenService
    public let team: TeamService
    public let hours: WorkingHoursService
    public let schedule: ScheduleService
    public let calendar: CalendarFeedService
    public let export: ExportService
    public let retainers: RetainerService
    public let imports: ImportService
    public let invoices: InvoiceService
    public let rates: RateService
    public let exchangeRates: ExchangeRateService
    /// The store's ``AtriumStore/WorkspaceStore/dataVersion()``: what a kept response is checked against.
    public let dataVersion: @Sendable () -> Int64?

    /// - Parameters:
    ///   - store: Where everything is kept.
    ///   - now: The clock; read once per use case.
    ///   - passwordCost: bcrypt's cost for new password hashes.
    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant, passwordCost: UInt8 = 12) {
        workspaces = WorkspaceService(store: store, now: now)
        clients = ClientService(store: store, now: now)
        projects = ProjectService(store: store, now: now)
        tasks = TaskService(store: store, now: now)
        timer = TimerService(store: store, now: now)
        entries = EntryService(store: store, now: now)
        summaries = SummaryService(store: store, now: now)
        audit = AuditService(store: store)
        demo = DemoService(store: store, now: now)
        accounts = AccountService(store: store, now: now, passwordCost: passwordCost)
        tokens = TokenService(store: store, now: now)
        team = TeamService(store: store, now: now)
        hours = WorkingHoursService(store: store, now: now)
        schedule = ScheduleService(store: store, now: now)
        calendar = CalendarFeedService(store: store, now: now)
        export = ExportService(store: store, now: now)
        retainers = RetainerService(store: store, now: now)
        imports = ImportService(store: store, now: now)
        invoices = InvoiceService(store: store, now: now)
        rates = RateService(store: store, now: now)
        exchangeRates = ExchangeRateService(store: store, now: now)
        dataVersion = { store.dataVersion() }
    }
}
