import AtriumCore
import GRDB

extension SQLiteStore: RetainerStore {
    public func setRetainer(_ retainer: StoredRetainer) async throws {
        try await write { db in
            try Self.require("clients", retainer.clientID, in: retainer.workspaceID, db, what: "The client")
            let terms = retainer.terms
            let (rollover, value): (String, Int64) =
                switch terms.rollover {
                case .none: ("none", 0)
                case .capped(let seconds): ("capped", seconds)
                case .expiring(let periods): ("expiring", Int64(periods))
                }
            let startDay: Int = if case .day(let day) = terms.periodStart { day } else { 0 }
            try db.run(
                """
                INSERT OR REPLACE INTO retainers (client_id, workspace_id, fee_minor, currency, included_seconds,
                    period_start_day, rollover, rollover_value, overage_rate_minor, starts_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    retainer.clientID, retainer.workspaceID, terms.fee.minorUnits, terms.fee.currency.code,
                    terms.includedSeconds, startDay, rollover, value, terms.overageRate?.minorUnits,
                    retainer.startsOn.description, retainer.createdAt.secondsSinceEpoch,
                ]
            )
        }
    }

    public func retainer(of client: ID<Client>, in workspace: ID<Workspace>) async throws -> StoredRetainer? {
        try lookup { db in
            // Cached: every entry written through the server asks whether its client has a retainer.
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM retainers WHERE client_id = ? AND workspace_id = ?"),
                arguments: [client, workspace]
            ).map(StoredRetainer.init(row:))
        }
    }

    public func hasRetainer(_ client: ID<Client>, in workspace: ID<Workspace>) async throws -> Bool {
        try lookup { db in
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM retainers WHERE client_id = ? AND workspace_id = ?"),
                arguments: [client, workspace]
            ) ?? false
        }
    }

    public func billableSpans(
        ofClient client: ID<Client>,
        in workspace: ID<Workspace>,
        interval: Range<Instant>,
        now: Instant
    ) async throws -> [BillableSpan] {
        try await read { db in
            // The client is checked to be the workspace's once; the spans are then read from the
            // client index alone (it covers every column the query names).
            try Self.require("clients", client, in: workspace, db, what: "The client")
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT started_at, coalesce(ended_at, max(?, started_at)) - started_at FROM time_entries
                        WHERE client_id = ? AND is_billable = 1 AND deleted_at IS NULL
                            AND started_at >= ? AND started_at < ?
                        ORDER BY started_at
                        """
                ),
                arguments: [
                    now.secondsSinceEpoch, client, interval.lowerBound.secondsSinceEpoch,
                    interval.upperBound.secondsSinceEpoch,
                ]
            )
            var spans: [BillableSpan] = []
            while let row = try rows.next() {
                spans.append(BillableSpan(start: Instant(secondsSinceEpoch: row[0]), seconds: row[1]))
            }
            return spans
        }
    }

    public func deleteRetainer(of client: ID<Client>, in workspace: ID<Workspace>) async throws {
        try await write { db in
            try db.run(
                "DELETE FROM retainers WHERE client_id = ? AND workspace_id = ?",
                arguments: [client, workspace]
            )
            guard db.changesCount == 1 else { throw StoreError.notFound("A retainer for this client") }
        }
    }
}

extension StoredRetainer {
    init(row: Row) throws {
        let table = "retainers"
        let currency = try row.parsed("currency", table: table) { try Currency(code: $0) }
        let value: Int64 = row["rollover_value"]
        let rollover: RetainerTerms.Rollover =
            switch row["rollover"] as String {
            case "capped": .capped(seconds: value)
            case "expiring": .expiring(afterPeriods: Int(value))
            default: .none
            }
        let startDay: Int = row["period_start_day"]
        self.init(
            clientID: try row.id("client_id", table: table),
            workspaceID: try row.id("workspace_id", table: table),
            terms: RetainerTerms(
                fee: Money(minorUnits: row["fee_minor"], currency: currency),
                includedSeconds: row["included_seconds"],
                periodStart: startDay == 0 ? .calendarMonth : .day(startDay),
                rollover: rollover,
                overageRate: (row["overage_rate_minor"] as Int64?).map { Money(minorUnits: $0, currency: currency) }
            ),
            startsOn: try row.parsed("starts_on", table: table) { try TimeExpression.parseISODate($0) },
            createdAt: row.instant("created_at")
        )
    }
}
