extension Migrations {
    /// Which invoice holds an entry: a row of `entry_reservations` keyed by the entry's number in its
    /// workspace (numbers are given in the order entries are made, so a month's entries have
    /// neighbouring numbers), naming the invoice by its draft number (an invoice keeps it when issued).
    ///
    /// It replaces `invoice_entries`, keyed by the entry's random id: a draft of 5,000 entries wrote
    /// 5,000 rows scattered over nearly every page of that table (11 MB of write-ahead log for half a
    /// megabyte of rows, all of it synced again at the next checkpoint). Now they are written side by
    /// side: about 300 KB. (Marking the entries' own rows would rewrite every page holding them, four
    /// times as much.)
    ///
    /// Only an invoice that is not void holds entries: voiding or discarding deletes its rows, so the
    /// entries are free to bill again. The migration keeps the reservations of live invoices and
    /// forgets those of void ones, as the old queries did.
    static let reservations = """
        CREATE TABLE entry_reservations (
            workspace_id TEXT NOT NULL,
            entry_number INTEGER NOT NULL,
            invoice_draft_number INTEGER NOT NULL,
            PRIMARY KEY (workspace_id, entry_number)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX entry_reservations_by_invoice ON entry_reservations(invoice_draft_number);
        INSERT INTO entry_reservations (workspace_id, entry_number, invoice_draft_number)
            SELECT e.workspace_id, e.number, i.draft_number
            FROM invoice_entries ie
            JOIN invoices i ON i.id = ie.invoice_id
            JOIN time_entries e ON e.id = ie.entry_id
            WHERE i.status != 'void' AND i.kind = 'invoice';
        DROP TABLE invoice_entries;
        """
}
