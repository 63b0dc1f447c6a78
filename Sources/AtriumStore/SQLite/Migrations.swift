import GRDB

/// The SQLite schema, one numbered migration at a time. A migration is never edited once merged;
/// changes come as new migrations.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("0001 foundation") { db in
            try db.execute(sql: foundation)
        }
        migrator.registerMigration("0002 accounts") { db in
            try db.execute(sql: accounts)
            try db.execute(sql: revisions)
            try db.execute(sql: entryTagNames)
        }
        migrator.registerMigration("0003 scheduling") { db in
            try db.execute(sql: scheduling)
        }
        migrator.registerMigration("0004 retainers") { db in
            try db.execute(sql: retainers)
        }
        migrator.registerMigration("0005 imports") { db in
            try db.execute(sql: imports)
        }
        migrator.registerMigration("0006 invoices") { db in
            try db.execute(sql: invoices)
        }
        migrator.registerMigration("0007 payments") { db in
            try db.execute(sql: payments)
        }
        migrator.registerMigration("0008 reminders") { db in
            try db.execute(sql: reminders)
        }
        migrator.registerMigration("0009 rates") { db in
            try db.execute(sql: rates)
        }
        migrator.registerMigration("0010 reservations") { db in
            try db.execute(sql: reservations)
        }
        migrator.registerMigration("0011 priced totals") { db in
            try pricedTotals(db)
        }
        migrator.registerMigration("0012 tasks") { db in
            try tasks(db)
        }
        return migrator
    }

    /// Workspaces, people, clients (every profile field), projects, tags, time entries with
    /// per-day totals, and the audit trail.
    private static let foundation = """
        CREATE TABLE workspaces (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            base_currency TEXT NOT NULL,
            zone TEXT NOT NULL,
            week_start INTEGER NOT NULL CHECK (week_start BETWEEN 1 AND 7),
            default_rate_minor INTEGER,
            audit_head_sequence INTEGER NOT NULL DEFAULT 0,
            audit_head_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE people (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT,
            role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
            zone TEXT NOT NULL,
            language TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX people_by_workspace ON people(workspace_id);

        CREATE TABLE clients (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            legal_name TEXT,
            zone TEXT NOT NULL,
            language TEXT NOT NULL,
            currency TEXT NOT NULL,
            rate_minor INTEGER,
            rounding_mode TEXT NOT NULL DEFAULT 'none',
            rounding_minutes INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'active',
            preferred_channel TEXT,
            response_time_hours INTEGER,
            report_frequency TEXT,
            billing_address TEXT,
            tax_id TEXT,
            notes TEXT NOT NULL DEFAULT '',
            preferences TEXT NOT NULL DEFAULT '',
            follow_up_days INTEGER,
            created_at INTEGER NOT NULL,
            archived_at INTEGER
        ) STRICT;
        CREATE UNIQUE INDEX clients_by_name ON clients(workspace_id, name COLLATE NOCASE);

        CREATE TABLE client_contacts (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT,
            phone TEXT,
            role TEXT,
            is_primary INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX client_contacts_by_client ON client_contacts(client_id);

        CREATE TABLE client_important_dates (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            label TEXT NOT NULL,
            recurs_yearly INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX client_important_dates_by_client ON client_important_dates(client_id);

        CREATE TABLE client_interactions (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            person_id TEXT REFERENCES people(id),
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX client_interactions_by_client ON client_interactions(client_id, at);

        CREATE TABLE working_hours (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT REFERENCES clients(id) ON DELETE CASCADE,
            person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
            end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
            CHECK ((client_id IS NULL) <> (person_id IS NULL))
        ) STRICT;
        CREATE INDEX working_hours_by_client ON working_hours(client_id);

        CREATE TABLE projects (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id),
            name TEXT NOT NULL,
            rate_minor INTEGER,
            budget_seconds INTEGER,
            created_at INTEGER NOT NULL,
            archived_at INTEGER
        ) STRICT;
        CREATE UNIQUE INDEX projects_by_name ON projects(client_id, name COLLATE NOCASE);
        CREATE INDEX projects_by_workspace ON projects(workspace_id);

        CREATE TABLE tags (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            name TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX tags_by_name ON tags(workspace_id, name);

        CREATE TABLE time_entries (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            person_id TEXT NOT NULL REFERENCES people(id),
            client_id TEXT NOT NULL REFERENCES clients(id),
            project_id TEXT REFERENCES projects(id),
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            memo TEXT NOT NULL DEFAULT '',
            is_billable INTEGER NOT NULL DEFAULT 1,
            source TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            deleted_at INTEGER,
            CHECK (ended_at IS NULL OR ended_at >= started_at)
        ) STRICT;
        CREATE UNIQUE INDEX time_entries_by_number ON time_entries(workspace_id, number);
        CREATE INDEX time_entries_by_start ON time_entries(workspace_id, started_at);
        CREATE INDEX time_entries_by_client ON time_entries(client_id, started_at);
        CREATE UNIQUE INDEX time_entries_running ON time_entries(person_id)
            WHERE ended_at IS NULL AND deleted_at IS NULL;
        CREATE INDEX time_entries_long ON time_entries(person_id, started_at)
            WHERE ended_at - started_at > 86400;

        CREATE TABLE time_entry_tags (
            entry_id TEXT NOT NULL REFERENCES time_entries(id) ON DELETE CASCADE,
            tag_id TEXT NOT NULL REFERENCES tags(id),
            workspace_id TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag_id)
        ) STRICT, WITHOUT ROWID;

        -- A cache of finished, live entries summed per day (the start's date in the person's zone);
        -- rebuilt from time_entries whenever a rounding rule changes. project_key is '' for entries
        -- without a project.
        CREATE TABLE entry_day_totals (
            workspace_id TEXT NOT NULL,
            day TEXT NOT NULL,
            client_id TEXT NOT NULL,
            project_key TEXT NOT NULL,
            person_id TEXT NOT NULL,
            is_billable INTEGER NOT NULL,
            entry_count INTEGER NOT NULL,
            raw_seconds INTEGER NOT NULL,
            rounded_seconds INTEGER NOT NULL,
            PRIMARY KEY (workspace_id, day, client_id, project_key, person_id, is_billable)
        ) STRICT, WITHOUT ROWID;

        -- The same sums without the day: what all-time summaries read.
        CREATE TABLE entry_totals (
            workspace_id TEXT NOT NULL,
            client_id TEXT NOT NULL,
            project_key TEXT NOT NULL,
            person_id TEXT NOT NULL,
            is_billable INTEGER NOT NULL,
            entry_count INTEGER NOT NULL,
            raw_seconds INTEGER NOT NULL,
            rounded_seconds INTEGER NOT NULL,
            PRIMARY KEY (workspace_id, client_id, project_key, person_id, is_billable)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE audit_events (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            at INTEGER NOT NULL,
            actor_id TEXT,
            action TEXT NOT NULL,
            entity_kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            summary TEXT NOT NULL,
            before_state TEXT,
            after_state TEXT,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            UNIQUE (workspace_id, sequence)
        ) STRICT;
        CREATE INDEX audit_events_by_entity ON audit_events(workspace_id, entity_kind, entity_id, sequence);
        """

    /// Sign-in for the web app and API: passwords, sessions, failed attempts, API tokens, and the
    /// clients a member is assigned to.
    private static let accounts = """
        CREATE TABLE credentials (
            person_id TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            email TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            changed_at INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX sessions_by_person ON sessions(person_id);

        CREATE TABLE login_failures (
            account TEXT NOT NULL,
            address TEXT NOT NULL,
            at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX login_failures_by_key ON login_failures(account, address, at);

        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            prefix TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            last_used_at INTEGER,
            revoked_at INTEGER
        ) STRICT;
        CREATE INDEX api_tokens_by_person ON api_tokens(person_id);

        CREATE TABLE invites (
            token_hash TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
            client_ids TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            accepted_at INTEGER
        ) STRICT;
        CREATE INDEX invites_by_workspace ON invites(workspace_id);

        CREATE TABLE client_assignments (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, client_id)
        ) STRICT, WITHOUT ROWID;
        """

    /// A workspace's revision counts the changes to what a snapshot holds (its settings, people,
    /// clients, projects and assignments), by triggers, whichever process writes: a server can
    /// keep a snapshot until the revision moves.
    private static let revisions: String = {
        var sql = "ALTER TABLE workspaces ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;\n"
        let bump = "UPDATE workspaces SET revision = revision + 1 WHERE id ="
        for table in ["people", "clients", "projects", "client_assignments"] {
            sql += """
                CREATE TRIGGER \(table)_insert_revision AFTER INSERT ON \(table)
                BEGIN \(bump) NEW.workspace_id; END;
                CREATE TRIGGER \(table)_update_revision AFTER UPDATE ON \(table)
                BEGIN \(bump) NEW.workspace_id; END;
                CREATE TRIGGER \(table)_delete_revision AFTER DELETE ON \(table)
                BEGIN \(bump) OLD.workspace_id; END;

                """
        }
        sql += """
            CREATE TRIGGER workspaces_settings_revision
            AFTER UPDATE OF name, base_currency, zone, week_start, default_rate_minor ON workspaces
            BEGIN \(bump) NEW.id; END;
            """
        return sql
    }()

    /// Each entry's tag names, space-separated and sorted, kept on the entry by the store whenever
    /// its tags are written: listing a month then reads no join per entry. `time_entry_tags` stays
    /// the record of which entries carry a tag.
    private static let entryTagNames = """
        ALTER TABLE time_entries ADD COLUMN tag_names TEXT NOT NULL DEFAULT '';
        UPDATE time_entries SET tag_names = coalesce((
            SELECT group_concat(name, ' ') FROM (
                SELECT t.name FROM time_entry_tags et JOIN tags t ON t.id = et.tag_id
                WHERE et.entry_id = time_entries.id ORDER BY t.name
            )
        ), '');
        """

    /// Meetings and planned blocks (a local start, a recurrence rule, the zone they follow), secret
    /// calendar feed tokens, and working hours counted in the workspace revision so a snapshot
    /// carries them. Working hours that end at or before they start end the next day.
    private static let scheduling = """
        CREATE TABLE schedule_items (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            client_id TEXT REFERENCES clients(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('meeting', 'block')),
            title TEXT NOT NULL,
            anchor TEXT NOT NULL CHECK (anchor IN ('client', 'person', 'utc')),
            start_date TEXT NOT NULL,
            start_second INTEGER NOT NULL CHECK (start_second BETWEEN 0 AND 86399),
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
            rule TEXT,
            exceptions TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            CHECK (anchor <> 'client' OR client_id IS NOT NULL)
        ) STRICT;
        CREATE INDEX schedule_items_by_person ON schedule_items(workspace_id, person_id);

        CREATE TABLE calendar_feeds (
            person_id TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        ) STRICT;

        CREATE INDEX working_hours_by_person ON working_hours(person_id);
        CREATE TRIGGER working_hours_insert_revision AFTER INSERT ON working_hours
        BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.workspace_id; END;
        CREATE TRIGGER working_hours_delete_revision AFTER DELETE ON working_hours
        BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = OLD.workspace_id; END;
        """

    /// A client's retainer: the fee, included hours, period start, rollover and overage rate, from
    /// the date its first period begins. One per client; changing it replaces it.
    private static let retainers = """
        CREATE TABLE retainers (
            client_id TEXT PRIMARY KEY NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            fee_minor INTEGER NOT NULL CHECK (fee_minor >= 0),
            currency TEXT NOT NULL,
            included_seconds INTEGER NOT NULL CHECK (included_seconds >= 0),
            period_start_day INTEGER NOT NULL CHECK (period_start_day BETWEEN 0 AND 31),
            rollover TEXT NOT NULL CHECK (rollover IN ('none', 'capped', 'expiring')),
            rollover_value INTEGER NOT NULL DEFAULT 0,
            overage_rate_minor INTEGER CHECK (overage_rate_minor >= 0),
            starts_on TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) STRICT;
        """
}
