import AtriumCore
import GRDB

extension Client {
    init(row: Row) throws {
        let table = "clients"
        let currency = try row.parsed("currency", table: table) { try Currency(code: $0) }
        let minutes: Int = row["rounding_minutes"]
        self.init(
            id: try row.id("id", table: table),
            workspaceID: try row.id("workspace_id", table: table),
            name: row["name"],
            legalName: row["legal_name"],
            zone: try row.parsed("zone", table: table) { try ZoneID($0) },
            language: try row.parsed("language", table: table) { try LanguageCode($0) },
            currency: currency,
            rate: (row["rate_minor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            rounding: try row.parsed("rounding_mode", table: table) {
                try TimeRounding(mode: $0, stepMinutes: minutes)
            },
            status: try row.parsed("status", table: table) { try ClientStatus.parse($0, what: "status") },
            preferredChannel: try (row["preferred_channel"] as String?).map { text in
                try row.parsed("preferred_channel", table: table) { _ in try ContactChannel.parse(text, what: "channel")
                }
            },
            responseTimeHours: row["response_time_hours"],
            reportFrequency: try (row["report_frequency"] as String?).map { text in
                try row.parsed("report_frequency", table: table) { _ in
                    try ReportFrequency.parse(text, what: "report frequency")
                }
            },
            billingAddress: row["billing_address"],
            taxID: row["tax_id"],
            notes: row["notes"],
            createdAt: row.instant("created_at"),
            archivedAt: row.optionalInstant("archived_at")
        )
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "name": name, "legal_name": legalName, "zone": zone.identifier,
            "language": language.tag, "currency": currency.code, "rate_minor": rate?.minorUnits,
            "rounding_mode": rounding.mode, "rounding_minutes": rounding.stepMinutes, "status": status.rawValue,
            "preferred_channel": preferredChannel?.rawValue, "response_time_hours": responseTimeHours,
            "report_frequency": reportFrequency?.rawValue, "billing_address": billingAddress, "tax_id": taxID,
            "notes": notes, "created_at": createdAt.secondsSinceEpoch, "archived_at": archivedAt?.secondsSinceEpoch,
        ]
    }

    static let columns = """
        id, workspace_id, name, legal_name, zone, language, currency, rate_minor, rounding_mode, rounding_minutes,
        status, preferred_channel, response_time_hours, report_frequency, billing_address, tax_id, notes,
        created_at, archived_at
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
    init(row: Row, currency: Currency) throws {
        self.init(
            id: try row.id("id", table: "projects"),
            workspaceID: try row.id("workspace_id", table: "projects"),
            clientID: try row.id("client_id", table: "projects"),
            name: row["name"],
            rate: (row["rate_minor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            budget: (row["budget_seconds"] as Int64?).map { TimeSpan(seconds: $0) },
            createdAt: row.instant("created_at"),
            archivedAt: row.optionalInstant("archived_at")
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
