import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// Working hours, meetings, blocks and calendar feeds in a real SQLite file.
@Suite struct ScheduleStoreTests {
    func item(_ fixture: Fixture, client: Client) throws -> ScheduleItem {
        ScheduleItem(
            workspaceID: fixture.owner.workspaceID,
            personID: fixture.owner.personID,
            clientID: client.id,
            kind: .meeting,
            title: "Weekly check-in",
            anchor: .client,
            startDate: LocalDate(year: 2026, month: 11, day: 24)!,
            startTime: LocalTime(hour: 9, minute: 0)!,
            durationMinutes: 30,
            recurrence: try Recurrence.parse(rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;UNTIL=20271231"),
            exceptions: [LocalDate(year: 2027, month: 1, day: 29)!],
            createdAt: fixture.clock.now
        )
    }

    @Test("Meetings, blocks and working hours come back exactly as stored")
    func roundTrip() async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let meeting = try item(fixture, client: client)
            try await fixture.store.insertScheduleItem(meeting)
            #expect(
                try await fixture.store.scheduleItems(of: fixture.owner.personID, in: fixture.owner.workspaceID) == [
                    meeting
                ]
            )
            let skipped = LocalDate(year: 2027, month: 3, day: 26)!
            let updated = try await fixture.store.updateScheduleItem(meeting.id, in: fixture.owner.workspaceID) {
                $0.exceptions.append(skipped)
                $0.title = "Bi-monthly review"
            }
            #expect(try await fixture.store.scheduleItems(of: nil, in: fixture.owner.workspaceID) == [updated])

            let hours = try WeeklyHours.parse("Mon-Thu 08:00-12:00,13:00-17:00; Sat 22:00-02:00+1")
            try await fixture.store.setWorkingHours(hours, of: .client(client.id), in: fixture.owner.workspaceID)
            try await fixture.store.setWorkingHours(
                .none,
                of: .person(fixture.owner.personID),
                in: fixture.owner.workspaceID
            )
            let snapshot = try await fixture.store.snapshot(of: fixture.owner.workspaceID)
            #expect(snapshot.clientHours[client.id] == hours)
            #expect(snapshot.personHours[fixture.owner.personID] == nil)
            // A change of hours moves the revision, so a kept snapshot is not served stale.
            try await fixture.store.setWorkingHours(.none, of: .client(client.id), in: fixture.owner.workspaceID)
            #expect(try await fixture.store.snapshot(of: fixture.owner.workspaceID).clientHours[client.id] == nil)

            try await fixture.store.deleteScheduleItem(meeting.id, in: fixture.owner.workspaceID)
            #expect(try await fixture.store.scheduleItems(of: nil, in: fixture.owner.workspaceID).isEmpty)
        }
    }

    @Test("Another workspace in the same file does not find this one's meetings, clients or people")
    func scoping() async throws {
        try await withFixture { fixture in
            let client = try await fixture.client("Acme Realty")
            let meeting = try item(fixture, client: client)
            try await fixture.store.insertScheduleItem(meeting)
            let instant = fixture.clock.now
            let other = Workspace(name: "Other VA", baseCurrency: .usd, zone: .utc, createdAt: instant)
            let person = Person(
                workspaceID: other.id,
                name: "Other",
                role: .owner,
                zone: .utc,
                language: .english,
                createdAt: instant
            )
            try await fixture.store.createWorkspace(
                other,
                owner: person,
                stamp: AuditStamp(actorID: person.id, at: instant)
            )
            await #expect(throws: StoreError.self) {
                try await fixture.store.updateScheduleItem(meeting.id, in: other.id) { $0.title = "x" }
            }
            await #expect(throws: StoreError.self) {
                try await fixture.store.deleteScheduleItem(meeting.id, in: other.id)
            }
            await #expect(throws: StoreError.self) {
                try await fixture.store.setWorkingHours(.none, of: .client(client.id), in: other.id)
            }
            await #expect(throws: StoreError.self) {
                try await fixture.store.setWorkingHours(.none, of: .person(fixture.owner.personID), in: other.id)
            }
            var foreign = meeting
            foreign.id = ID()
            foreign.workspaceID = other.id
            foreign.personID = person.id
            await #expect(throws: StoreError.self) { try await fixture.store.insertScheduleItem(foreign) }
            #expect(try await fixture.store.scheduleItems(of: nil, in: other.id).isEmpty)
            #expect(try await fixture.store.scheduleItems(of: nil, in: fixture.owner.workspaceID) == [meeting])
        }
    }
}
