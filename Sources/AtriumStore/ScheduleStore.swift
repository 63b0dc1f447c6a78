import AtriumCore

/// Whose working hours: a client's or a person's.
public enum HoursOwner: Sendable, Equatable {
    case client(ID<Client>)
    case person(ID<Person>)
}

/// Working hours, meetings, planned blocks and calendar feeds.
public protocol ScheduleStore: Sendable {
    /// Replaces the working hours of a client or person (``WeeklyHours/none`` clears them).
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a client or person of another workspace.
    func setWorkingHours(_ hours: WeeklyHours, of owner: HoursOwner, in workspace: ID<Workspace>) async throws
    /// Stores a new meeting or block.
    func insertScheduleItem(_ item: ScheduleItem) async throws
    /// Stores several meetings or blocks in one transaction: all or none.
    func insertScheduleItems(_ items: [ScheduleItem]) async throws
    /// The workspace's meetings and blocks, of one person or everyone, oldest first.
    func scheduleItems(of person: ID<Person>?, in workspace: ID<Workspace>) async throws -> [ScheduleItem]
    /// Applies `change` to the item and stores it.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for an item of another workspace.
    func updateScheduleItem(
        _ id: ID<ScheduleItem>,
        in workspace: ID<Workspace>,
        _ change: @Sendable (inout ScheduleItem) throws -> Void
    ) async throws -> ScheduleItem
    /// Deletes a meeting or block.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for an item of another workspace.
    func deleteScheduleItem(_ id: ID<ScheduleItem>, in workspace: ID<Workspace>) async throws
    /// Gives the person a calendar feed with this secret's hash, replacing any earlier one.
    func replaceCalendarFeed(of person: ID<Person>, in workspace: ID<Workspace>, tokenHash: String, at instant: Instant)
        async throws
    /// When the person's calendar feed was created, or nil when they have none.
    func calendarFeedCreated(of person: ID<Person>) async throws -> Instant?
    /// Removes the person's calendar feed; its URL stops working.
    func deleteCalendarFeed(of person: ID<Person>) async throws
    /// Whose calendar feed has this secret's hash.
    func calendarFeedOwner(tokenHash: String) async throws -> (workspace: ID<Workspace>, person: ID<Person>)?
}
