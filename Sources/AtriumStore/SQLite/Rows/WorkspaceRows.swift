import AtriumCore
import GRDB

extension Workspace {
    init(row: Row) throws {
        let currency = try row.parsed("base_currency", table: "workspaces") { try Currency(code: $0) }
        self.init(
            id: try row.id("id", table: "workspaces"),
            name: row["name"],
            baseCurrency: currency,
            zone: ZoneID(storedIdentifier: row["zone"]),
            weekStart: try Weekday(isoNumber: row["week_start"] as Int).orCorrupt(
                table: "workspaces",
                column: "week_start",
                value: row["week_start"] as Int
            ),
            defaultRate: (row["default_rate_minor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            createdAt: row.instant("created_at")
        )
        invoiceDetails = row["invoice_details"]
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "name": name, "base_currency": baseCurrency.code, "zone": zone.identifier,
            "week_start": weekStart.isoNumber, "default_rate_minor": defaultRate?.minorUnits,
            "created_at": createdAt.secondsSinceEpoch, "invoice_details": invoiceDetails,
        ]
    }
}

extension Person {
    init(row: Row) throws {
        self.init(
            id: try row.id("id", table: "people"),
            workspaceID: try row.id("workspace_id", table: "people"),
            name: row["name"],
            email: row["email"],
            role: try row.parsed("role", table: "people") { try PersonRole.parse($0, what: "role") },
            zone: ZoneID(storedIdentifier: row["zone"]),
            language: try row.parsed("language", table: "people") { try LanguageCode($0) },
            createdAt: row.instant("created_at")
        )
    }

    var databaseArguments: StatementArguments {
        [
            "id": id, "workspace_id": workspaceID, "name": name, "email": email, "role": role.rawValue,
            "zone": zone.identifier, "language": language.tag, "created_at": createdAt.secondsSinceEpoch,
        ]
    }
}
