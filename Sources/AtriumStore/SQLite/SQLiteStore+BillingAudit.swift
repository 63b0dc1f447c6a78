import AtriumCore
import GRDB

extension SQLiteStore {
    /// Runs `sql` (an insert or update of a named record), turning a refusal by a unique index into
    /// ``StoreError/conflict(_:)`` saying `conflict`.
    static func runNamed(_ db: Database, _ sql: String, arguments: StatementArguments, conflict: () -> String) throws {
        do {
            try db.run(sql, arguments: arguments)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.conflict(conflict())
        }
    }

    /// Appends the audit record of a billing record made or changed (a client's, project's or
    /// task's name, rate and rounding): `created` with no state before, `rateChanged` or `roundingChanged` with both.
    static func auditBilling(
        _ db: Database,
        _ action: AuditAction,
        of entity: AuditEntity,
        in workspace: ID<Workspace>,
        summary: String,
        before: AuditState.Billing?,
        after: AuditState.Billing,
        stamp: AuditStamp
    ) throws {
        try appendAudit(
            db,
            workspace: workspace,
            AuditDraft(
                at: stamp.at,
                actorID: stamp.actorID,
                action: action,
                entity: entity,
                summary: summary,
                before: before.map(AuditState.json),
                after: AuditState.json(after)
            )
        )
    }
}
