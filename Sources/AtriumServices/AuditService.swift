import AtriumCore
import AtriumStore

/// Checking the tamper-evident audit trail.
public struct AuditService: Sendable {
    let store: any AtriumStore

    public init(store: any AtriumStore) {
        self.store = store
    }

    /// Recomputes the workspace's chain, then checks that every time entry is in the state its
    /// latest audit record describes.
    ///
    /// - Returns: ``AuditVerification/intact(_:)`` with the last link, or the first problem found.
    public func verify(as caller: Caller) async throws -> AuditReport {
        try caller.requireOwner(to: "verify the audit trail")
        let head = try await store.auditHead(of: caller.workspaceID)
        let chain = try await store.foldAuditRecords(
            in: caller.workspaceID,
            into: ChainCheck()
        ) { check, record in
            if let problem = check.verifier.check(record) {
                check.problem = problem
                return false
            }
            return true
        }
        if let problem = chain.problem { return AuditReport(verification: .broken(problem), entriesChecked: 0) }
        let ending = chain.verifier.finish(head: head)
        guard case .intact = ending else { return AuditReport(verification: ending, entriesChecked: 0) }
        let entries = try await store.foldEntriesWithAuditedState(
            in: caller.workspaceID,
            into: EntryCheck()
        ) { check, entry, state in
            check.count += 1
            check.problem = AuditVerifier.check(entry, auditedState: state)
            return check.problem == nil
        }
        if let problem = entries.problem {
            return AuditReport(verification: .broken(problem), entriesChecked: entries.count)
        }
        return AuditReport(verification: ending, entriesChecked: entries.count)
    }

    /// The latest audit records, newest first.
    public func recent(limit: Int, as caller: Caller) async throws -> [AuditRecord] {
        try caller.requireOwner(to: "read the audit trail")
        return try await store.recentAuditRecords(in: caller.workspaceID, limit: limit)
    }

    private struct ChainCheck: Sendable {
        var verifier = AuditVerifier()
        var problem: AuditBreak?
    }

    private struct EntryCheck: Sendable {
        var count = 0
        var problem: AuditBreak?
    }
}

/// The outcome of `audit verify`.
public struct AuditReport: Sendable {
    public var verification: AuditVerification
    /// How many time entries were compared with their audited state.
    public var entriesChecked: Int
}
