import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

@Suite struct EntryServiceTests {
    private func add(_ fixture: Fixture, _ input: EntryInput) async throws -> EntryService.Outcome {
        try await fixture.services.entries.add(input, as: fixture.owner)
    }

    @Test("A manual entry on yesterday's date is stored in UTC and read back in the person's zone")
    func manualEntry() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            let outcome = try await add(
                fixture,
                EntryInput(target: "acme", date: "yesterday", from: "14:00", to: "15:30", memo: "Inbox triage")
            )
            #expect(
                outcome.entry.start
                    == LocalDateTime(
                        date: LocalDate(year: 2026, month: 11, day: 22)!,
                        time: LocalTime(hour: 14, minute: 0)!
                    )
            )
            // Mexico City is UTC−6 in November.
            #expect(outcome.entry.entry.start.iso8601 == "2026-11-22T20:00:00Z")
            #expect(outcome.entry.duration == .minutes(90))
            #expect(outcome.entry.entry.source == .manual)
        }
    }

    @Test("Overlapping an entry is refused, naming it; --allow-overlap keeps both")
    func overlapRefused() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await add(fixture, EntryInput(target: "acme", from: "09:00", to: "10:00"))
            await #expect {
                _ = try await add(fixture, EntryInput(target: "acme", from: "09:30", to: "10:30"))
            } throws: { error in
                guard case .overlaps(let others) = error as? EntryError else { return false }
                return others.map(\.number) == [1] && others[0].text.contains("2026-11-23 09:00")
            }
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).count == 1)
            var allowed = EntryInput(target: "acme", from: "09:30", to: "10:30")
            allowed.allowsOverlap = true
            _ = try await add(fixture, allowed)
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).count == 2)
        }
    }

    @Test("Entries that only touch do not overlap")
    func touchingIsFine() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await add(fixture, EntryInput(target: "acme", from: "09:00", to: "10:00"))
            _ = try await add(fixture, EntryInput(target: "acme", from: "10:00", to: "11:00"))
        }
    }

    @Test(
        "Bad times are refused with the field named",
        arguments: [
            (EntryInput(target: "acme", from: "10:00", to: "09:00"), "end"),
            (EntryInput(target: "acme", from: "25:00", to: "26:00"), "--from"),
            (EntryInput(target: "acme", from: "09:00"), "--to"),
            (EntryInput(target: "acme", to: "10:00"), "--from"),
            (EntryInput(target: "acme", date: "2026-13-01", from: "09:00", to: "10:00"), "--date"),
            (EntryInput(target: "acme", from: "09:00", to: "11:00", duration: .hours(2)), "--duration"),
            (EntryInput(target: "acme", date: "yesterday", from: "00:00", duration: .hours(30)), "end"),
            (EntryInput(target: "acme", from: "13:00", to: "14:00"), "end"),
        ]
    )
    func badTimes(input: EntryInput, field: String) async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            await #expect {
                _ = try await add(fixture, input)
            } throws: { error in
                (error as? any UserFacingError)?.field == field
            }
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).isEmpty)
        }
    }

    @Test("An entry past midnight and one across a DST change have their true length")
    func midnightAndDST() async throws {
        try await withFixture(zone: "America/New_York", now: "2026-11-05T12:00:00Z") { fixture in
            try await fixture.client("Acme Realty")
            let overnight = try await add(
                fixture,
                EntryInput(target: "acme", date: "2026-11-02", from: "22:00", to: "2026-11-03 01:30")
            )
            #expect(overnight.entry.duration == .minutes(210))
            // On 1 November 2026 New York falls back at 02:00: 00:30 to 03:30 is four hours.
            let acrossDST = try await add(
                fixture,
                EntryInput(target: "acme", date: "2026-11-01", from: "00:30", to: "03:30")
            )
            #expect(acrossDST.entry.duration == .hours(4))
            let report = try await fixture.services.summaries.summary(
                .range(from: LocalDate(year: 2026, month: 11, day: 1)!, to: LocalDate(year: 2026, month: 11, day: 3)!),
                by: .client,
                as: fixture.owner
            )
            #expect(report.summary.lines.first?.rawSeconds == Int64((210 + 240) * 60))
        }
    }

    @Test("A time in a spring-forward gap is moved forward and the person is told")
    func gapIsNoted() async throws {
        try await withFixture(zone: "America/New_York", now: "2026-03-09T12:00:00Z") { fixture in
            try await fixture.client("Acme Realty")
            let outcome = try await add(
                fixture,
                EntryInput(target: "acme", date: "2026-03-08", from: "02:30", to: "04:00")
            )
            #expect(outcome.entry.duration == .minutes(30))
            #expect(outcome.notes.count == 1)
            #expect(outcome.notes.first?.contains("does not exist") == true)
        }
    }

    @Test("Editing keeps raw times exact and is audited with before and after")
    func editIsAudited() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
            _ = try await add(
                fixture,
                EntryInput(target: "acme", date: "yesterday", from: "14:00", to: "15:30", memo: "Inbox")
            )
            var change = EntryInput(target: "bloom", memo: "Inbox triage and replies")
            change.from = "13:45"
            let edited = try await fixture.services.entries.edit(1, with: change, as: fixture.owner)
            #expect(edited.entry.clientName == "Bloom & Co")
            #expect(edited.entry.start.time == LocalTime(hour: 13, minute: 45))
            #expect(edited.entry.end?.time == LocalTime(hour: 15, minute: 30))
            let record = try #require(try await fixture.services.audit.recent(limit: 1, as: fixture.owner).first)
            #expect(record.action == .edited)
            #expect(record.before?.contains("\"memo\":\"Inbox\"") == true)
            #expect(record.after?.contains("\"memo\":\"Inbox triage and replies\"") == true)
        }
    }

    @Test("--date alone moves the whole entry, keeping its local times")
    func moveByDate() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await add(fixture, EntryInput(target: "acme", date: "yesterday", from: "14:00", to: "15:30"))
            let moved = try await fixture.services.entries.edit(
                1,
                with: EntryInput(date: "2026-11-20"),
                as: fixture.owner
            )
            #expect(moved.entry.start.date == LocalDate(year: 2026, month: 11, day: 20))
            #expect(moved.entry.start.time == LocalTime(hour: 14, minute: 0))
            #expect(moved.entry.duration == .minutes(90))
        }
    }

    @Test("Deleting is soft: the entry leaves lists and can't be deleted twice")
    func delete() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await add(fixture, EntryInput(target: "acme", from: "09:00", to: "10:00"))
            _ = try await fixture.services.entries.delete(1, as: fixture.owner)
            let list = try await fixture.services.entries.list(.today, as: fixture.owner)
            #expect(list.entries.isEmpty)
            await #expect(throws: EntryError.alreadyDeleted(number: 1)) {
                _ = try await fixture.services.entries.delete(1, as: fixture.owner)
            }
            await #expect(throws: EntryError.notFound(number: 7)) {
                _ = try await fixture.services.entries.delete(7, as: fixture.owner)
            }
        }
    }

    @Test("An archived client takes no new time")
    func archivedClient() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.clients.archive("acme", as: fixture.owner)
            await #expect(throws: ServiceError.archived("Acme Realty")) {
                _ = try await add(fixture, EntryInput(target: "acme", from: "09:00", to: "10:00"))
            }
        }
    }
}
