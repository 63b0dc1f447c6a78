import AtriumCore
import GRDB

extension Client {
    /// Reads a row selected with ``columns``, straight from SQLite (every command reads every client).
    init(raw row: RawRow) throws {
        let table = "clients"
        let code = row.text(6) ?? ""
        let currency = try (try? Currency(code: code)).orCorrupt(table: table, column: "currency", value: code)
        let mode = row.text(8) ?? ""
        self.init(
            id: try row.requiredID(0, table: table, name: "id"),
            workspaceID: try row.requiredID(1, table: table, name: "workspace_id"),
            name: row.text(2) ?? "",
            legalName: row.text(3),
            zone: ZoneID(storedIdentifier: row.text(4) ?? ""),
            language: LanguageCode(storedTag: row.text(5) ?? ""),
            currency: currency,
            rate: row.optionalInt64(7).map { Money(minorUnits: $0, currency: currency) },
            rounding: try (try? TimeRounding(mode: mode, stepMinutes: Int(row.int64(9)))).orCorrupt(
                table: table,
                column: "rounding_mode",
                value: mode
            ),
            status: try row.stored(10, table: table, name: "status"),
            preferredChannel: try row.storedIfPresent(11, table: table, name: "preferred_channel"),
            responseTimeHours: row.optionalInt(12),
            reportFrequency: try row.storedIfPresent(13, table: table, name: "report_frequency"),
            billingAddress: row.text(14),
            taxID: row.text(15),
            notes: row.text(16) ?? "",
            preferences: row.text(17) ?? "",
            followUpDays: row.optionalInt(18),
            createdAt: Instant(secondsSinceEpoch: row.int64(19)),
            archivedAt: row.optionalInt64(20).map(Instant.init(secondsSinceEpoch:))
        )
        roundingScope = try row.stored(21, table: table, name: "rounding_scope")
        timeLines = try row.stored(22, table: table, name: "time_lines")
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

    /// Reads a row selected with ``selection`` from `projects p JOIN clients c`, straight from SQLite.
    init(raw row: RawRow) throws {
        let table = "projects"
        let code = row.text(8) ?? ""
        let currency = try (try? Currency(code: code)).orCorrupt(table: "clients", column: "currency", value: code)
        self.init(
            id: try row.requiredID(0, table: table, name: "id"),
            workspaceID: try row.requiredID(1, table: table, name: "workspace_id"),
            clientID: try row.requiredID(2, table: table, name: "client_id"),
            name: row.text(3) ?? "",
            rate: row.optionalInt64(4).map { Money(minorUnits: $0, currency: currency) },
            budget: row.optionalInt64(5).map { TimeSpan(seconds: $0) },
            createdAt: Instant(secondsSinceEpoch: row.int64(6)),
            archivedAt: row.optionalInt64(7).map(Instant.init(secondsSinceEpoch:))
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
