extension Migrations {
    /// Entries brought in from other tools: the price the tool recorded (kept so history bills as it
    /// did) and the key that finds the entry again when the same file is imported twice.
    ///
    /// `price_kind` is `hourly` (a rate) or `fixed` (an amount for the entry); its minor units are
    /// in `price_currency`. `import_key` is the format and the row's own id or content hash.
    static let imports = """
        ALTER TABLE time_entries ADD COLUMN price_kind TEXT CHECK (price_kind IN ('hourly', 'fixed'));
        ALTER TABLE time_entries ADD COLUMN price_minor INTEGER;
        ALTER TABLE time_entries ADD COLUMN price_currency TEXT;
        ALTER TABLE time_entries ADD COLUMN import_key TEXT;
        CREATE UNIQUE INDEX time_entries_by_import_key ON time_entries(workspace_id, import_key)
            WHERE import_key IS NOT NULL;
        """
}
