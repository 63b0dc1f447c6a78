import AtriumCore
import GRDB

extension SQLiteStore {
    /// A billing table as an export carries it: every column but `workspace_id` (the restore
    /// writes its own), and the order its rows are written in, so exports compare byte for byte.
    struct BillingTable {
        let name: String
        let columns: [String]
        let order: String
    }

    /// The invoice numbering of the workspace row (pattern, counters), carried as a one-row table.
    static let numbering = BillingTable(
        name: "invoice_numbering",
        columns: ["invoice_pattern", "invoice_sequence", "draft_sequence"],
        order: ""
    )

    /// The billing tables, parents first. A column added to one of them must be added here (a test
    /// compares this list with the schema).
    static let billingTables = [
        BillingTable(
            name: "retainers",
            columns: [
                "client_id", "fee_minor", "currency", "included_seconds", "period_start_day", "rollover",
                "rollover_value", "overage_rate_minor", "starts_on", "created_at",
            ],
            order: "client_id"
        ),
        BillingTable(
            name: "retainer_alerts",
            columns: [
                "client_id", "period_start", "period_end", "threshold_basis_points", "used_seconds",
                "available_seconds", "reached_at",
            ],
            order: "client_id, period_start, threshold_basis_points"
        ),
        BillingTable(name: "reminder_schedules", columns: ["client_id", "schedule"], order: "client_id"),
        BillingTable(
            name: "invoices",
            columns: [
                "id", "client_id", "draft_number", "number", "status", "kind", "credits_invoice_id", "currency",
                "period_from", "period_to", "issued_on", "due_on", "terms", "created_at",
            ],
            order: "kind DESC, draft_number, created_at, id"
        ),
        BillingTable(
            name: "invoice_lines",
            columns: [
                "invoice_id", "position", "kind", "description", "quantity", "unit_price_minor", "tax_basis_points",
                "tax_mode",
            ],
            order: "invoice_id, position"
        ),
        BillingTable(
            name: "payments",
            columns: [
                "id", "invoice_id", "amount_minor", "currency", "paid_on", "method", "reference", "reverses_payment_id",
                "created_at",
            ],
            order: "created_at, id"
        ),
        BillingTable(
            name: "prepayment_deductions",
            columns: ["invoice_id", "source_invoice_id", "amount_minor"],
            order: "invoice_id, source_invoice_id"
        ),
        BillingTable(
            name: "entry_reservations",
            columns: ["entry_number", "invoice_draft_number"],
            order: "entry_number"
        ),
    ]

    public func billingRecords(in workspace: ID<Workspace>) async throws -> [RecordTable] {
        try await read { db in
            let counters = try Self.records(
                db,
                sql: "SELECT \(Self.numbering.columns.joined(separator: ", ")) FROM workspaces WHERE id = ?",
                columns: Self.numbering.columns,
                workspace: workspace
            )
            var tables = [RecordTable(name: Self.numbering.name, columns: Self.numbering.columns, rows: counters)]
            for table in Self.billingTables {
                let sql = """
                    SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name)
                    WHERE workspace_id = ? ORDER BY \(table.order)
                    """
                tables.append(
                    RecordTable(
                        name: table.name,
                        columns: table.columns,
                        rows: try Self.records(db, sql: sql, columns: table.columns, workspace: workspace)
                    )
                )
            }
            return tables
        }
    }

    private static func records(_ db: Database, sql: String, columns: [String], workspace: ID<Workspace>) throws
        -> [[String: RecordTable.Value]]
    {
        try Row.fetchAll(db, sql: sql, arguments: [workspace]).map { row in
            var record: [String: RecordTable.Value] = [:]
            for (index, column) in columns.enumerated() {
                record[column] =
                    switch (row[index] as DatabaseValue).storage {
                    case .int64(let integer): .integer(integer)
                    case .string(let text): .text(text)
                    default: .null  // the billing tables hold no reals or blobs
                    }
            }
            return record
        }
    }

    /// Writes the billing records of a restored document into `workspace`, in the caller's
    /// transaction. Only known tables and columns are written; references are checked at commit
    /// (a credit note may come before the invoice it credits).
    ///
    /// - Throws: ``StoreError/conflict(_:)`` naming the table and row that cannot be written.
    static func restoreBillingRecords(_ db: Database, _ tables: [RecordTable], in workspace: ID<Workspace>) throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let known = Dictionary(uniqueKeysWithValues: ([numbering] + billingTables).map { ($0.name, $0) })
        for table in tables {
            guard let definition = known[table.name] else {
                throw StoreError.conflict("billing.\(table.name): not a billing table this Atrium knows.")
            }
            for (index, row) in table.rows.enumerated() {
                let place = "billing.\(table.name)[\(index)]"
                let columns = definition.columns.filter { row[$0] != nil }
                if let unknown = row.keys.first(where: { !definition.columns.contains($0) }) {
                    throw StoreError.conflict("\(place): \(unknown) is not a column of \(table.name).")
                }
                let values: [(any DatabaseValueConvertible)?] = columns.map { column in
                    switch row[column] {
                    case .integer(let value): value
                    case .text(let value): value
                    case .null, nil: nil
                    }
                }
                do {
                    if definition.name == numbering.name {
                        _ = try InvoiceNumberPattern(row["invoice_pattern"]?.text ?? "")
                        try db.execute(
                            sql:
                                "UPDATE workspaces SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                            arguments: StatementArguments(values + [workspace.description])
                        )
                    } else {
                        try db.execute(
                            sql: """
                                INSERT INTO \(table.name) (workspace_id, \(columns.joined(separator: ", ")))
                                VALUES (?\(String(repeating: ", ?", count: columns.count)))
                                """,
                            arguments: StatementArguments([workspace.description] + values)
                        )
                    }
                } catch let error as DatabaseError {
                    throw StoreError.conflict("\(place) cannot be restored: \(error.message ?? "\(error.resultCode)").")
                } catch {
                    let reason = (error as? any UserFacingError)?.userMessage ?? "\(error)"
                    throw StoreError.conflict("\(place) cannot be restored: \(reason)")
                }
            }
        }
        if let broken = try Row.fetchOne(db, sql: "SELECT \"table\", parent FROM pragma_foreign_key_check") {
            throw StoreError.conflict(
                "billing.\(broken[0] as String): a row refers to a \(broken[1] as String) record the document does not hold."
            )
        }
    }
}
