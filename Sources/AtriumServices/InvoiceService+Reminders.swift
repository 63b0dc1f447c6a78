import AtriumCore
import AtriumStore

extension InvoiceService {
    /// One reminder of an unpaid invoice, due on `date`.
    public struct Reminder: Sendable, Equatable {
        public var invoice: String
        public var client: String
        public var date: LocalDate
        /// Days from the due date: negative before it.
        public var daysFromDue: Int
        public var owed: Money
    }

    /// Sets the reminder schedule of the workspace, or of `clientName` (owners). `none` turns them off.
    /// Returns the schedule and the client it was set for (nil: the workspace).
    ///
    /// - Throws: ``InvalidInput`` on `schedule` for a bad schedule.
    public func setReminders(_ text: String, client clientName: String?, as caller: Caller) async throws
        -> (schedule: ReminderSchedule, client: Client?)
    {
        try caller.requireOwner(to: "set reminders")
        let schedule = try ReminderSchedule(text)
        var client: Client?
        if let clientName {
            let directory = try await Directory.load(store, for: caller)
            client = try attributing(to: "client") { try directory.client(named: clientName) }
        }
        try await store.setReminderSchedule(schedule, client: client?.id, in: caller.workspaceID)
        return (schedule, client)
    }

    /// The reminders of issued, unpaid invoices falling in the `days` days from today (on each
    /// client's calendar), soonest first. Each client's own schedule, else the workspace's, else
    /// ``ReminderSchedule/standard``.
    public func reminders(days: Int, as caller: Caller) async throws -> [Reminder] {
        let schedules = try await store.reminderSchedules(in: caller.workspaceID)
        var found: [Reminder] = []
        for shown in try await list(overdueOnly: false, as: caller) {
            let invoice = shown.invoice
            guard invoice.kind == .invoice, invoice.status == .issued, let due = invoice.dueOn, shown.balance.due > 0
            else { continue }
            let schedule = schedules.clients[invoice.clientID] ?? schedules.workspace ?? .standard
            let today = shown.client.zone.localDate(at: now())
            let window = today...today.adding(days: max(0, days))
            for offset in schedule.offsets where window.contains(due.adding(days: offset)) {
                found.append(
                    Reminder(
                        invoice: invoice.reference,
                        client: shown.client.name,
                        date: due.adding(days: offset),
                        daysFromDue: offset,
                        owed: Money(minorUnits: shown.balance.due, currency: invoice.currency)
                    )
                )
            }
        }
        return found.sorted { ($0.date, $0.invoice) < ($1.date, $1.invoice) }
    }
}
