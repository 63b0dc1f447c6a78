import AtriumCore
import AtriumStore

/// Who is asking: a person acting in one workspace. Every service method takes one and decides
/// from it what may be seen and done.
public struct Caller: Sendable, Equatable {
    public var workspaceID: ID<Workspace>
    public var personID: ID<Person>
    public var role: PersonRole

    public init(workspaceID: ID<Workspace>, personID: ID<Person>, role: PersonRole) {
        self.workspaceID = workspaceID
        self.personID = personID
        self.role = role
    }

    /// Owners manage the workspace, its clients, projects and rates.
    public var canManageWorkspace: Bool { role == .owner }

    /// Money is the owner's business: rates, amounts and what work bills. Members (other VAs,
    /// subcontractors) see hours; the services leave money out of what they give a member.
    public var seesMoney: Bool { role == .owner }

    /// Whether the caller may see or change `entry`: owners any, members their own.
    public func canTouch(_ entry: TimeEntry) -> Bool {
        role == .owner || entry.personID == personID
    }

    /// The stamp for audited writes made now by this caller.
    func stamp(at instant: Instant) -> AuditStamp { AuditStamp(actorID: personID, at: instant) }

    /// - Throws: ``ServiceError/forbidden(_:)`` unless the caller is an owner.
    func requireOwner(to action: String) throws {
        guard canManageWorkspace else { throw ServiceError.forbidden("Only an owner can \(action).") }
    }
}
