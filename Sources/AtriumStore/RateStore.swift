import AtriumCore

/// Rates that are records of their own: people's rates for clients (also in every
/// ``WorkspaceSnapshot``) and exchange rates by date.
public protocol RateStore: Sendable {
    /// Sets (or with nil removes) `person`'s own hourly rate for `client`, audited as a rate change.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a person or client of another workspace.
    func setPersonRate(
        _ rate: Money?,
        person: ID<Person>,
        client: ID<Client>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp
    ) async throws
    /// Stores `rates`, replacing any of the same currencies and dates, in one transaction.
    func saveExchangeRates(_ rates: [ExchangeRate], in workspace: ID<Workspace>) async throws
    /// Every exchange rate of the workspace, by currency then date.
    func exchangeRates(in workspace: ID<Workspace>) async throws -> [ExchangeRate]
}
