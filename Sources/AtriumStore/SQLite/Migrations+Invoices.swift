extension Migrations {
    /// Invoices: drafts (numbered `INV-DRAFT-n`), issued ones (numbered gaplessly from the workspace's
    /// pattern and counter at issue) and their lines, and the entries each covers. An entry is on at
    /// most one invoice that is not void; issued invoices and their lines are never updated except
    /// to record their voiding.
    static let invoices = """
        ALTER TABLE workspaces ADD COLUMN invoice_pattern TEXT NOT NULL DEFAULT '{YYYY}-{seq:4}';
        ALTER TABLE workspaces ADD COLUMN invoice_sequence INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE workspaces ADD COLUMN draft_sequence INTEGER NOT NULL DEFAULT 0;

        CREATE TABLE invoices (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            client_id TEXT NOT NULL REFERENCES clients(id),
            draft_number INTEGER NOT NULL,
            number TEXT,
            status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'void')),
            currency TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            issued_on TEXT,
            due_on TEXT,
            terms TEXT,
            created_at INTEGER NOT NULL,
            CHECK ((status = 'draft') = (number IS NULL))
        ) STRICT;
        CREATE UNIQUE INDEX invoices_by_number ON invoices(workspace_id, number) WHERE number IS NOT NULL;
        CREATE UNIQUE INDEX invoices_by_draft ON invoices(workspace_id, draft_number);

        CREATE TABLE invoice_lines (
            invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            workspace_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
            tax_basis_points INTEGER NOT NULL CHECK (tax_basis_points BETWEEN 0 AND 10000),
            tax_mode TEXT NOT NULL,
            PRIMARY KEY (invoice_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE invoice_entries (
            entry_id TEXT NOT NULL REFERENCES time_entries(id),
            invoice_id TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            workspace_id TEXT NOT NULL,
            PRIMARY KEY (entry_id, invoice_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX invoice_entries_by_invoice ON invoice_entries(invoice_id);
        """
}
