extension Migrations {
    /// Billing records that came with rates, deposits and retainer alerts, and each client's choice
    /// of invoice lines (per project or per entry) and of where rounding applies (per entry or per
    /// line): a person's hourly rate
    /// for one client (between the project's rate and the client's in the chain), exchange rates by
    /// date into a base currency, retainer alerts and prepayment deductions.
    ///
    /// The workspace gets the details its invoices carry (address, tax number, how to pay); a change
    /// moves the revision like its other settings.
    ///
    /// `invoice_entries` loses its index by invoice and its foreign key to the entry: every lookup is
    /// by entry (is it billed?), entries are never deleted (only marked so), and a draft's 5,000
    /// reservations were most of its writing (a draft's commit wrote two B-trees of them, and each row
    /// looked its entry up). Deleting a draft now scans the table once, which is rare.
    ///
    /// The client index of time entries now covers what a retainer counts (start, end, billable,
    /// deleted): a client's spans are read from the index alone, not from rows scattered among every
    /// other client's (a year of one client on a 1M-entry store: 24 ms → 5 ms).
    ///
    /// A prepayment deduction records which earlier invoice's money (a paid deposit, an
    /// overpayment) a later invoice's `prepayment` line deducts, and how much.
    ///
    /// A retainer alert is recorded once per client, period and threshold (75, 90, 100 % of the
    /// period's hours), when Atrium first sees it reached; sending it comes with email.
    ///
    /// An exchange rate is kept as the decimal text typed or imported (`0.6512`: one AUD is 0.6512
    /// USD), never as a float.
    static let rates = """
        ALTER TABLE workspaces ADD COLUMN invoice_details TEXT NOT NULL DEFAULT '';
        DROP TRIGGER workspaces_settings_revision;
        CREATE TRIGGER workspaces_settings_revision
        AFTER UPDATE OF name, base_currency, zone, week_start, default_rate_minor, invoice_details ON workspaces
        BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.id; END;

        CREATE TABLE invoice_entries_new (
            entry_id TEXT NOT NULL,
            invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            workspace_id TEXT NOT NULL,
            PRIMARY KEY (entry_id, invoice_id)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO invoice_entries_new (entry_id, invoice_id, workspace_id)
            SELECT entry_id, invoice_id, workspace_id FROM invoice_entries;
        DROP TABLE invoice_entries;
        ALTER TABLE invoice_entries_new RENAME TO invoice_entries;

        DROP INDEX time_entries_by_client;
        CREATE INDEX time_entries_by_client ON time_entries(client_id, started_at, ended_at, is_billable, deleted_at);
        ALTER TABLE clients ADD COLUMN rounding_scope TEXT NOT NULL DEFAULT 'entry'
            CHECK (rounding_scope IN ('entry', 'line'));
        ALTER TABLE clients ADD COLUMN time_lines TEXT NOT NULL DEFAULT 'project'
            CHECK (time_lines IN ('project', 'entry'));

        CREATE TABLE person_rates (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            rate_minor INTEGER NOT NULL CHECK (rate_minor >= 0),
            currency TEXT NOT NULL,
            PRIMARY KEY (client_id, person_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX person_rates_by_workspace ON person_rates(workspace_id);
        CREATE TRIGGER person_rates_insert_revision AFTER INSERT ON person_rates
        BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.workspace_id; END;
        CREATE TRIGGER person_rates_update_revision AFTER UPDATE ON person_rates
        BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = NEW.workspace_id; END;
        CREATE TRIGGER person_rates_delete_revision AFTER DELETE ON person_rates
        BEGIN UPDATE workspaces SET revision = revision + 1 WHERE id = OLD.workspace_id; END;

        CREATE TABLE exchange_rates (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            currency TEXT NOT NULL,
            base_currency TEXT NOT NULL,
            on_date TEXT NOT NULL,
            rate TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (workspace_id, currency, base_currency, on_date)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE retainer_alerts (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            threshold_basis_points INTEGER NOT NULL CHECK (threshold_basis_points > 0),
            used_seconds INTEGER NOT NULL,
            available_seconds INTEGER NOT NULL,
            reached_at INTEGER NOT NULL,
            PRIMARY KEY (client_id, period_start, threshold_basis_points)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX retainer_alerts_by_workspace ON retainer_alerts(workspace_id, reached_at);

        CREATE TABLE prepayment_deductions (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            source_invoice_id TEXT NOT NULL REFERENCES invoices(id),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            PRIMARY KEY (invoice_id, source_invoice_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX prepayment_deductions_by_source ON prepayment_deductions(source_invoice_id);
        """
}
