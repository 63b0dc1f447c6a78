import AtriumCore
import GRDB

extension SQLiteStore: RateStore {
    public func setPersonRate(
        _ rate: Money?,
        person: ID<Person>,
        client clientID: ID<Client>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp
    ) async throws {
        try await write { db in
            try Self.setPersonRate(db, rate, person: person, client: clientID, in: workspace, stamp: stamp)
        }
    }

    /// Sets or removes a person's rate for a client in the caller's transaction, audited.
    static func setPersonRate(
        _ db: Database,
        _ rate: Money?,
        person: ID<Person>,
        client clientID: ID<Client>,
        in workspace: ID<Workspace>,
        stamp: AuditStamp
    ) throws {
        let client = try Self.client(db, clientID, in: workspace)
        let name = try String.fetchOne(
            db,
            sql: "SELECT name FROM people WHERE id = ? AND workspace_id = ?",
            arguments: [person, workspace]
        )
        guard let name else { throw StoreError.notFound("The person") }
        let before = try Self.personRate(db, client: client, person: person)
        guard before != rate else { return }
        if let rate {
            try db.run(
                """
                INSERT INTO person_rates (workspace_id, client_id, person_id, rate_minor, currency)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (client_id, person_id) DO UPDATE SET
                    rate_minor = excluded.rate_minor, currency = excluded.currency
                """,
                arguments: [workspace, clientID, person, rate.minorUnits, rate.currency.code]
            )
        } else {
            try db.run(
                "DELETE FROM person_rates WHERE client_id = ? AND person_id = ?",
                arguments: [clientID, person]
            )
        }
        let label = "\(client.name) / \(name)"
        let state = { (rate: Money?) in
            AuditState.json(AuditState.Billing(name: label, currency: client.currency, rate: rate, rounding: nil))
        }
        try Self.appendAudit(
            db,
            workspace: workspace,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: .rateChanged,
                entity: AuditEntity(kind: .personRate, id: "\(clientID)/\(person)"),
                summary: "rate of \(name) for \(client.name) changed",
                before: state(before),
                after: state(rate)
            )
        )
    }

    private static func personRate(_ db: Database, client: Client, person: ID<Person>) throws -> Money? {
        try personRates(db, client.workspaceID, where: "client_id = ? AND person_id = ?", [client.id, person]).first?
            .rate
    }

    /// People's rates for clients in `workspace`.
    static func personRates(_ db: Database, _ workspace: ID<Workspace>) throws -> [PersonRate] {
        try personRates(db, workspace, where: "1", [])
    }

    private static func personRates(
        _ db: Database,
        _ workspace: ID<Workspace>,
        where condition: String,
        _ arguments: StatementArguments
    ) throws -> [PersonRate] {
        let table = "person_rates"
        return try Row.fetchAll(
            db,
            sql: """
                SELECT client_id, person_id, rate_minor, currency FROM person_rates
                WHERE workspace_id = ? AND \(condition)
                """,
            arguments: [workspace] + arguments
        ).map { row in
            PersonRate(
                clientID: try row.id(0, table: table, column: "client_id"),
                personID: try row.id(1, table: table, column: "person_id"),
                rate: Money(minorUnits: row[2], currency: try row.currency(3, table: table, column: "currency"))
            )
        }
    }

    public func saveExchangeRates(_ rates: [ExchangeRate], in workspace: ID<Workspace>) async throws {
        try await write { db in try Self.saveExchangeRates(db, rates, in: workspace) }
    }

    /// Stores exchange rates in the caller's transaction, replacing those of the same day.
    static func saveExchangeRates(_ db: Database, _ rates: [ExchangeRate], in workspace: ID<Workspace>) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO exchange_rates (workspace_id, currency, base_currency, on_date, rate, source)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id, currency, base_currency, on_date) DO UPDATE SET
                    rate = excluded.rate, source = excluded.source
                """
        )
        for rate in rates {
            try statement.execute(arguments: [
                workspace, rate.currency.code, rate.base.code, rate.date.description, rate.rateText, rate.source,
            ])
        }
    }

    public func exchangeRates(in workspace: ID<Workspace>) async throws -> [ExchangeRate] {
        try await read { db in
            let table = "exchange_rates"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT currency, base_currency, on_date, rate, source FROM exchange_rates
                    WHERE workspace_id = ? ORDER BY currency, base_currency, on_date
                    """,
                arguments: [workspace]
            ).map { row in
                let date: String = row[2]
                let rate: String = row[3]
                let currency = try row.currency(0, table: table, column: "currency")
                let base = try row.currency(1, table: table, column: "base_currency")
                let day = try (try? TimeExpression.parseISODate(date)).orCorrupt(
                    table: table,
                    column: "on_date",
                    value: date
                )
                return try (try? ExchangeRate(currency: currency, base: base, date: day, rate: rate, source: row[4]))
                    .orCorrupt(table: table, column: "rate", value: rate)
            }
        }
    }
}

extension Row {
    /// The currency whose code is at position `index`.
    func currency(_ index: Int, table: String, column: String) throws -> Currency {
        let code: String = self[index] ?? ""
        return try (try? Currency(code: code)).orCorrupt(table: table, column: column, value: code)
    }
}
