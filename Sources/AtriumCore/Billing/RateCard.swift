/// Which hourly rate applies to work: the project's, else the client's, else the workspace default
/// when the client bills in the workspace's base currency. (Person, task and entry rates join with billing.)
public struct RateCard: Sendable {
    public var workspaceDefault: Money?

    public init(workspaceDefault: Money?) {
        self.workspaceDefault = workspaceDefault
    }

    /// The hourly rate for `client`'s work on `project`, in the client's currency; nil when none is set.
    public func hourlyRate(client: Client, project: Project?) -> Money? {
        if let rate = project?.rate { return rate }
        if let rate = client.rate { return rate }
        if let rate = workspaceDefault, rate.currency == client.currency { return rate }
        return nil
    }
}
