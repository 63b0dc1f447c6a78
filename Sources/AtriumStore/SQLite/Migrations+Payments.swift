extension Migrations {
    /// Payments against issued invoices (a correction is a reversing payment, never an edit) and
    /// credit notes: an invoice of kind `credit_note`, numbered in the same series, that voids the
    /// invoice it credits.
    static let payments = """
        ALTER TABLE invoices ADD COLUMN kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note'));
        ALTER TABLE invoices ADD COLUMN credits_invoice_id TEXT REFERENCES invoices(id);
        DROP INDEX invoices_by_draft;
        CREATE UNIQUE INDEX invoices_by_draft ON invoices(workspace_id, draft_number) WHERE kind = 'invoice';

        CREATE TABLE payments (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            invoice_id TEXT NOT NULL REFERENCES invoices(id),
            amount_minor INTEGER NOT NULL CHECK (amount_minor != 0),
            currency TEXT NOT NULL,
            paid_on TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            reverses_payment_id TEXT REFERENCES payments(id),
            created_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX payments_by_invoice ON payments(invoice_id, paid_on);
        CREATE UNIQUE INDEX payments_reversed_once ON payments(reverses_payment_id) WHERE reverses_payment_id IS NOT NULL;
        """
}
