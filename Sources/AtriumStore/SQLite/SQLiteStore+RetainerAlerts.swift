import AtriumCore
import GRDB

extension SQLiteStore {
    public func recordRetainerAlerts(_ alerts: [RetainerAlert], in workspace: ID<Workspace>) async throws
        -> [RetainerAlert]
    {
        guard !alerts.isEmpty else { return [] }
        // Usually every alert is recorded already: a read says so without a write transaction (and
        // its commit) on every status.
        let fresh = try await read { db in
            try alerts.filter { alert in
                try Bool.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT 1 FROM retainer_alerts
                            WHERE client_id = ? AND period_start = ? AND threshold_basis_points = ?
                            """
                    ),
                    arguments: [alert.clientID, alert.period.lowerBound.description, alert.thresholdBasisPoints]
                ) == nil
            }
        }
        guard !fresh.isEmpty else { return [] }
        return try await write { db in
            var recorded: [RetainerAlert] = []
            for alert in fresh {
                try Self.require("clients", alert.clientID, in: workspace, db, what: "The client")
                try db.run(
                    """
                    INSERT OR IGNORE INTO retainer_alerts (workspace_id, client_id, period_start, period_end,
                        threshold_basis_points, used_seconds, available_seconds, reached_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    arguments: [
                        workspace, alert.clientID, alert.period.lowerBound.description,
                        alert.period.upperBound.description, alert.thresholdBasisPoints, alert.usedSeconds,
                        alert.availableSeconds, alert.reachedAt.secondsSinceEpoch,
                    ]
                )
                if db.changesCount > 0 { recorded.append(alert) }
            }
            return recorded
        }
    }

    public func retainerAlerts(of client: ID<Client>?, in workspace: ID<Workspace>) async throws -> [RetainerAlert] {
        try await read { db in
            let table = "retainer_alerts"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT client_id, period_start, period_end, threshold_basis_points, used_seconds,
                        available_seconds, reached_at
                    FROM retainer_alerts WHERE workspace_id = ? AND (? IS NULL OR client_id = ?)
                    ORDER BY reached_at DESC, threshold_basis_points DESC
                    """,
                arguments: [workspace, client, client]
            ).map { row in
                let dates = try [row[1] as String, row[2] as String].map { text in
                    try (try? TimeExpression.parseISODate(text)).orCorrupt(table: table, column: "period", value: text)
                }
                guard dates[0] <= dates[1] else {
                    throw StoreError.corruptValue(table: table, column: "period_end", value: dates[1].description)
                }
                return RetainerAlert(
                    clientID: try row.id(0, table: table, column: "client_id"),
                    period: dates[0]...dates[1],
                    thresholdBasisPoints: row[3],
                    usedSeconds: row[4],
                    availableSeconds: row[5],
                    reachedAt: Instant(secondsSinceEpoch: row[6])
                )
            }
        }
    }
}
