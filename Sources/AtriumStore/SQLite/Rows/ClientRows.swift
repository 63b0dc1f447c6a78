import AtriumCore
import GRDB

extension Client {
    /// Reads a row selected with ``columns``, by position (the CLI reads every client on each command).
    init(row: Row) throws {
        let table = "clients"
        let currency = try row.parsed("currency", table: table) { try Currency(code: $0) }
        let mode: String = row[8]
        let minutes: Int = row[9]
        self.init(
            id: try row.id(0, table: table, column: "id"),
            workspaceID: try row.id(1, table: table, column: "workspace_id"),
            name: row[2],
            legalName: row[3],
            zone: ZoneID(storedIdentifier: row[4]),
            language: LanguageCode(storedTag: row[5]),
            currency: currency,
            rate: (row[7] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            rounding: try (try? TimeRounding(mode: mode, stepMinutes: minutes)).orCorrupt(
                table: table,
                column: "rounding_mode",
                value: mode
            ),
            status: try row.stored(ClientStatus.self, at: 10, table: table, column: "status"),
            preferredChannel: try row.storedIfPresent(
                ContactChannel.self,
                at: 11,
                table: table,
                column: "preferred_channel"
            ),
            responseTimeHours: row[12],
            reportFrequency: try row.storedIfPresent(
                ReportFrequency.self,
                at: 13,
                table: table,
                column: "report_frequency"
            ),
            billingAddress: row[14],
            taxID: row[15],
            notes: row[16],
            preferences: row[17],
            followUpDays: row[18],
            createdAt: Instant(secondsSinceEpoch: row[19]),
            archivedAt: (row[20] as Int64?).map(Instant.init(secondsSinceEpoch:))
        )
        roundingScope = try row.stored(RoundingScope.self, at: 21, table: table, column: "rounding_scope")
        timeLines = try row.stored(TimeLineGrouping.self, at: 22, table: table, column: "time_lines")
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "name": name, "legal_name": legalName, "zone": zone.identifier,
            "language": language.tag, "currency": currency.code, "rate_minor": rate?.minorUnits,
            "rounding_mode": rounding.mode, "rounding_minutes": rounding.stepMinutes, "status": status.rawValue,
            "preferred_channel": preferredChannel?.rawValue, "response_time_hours": responseTimeHours,
            "report_frequency": reportFrequency?.rawValue, "billing_address": billingAddress, "tax_id": taxID,
            "notes": notes, "preferences": preferences, "follow_up_days": followUpDays,
            "created_at": createdAt.secondsSinceEpoch, "archived_at": archivedAt?.secondsSinceEpoch,
            "rounding_scope": roundingScope.rawValue, "time_lines": timeLines.rawValue,
        ]
    }

    static let columns = """
        id, workspace_id, name, legal_name, zone, language, currency, rate_minor, rounding_mode, rounding_minutes,
        status, preferred_channel, response_time_hours, report_frequency, billing_address, tax_id, notes,
        preferences, follow_up_days, created_at, archived_at, rounding_scope, time_lines
        """
}

extension ClientContact {
    init(row: Row) throws {
        self.init(
            id: try row.id("id", table: "client_contacts"),
            clientID: try row.id("client_id", table: "client_contacts"),
            name: row["name"],
            email: row["email"],
            phone: row["phone"],
            role: row["role"],
            isPrimary: row["is_primary"]
        )
    }
}

extension Project {
    /// The columns ``init(row:)`` reads, by position, with the client's currency last.
    static let selection = """
        p.id, p.workspace_id, p.client_id, p.name, p.rate_minor, p.budget_seconds, p.created_at, p.archived_at,
        c.currency
        """

    /// Reads a row selected with ``selection`` from `projects p JOIN clients c`.
    init(row: Row) throws {
        let table = "projects"
        let currencyCode: String = row[8]
        let currency = try (try? Currency(code: currencyCode)).orCorrupt(
            table: "clients",
            column: "currency",
            value: currencyCode
        )
        self.init(
            id: try row.id(0, table: table, column: "id"),
            workspaceID: try row.id(1, table: table, column: "workspace_id"),
            clientID: try row.id(2, table: table, column: "client_id"),
            name: row[3],
            rate: (row[4] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            budget: (row[5] as Int64?).map { TimeSpan(seconds: $0) },
            createdAt: Instant(secondsSinceEpoch: row[6]),
            archivedAt: (row[7] as Int64?).map(Instant.init(secondsSinceEpoch:))
        )
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "client_id": clientID, "name": name, "rate_minor": rate?.minorUnits,
            "budget_seconds": budget?.seconds, "created_at": createdAt.secondsSinceEpoch,
            "archived_at": archivedAt?.secondsSinceEpoch,
        ]
    }
}
