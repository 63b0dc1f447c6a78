extension Migrations {
    /// Rates that hang on more than one record: a person's hourly rate for one client (between the
    /// project's rate and the client's in the chain), and exchange rates by date into a base currency.
    ///
    /// An exchange rate is kept as the decimal text typed or imported (`0.6512`: one AUD is 0.6512
    /// USD), never as a float.
    static let rates = """
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
        """
}
