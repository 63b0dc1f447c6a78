import AtriumCore
import AtriumStore

extension Directory {
    /// The directory as `caller` may be shown it: without rates (the workspace's default, clients',
    /// projects', tasks' and people's) for a member, who does not see money (``Caller/seesMoney``). Only
    /// for showing: pricing reads the whole directory.
    func shown(to caller: Caller) -> Directory {
        guard !caller.seesMoney else { return self }
        return Directory(
            snapshot.withoutRates(),
            person: person,
            assignedClientIDs: assignedClientIDs,
            caller: self.caller,
            ratesRemoved: true
        )
    }
}
