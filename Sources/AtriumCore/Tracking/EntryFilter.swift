/// Which entries of a listed period to keep: those of one client, project or person, or carrying
/// one tag. Unset parts keep everything.
public struct EntryFilter: Sendable, Equatable {
    public var clientID: ID<Client>?
    public var projectID: ID<Project>?
    public var personID: ID<Person>?
    public var tag: TagName?

    public init(
        clientID: ID<Client>? = nil,
        projectID: ID<Project>? = nil,
        personID: ID<Person>? = nil,
        tag: TagName? = nil
    ) {
        self.clientID = clientID
        self.projectID = projectID
        self.personID = personID
        self.tag = tag
    }

    public func matches(_ entry: TimeEntry) -> Bool {
        (clientID.map { $0 == entry.clientID } ?? true) && (projectID.map { $0 == entry.projectID } ?? true)
            && (personID.map { $0 == entry.personID } ?? true) && (tag.map(entry.tags.contains) ?? true)
    }
}
