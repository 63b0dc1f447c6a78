import GRDB
import Testing

@testable import AtriumStore

@Suite struct PricedTotalsMigrationTests {
    static let workspace = "0190a000-0000-7000-8000-000000000001"
    static let person = "0190a000-0000-7000-8000-000000000002"
    static let client = "0190a000-0000-7000-8000-000000000003"

    /// A client rounding up to 15 minutes; a plain 10-minute entry, a 1-minute entry billed 12.90,
    /// and priced entries that count nowhere (deleted, running). The totals are those 0010 kept: both
    /// counted entries at the rate card.
    static let seeded = """
        INSERT INTO workspaces (id, name, base_currency, zone, week_start, audit_head_hash, created_at)
        VALUES ('\(workspace)', 'VA', 'USD', 'UTC', 1, '', 0);
        INSERT INTO people (id, workspace_id, name, role, zone, language, created_at)
        VALUES ('\(person)', '\(workspace)', 'Maria', 'owner', 'UTC', 'en', 0);
        INSERT INTO clients (id, workspace_id, name, zone, language, currency, rounding_mode, rounding_minutes,
            created_at)
        VALUES ('\(client)', '\(workspace)', 'Acme', 'UTC', 'en', 'USD', 'up', 15, 0);
        INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, started_at, ended_at, source,
            created_at, deleted_at, price_kind, price_minor, price_currency) VALUES
            ('0190a000-0000-7000-8000-000000000011', '\(workspace)', 1, '\(person)', '\(client)', 0, 600,
                'manual', 0, NULL, NULL, NULL, NULL),
            ('0190a000-0000-7000-8000-000000000012', '\(workspace)', 2, '\(person)', '\(client)', 600, 660,
                'import', 0, NULL, 'fixed', 1290, 'USD'),
            ('0190a000-0000-7000-8000-000000000013', '\(workspace)', 3, '\(person)', '\(client)', 700, 800,
                'import', 0, 900, 'hourly', 5000, 'USD'),
            ('0190a000-0000-7000-8000-000000000014', '\(workspace)', 4, '\(person)', '\(client)', 900, NULL,
                'import', 0, NULL, 'hourly', 5000, 'USD');
        INSERT INTO entry_day_totals (workspace_id, day, client_id, project_key, person_id, is_billable,
            entry_count, raw_seconds, rounded_seconds)
        VALUES ('\(workspace)', '1970-01-01', '\(client)', '', '\(person)', 1, 2, 660, 1800);
        INSERT INTO entry_totals (workspace_id, client_id, project_key, person_id, is_billable, entry_count,
            raw_seconds, rounded_seconds)
        VALUES ('\(workspace)', '\(client)', '', '\(person)', 1, 2, 660, 1800);
        """

    @Test("0011 moves each priced, finished, live entry to the totals row of its price")
    func movesPricedEntries() async throws {
        try await withMigratedDatabase(from: "0010 reservations", seed: Self.seeded) { reopened in
            try await reopened.read { db in
                for table in ["entry_day_totals", "entry_totals"] {
                    let rows = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT price_key, entry_count, raw_seconds, rounded_seconds, fixed_minor FROM \(table)
                            ORDER BY price_key
                            """
                    ).map { "'\($0[0] as String)' \($0[1] as Int) \($0[2] as Int) \($0[3] as Int) \($0[4] as Int)" }
                    #expect(rows == ["'' 1 600 900 0", "'fixed USD' 1 60 900 1290"], "\(table)")
                }
            }
        }
    }
}
