import AtriumCore
import AtriumTestSupport
import Foundation
import GRDB
import Testing

@testable import AtriumStore

@Suite struct MigrationTests {
    @Test("An empty file is migrated to the full schema, in WAL mode with foreign keys and STRICT tables")
    func migratesFromEmpty() async throws {
        try await withFreshSchema { queue, _ in
            try await queue.read { db in
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                #expect(
                    migrations == [
                        "0001 foundation", "0002 accounts", "0003 scheduling", "0004 retainers", "0005 imports",
                        "0006 invoices", "0007 payments", "0008 reminders", "0009 rates", "0010 reservations",
                        "0011 priced totals", "0012 tasks",
                    ]
                )
                #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
                let tables = try Row.fetchAll(
                    db,
                    sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%'"
                )
                let names = Set(tables.map { $0["name"] as String })
                #expect(
                    names.isSuperset(of: [
                        "workspaces", "people", "clients", "client_contacts", "projects", "tags", "time_entries",
                        "time_entry_tags", "entry_day_totals", "audit_events", "working_hours",
                        "client_important_dates", "client_interactions", "entry_totals", "credentials", "sessions",
                        "login_failures", "api_tokens", "client_assignments", "schedule_items", "calendar_feeds",
                        "retainers", "person_rates", "exchange_rates", "retainer_alerts", "entry_reservations",
                    ])
                )
                for table in tables {
                    let sql: String = table["sql"]
                    #expect(sql.contains("STRICT"), "\(table["name"] as String) is not STRICT")
                }
            }
        }
    }

    /// `login_failures` is the one exception: a failed sign-in names an email, which may belong to no
    /// workspace at all.
    @Test("Every table but workspaces and login_failures carries a workspace_id")
    func everyRowBelongsToAWorkspace() async throws {
        try await withFreshSchema { queue, path in
            try await queue.read { db in
                let tables = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master
                        WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%' AND name NOT IN ('workspaces', 'login_failures')
                        """
                )
                #expect(!tables.isEmpty)
                for table in tables {
                    let columns = try db.columns(in: table).map(\.name)
                    #expect(columns.contains("workspace_id"), "\(table) has no workspace_id")
                }
            }
        }
    }

    @Test("Foreign keys are enforced")
    func foreignKeysAreOn() async throws {
        try await withFixture { fixture in
            let queue = try DatabasePool(path: fixture.directory.file("atrium.sqlite"))
            await #expect(throws: DatabaseError.self) {
                try await queue.write { db in
                    try db.execute(
                        sql: """
                            INSERT INTO projects (id, workspace_id, client_id, name, created_at)
                            VALUES ('00000000-0000-0000-0000-000000000001', ?, '00000000-0000-0000-0000-000000000002', 'x', 0)
                            """,
                        arguments: [fixture.owner.workspaceID.description]
                    )
                }
            }
        }
    }

    @Test("A database written by a newer Atrium is refused and left unchanged")
    func newerSchemaIsRefused() async throws {
        try await withFreshSchema { queue, path in
            try await queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0099 from the future')")
            }
            let before = try await contents(of: queue)
            #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["0099 from the future"])) {
                _ = try SQLiteStore.open(at: path)
            }
            #expect(try await contents(of: queue) == before)
        }
    }

    /// Every row of every table, as text: what "unchanged" means for a database.
    private func contents(of queue: DatabaseQueue) async throws -> String {
        try await queue.read { db in
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            return try tables.map { table in
                "\(table): "
                    + (try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map(\.description).joined(separator: ";"))
            }.joined(separator: "\n")
        }
    }

    @Test("A file that is not a database is reported as unreadable, not crashed on")
    func garbageIsUnreadable() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.file("atrium.sqlite")
            try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.unreadable(path: path, reason: "not a database, or damaged")) {
                _ = try SQLiteStore.open(at: path)
            }
        }
    }

    @Test("A folder that does not exist cannot hold the database")
    func missingFolderIsNotWritable() throws {
        let path = "/nonexistent-\(UUID().uuidString)/atrium.sqlite"
        #expect {
            _ = try SQLiteStore.open(at: path)
        } throws: { error in
            guard case .notWritable(let reported, _) = error as? StoreError else { return false }
            return reported == path
        }
    }
}

/// What 0002 does to a database that already holds entries (0001 shipped).
@Suite struct AccountsMigrationTests {
    @Test("0002 copies each entry's tags onto the entry, sorted")
    func backfillsTagNames() async throws {
        let seed =
            seededEntries + """
                INSERT INTO tags (id, workspace_id, name) VALUES ('t1', 'w', 'writing'), ('t2', 'w', 'email');
                INSERT INTO time_entry_tags (entry_id, tag_id, workspace_id) VALUES ('e1', 't1', 'w'), ('e1', 't2', 'w');
                """
        try await withMigratedDatabase(from: "0001 foundation", seed: seed) { reopened in
            let names = try await reopened.read { db in
                try String.fetchAll(db, sql: "SELECT tag_names FROM time_entries ORDER BY number")
            }
            #expect(names == ["email writing", ""])
        }
    }
}

/// What 0009 does to a database that already holds invoices (0008 shipped).
@Suite struct RatesMigrationTests {
    @Test(
        "0009 keeps every invoice's entries, gives clients the default line and rounding choices, and rebuilds the client index"
    )
    func keepsInvoiceEntries() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.file("atrium.sqlite")
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: "0008 reminders")
            try await queue.write { db in
                try db.execute(
                    sql: seededEntries + """
                        INSERT INTO invoices (id, workspace_id, client_id, draft_number, status, currency, period_from,
                            period_to, created_at) VALUES ('i', 'w', 'c', 1, 'draft', 'USD', '2026-11-01', '2026-11-30', 0);
                        INSERT INTO invoice_entries (entry_id, invoice_id, workspace_id) VALUES ('e1', 'i', 'w'), ('e2', 'i', 'w');
                        """
                )
            }
            try Migrations.migrator.migrate(queue, upTo: "0009 rates")
            try await queue.read { db in
                #expect(
                    try String.fetchAll(db, sql: "SELECT entry_id FROM invoice_entries ORDER BY entry_id") == [
                        "e1", "e2",
                    ]
                )
                #expect(
                    try String.fetchAll(db, sql: "SELECT rounding_scope || ' ' || time_lines FROM clients") == [
                        "entry project"
                    ]
                )
                let index = try String.fetchOne(
                    db,
                    sql: "SELECT sql FROM sqlite_master WHERE name = 'time_entries_by_client'"
                )
                #expect(index?.contains("ended_at, is_billable, deleted_at") == true)
                #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            }
        }
    }

    @Test("0010 keeps the reservations of live invoices by entry number, forgets void ones and drops invoice_entries")
    func keepsLiveReservations() async throws {
        let seed =
            seededEntries + """
                INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, started_at, ended_at,
                    source, created_at) VALUES ('e3', 'w', 3, 'p', 'c', 120, 180, 'manual', 0);
                INSERT INTO invoices (id, workspace_id, client_id, draft_number, number, status, currency,
                    period_from, period_to, created_at) VALUES
                    ('i1', 'w', 'c', 1, NULL, 'draft', 'USD', '2026-11-01', '2026-11-30', 0),
                    ('i2', 'w', 'c', 2, '2026-0001', 'void', 'USD', '2026-10-01', '2026-10-31', 0),
                    ('i3', 'w', 'c', 3, '2026-0002', 'issued', 'USD', '2026-10-01', '2026-10-31', 0);
                INSERT INTO invoice_entries (entry_id, invoice_id, workspace_id) VALUES
                    ('e1', 'i1', 'w'), ('e2', 'i2', 'w'), ('e2', 'i3', 'w'), ('e3', 'i2', 'w');
                """
        try await withMigratedDatabase(from: "0009 rates", seed: seed) { reopened in
            try await reopened.read { db in
                let held = try Row.fetchAll(
                    db,
                    sql: "SELECT entry_number, invoice_draft_number FROM entry_reservations ORDER BY entry_number"
                ).map { "#\($0[0] as Int) on \($0[1] as Int)" }
                #expect(held == ["#1 on 1", "#2 on 3"])
                #expect(
                    try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'invoice_entries'")
                        == false
                )
            }
        }
    }
}

/// What 0011 and 0012 do to a database of 0010 (shipped) with kept totals and a priced entry.
@Suite struct TasksMigrationTests {
    @Test("0011 and 0012 keep every total, move the priced entry to its price, and let clients bill per task")
    func keepsTotals() async throws {
        // Ids are UUIDs here: 0011 reads the entries as the store does.
        let (w, p, c) = (UUID().uuidString.lowercased(), UUID().uuidString.lowercased(), UUID().uuidString.lowercased())
        let (e1, e2) = (UUID().uuidString.lowercased(), UUID().uuidString.lowercased())
        let seed = """
            INSERT INTO workspaces (id, name, base_currency, zone, week_start, audit_head_hash, created_at)
            VALUES ('\(w)', 'VA', 'USD', 'UTC', 1, '', 0);
            INSERT INTO people (id, workspace_id, name, role, zone, language, created_at)
            VALUES ('\(p)', '\(w)', 'Maria', 'owner', 'UTC', 'en', 0);
            INSERT INTO clients (id, workspace_id, name, zone, language, currency, created_at)
            VALUES ('\(c)', '\(w)', 'Acme', 'UTC', 'en', 'USD', 0);
            INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, started_at, ended_at,
                source, created_at, price_kind, price_minor, price_currency)
            VALUES ('\(e1)', '\(w)', 1, '\(p)', '\(c)', 0, 60, 'manual', 0, 'hourly', 5000, 'USD'),
                ('\(e2)', '\(w)', 2, '\(p)', '\(c)', 60, 120, 'manual', 0, NULL, NULL, NULL);
            INSERT INTO entry_day_totals (workspace_id, day, client_id, project_key, person_id, is_billable,
                entry_count, raw_seconds, rounded_seconds) VALUES ('\(w)', '1970-01-01', '\(c)', '', '\(p)', 1, 2, 120, 120);
            INSERT INTO entry_totals (workspace_id, client_id, project_key, person_id, is_billable, entry_count,
                raw_seconds, rounded_seconds) VALUES ('\(w)', '\(c)', '', '\(p)', 1, 2, 120, 120);
            """
        try await withMigratedDatabase(from: "0010 reservations", seed: seed) { reopened in
            try await reopened.write { db in
                for table in ["entry_day_totals", "entry_totals"] {
                    let rows = try Row.fetchAll(
                        db,
                        sql: "SELECT task_key, price_key, entry_count, raw_seconds FROM \(table) ORDER BY price_key"
                    ).map { "\($0[0] as String)|\($0[1] as String)|\($0[2] as Int)|\($0[3] as Int)" }
                    #expect(rows.count == 2)
                    #expect(rows.first == "||1|60")
                    #expect(rows.last?.hasPrefix("|hourly") == true)
                    #expect(rows.last?.hasSuffix("|1|60") == true)
                }
                #expect(
                    try Bool.fetchOne(db, sql: "SELECT count(*) = 2 FROM time_entries WHERE task_id IS NULL") == true
                )
                try db.execute(sql: "UPDATE clients SET time_lines = 'task'")
                #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE clients SET time_lines = 'person'") }
                #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
                #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            }
        }
    }
}

/// The export's list of billing columns against the schema.
@Suite struct BillingColumnsTests {
    @Test("Every column of the billing tables is exported (a new column must join the export's list)")
    func everyColumn() async throws {
        try await withFreshSchema { queue, _ in
            try await queue.read { db in
                for table in SQLiteStore.billingTables {
                    let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.name))").map {
                        $0["name"] as String
                    }
                    #expect(!columns.isEmpty, "\(table.name) is a table")
                    #expect(Set(columns.filter { $0 != "workspace_id" }) == Set(table.columns), "\(table.name)")
                }
                let workspace = try Row.fetchAll(db, sql: "PRAGMA table_info(workspaces)").map { $0["name"] as String }
                #expect(Set(SQLiteStore.numbering.columns).isSubset(of: Set(workspace)))
                let billing = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'table'
                        AND (name LIKE '%invoice%' OR name LIKE '%retainer%' OR name LIKE '%payment%'
                            OR name LIKE '%reminder%' OR name LIKE '%reservation%')
                        """
                )
                #expect(Set(billing) == Set(SQLiteStore.billingTables.map(\.name)), "every billing table is exported")
            }
        }
    }
}

/// A workspace, its owner, a client and two entries (`e1`, `e2`), in the columns of 0001: what the
/// migration tests start from.
private let seededEntries = """
    INSERT INTO workspaces (id, name, base_currency, zone, week_start, audit_head_hash, created_at)
    VALUES ('w', 'VA', 'USD', 'UTC', 1, '', 0);
    INSERT INTO people (id, workspace_id, name, role, zone, language, created_at)
    VALUES ('p', 'w', 'Maria', 'owner', 'UTC', 'en', 0);
    INSERT INTO clients (id, workspace_id, name, zone, language, currency, created_at)
    VALUES ('c', 'w', 'Acme', 'UTC', 'en', 'USD', 0);
    INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, started_at, ended_at,
        source, created_at) VALUES ('e1', 'w', 1, 'p', 'c', 0, 60, 'manual', 0),
        ('e2', 'w', 2, 'p', 'c', 60, 120, 'manual', 0);

    """
