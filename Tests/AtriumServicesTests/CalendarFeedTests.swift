import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Testing

/// Atrium's calendar feed read back by a third-party parser: Python's `icalendar` with
/// `recurring-ical-events` (installed into .build/python by scripts/setup, which `make test` runs).
@Suite struct CalendarFeedTests {
    struct ThirdPartyOccurrence: Decodable, Equatable {
        var uid: String
        var start: String
        var end: String
        var summary: String
    }

    /// A year of meetings and blocks in Sydney, London, New York and UTC, with rules of every
    /// kind, exceptions, an end date, a count, and start times that clocks skip or repeat.
    func schedule(_ fixture: Fixture) async throws {
        try await fixture.client("Acme Realty")
        try await fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP")
        try await fixture.client("Northwind Legal", zone: "America/New_York", currency: "USD")
        let inputs = [
            ScheduleInput(
                kind: .meeting,
                client: "acme",
                title: "Weekly check-in",
                at: "09:00",
                duration: "30m",
                every: "week",
                on: "Tue",
                from: "2026-01-01"
            ),
            ScheduleInput(
                kind: .meeting,
                client: "northwind",
                title: "Stand-up, legal; \"quick\"",
                at: "17:00",
                duration: "15m",
                every: "week",
                on: "Mon,Thu",
                from: "2026-01-01",
                until: "2026-11-15",
                except: ["2026-03-09", "2026-07-02"]
            ),
            ScheduleInput(
                kind: .meeting,
                client: "bloom",
                title: "Ежемесячный отчёт для клиента — длинное название встречи",
                at: "12:30",
                duration: "1h",
                every: "month",
                on: "2nd Wed",
                from: "2026-01-01",
                count: 10
            ),
            ScheduleInput(
                kind: .meeting,
                client: "northwind",
                title: "Night desk (skipped hour)",
                at: "02:30",
                duration: "20m",
                every: "day",
                from: "2026-03-01",
                until: "2026-03-15"
            ),
            ScheduleInput(
                kind: .meeting,
                client: "northwind",
                title: "Night desk (repeated hour)",
                at: "01:30",
                duration: "20m",
                every: "day",
                from: "2026-10-25",
                count: 14
            ),
            ScheduleInput(
                kind: .block,
                client: "bloom",
                title: "Bloom inbox",
                at: "08:00-10:00",
                every: "week",
                on: "Mon,Wed",
                from: "2026-01-01"
            ),
            ScheduleInput(
                kind: .meeting,
                client: "acme",
                title: "UTC sync",
                at: "15:00",
                duration: "45m",
                every: "2 weeks",
                on: "Fri",
                from: "2026-01-01",
                zone: "utc"
            ),
            ScheduleInput(kind: .meeting, client: "bloom", title: "Kick-off", at: "10:00-11:30", from: "2026-06-03"),
        ]
        for input in inputs { _ = try await fixture.services.schedule.add(input, as: fixture.owner) }
    }

    @Test("Python's icalendar parses the feed and expands the same occurrences as Atrium for 2026")
    func thirdPartyExpansion() async throws {
        try await withFixture(zone: "Europe/London", now: "2025-12-20T12:00:00Z") { fixture in
            try await schedule(fixture)
            let feed = try await fixture.services.calendar.calendar(as: fixture.owner)
            let file = fixture.directory.file("feed.ics")
            try Data(feed.utf8).write(to: URL(fileURLWithPath: file))
            let theirs = try Self.expandWithPython(file, from: "2026-01-01", to: "2027-01-01")

            let ours = try await fixture.services.schedule.occurrences(
                from: LocalDate(year: 2026, month: 1, day: 1)!,
                through: LocalDate(year: 2026, month: 12, day: 31)!,
                as: fixture.owner
            ).map { found in
                ThirdPartyOccurrence(
                    uid: "\(found.entry.item.id)@atrium",
                    start: found.occurrence.start.iso8601,
                    end: found.occurrence.end.iso8601,
                    summary: found.entry.title
                )
            }.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
            #expect(ours.count > 300)
            #expect(theirs.count == ours.count)
            #expect(theirs == ours)
            // Spot checks of the clock changes both sides had to agree on.
            #expect(ours.contains { $0.summary.hasPrefix("Night desk (skipped") && $0.start == "2026-03-08T07:30:00Z" })
            #expect(
                ours.contains { $0.summary.hasPrefix("Night desk (repeated") && $0.start == "2026-11-01T05:30:00Z" }
            )
        }
    }

    @Test("The feed is RFC 5545 text: CRLF lines of at most 75 octets, folded inside no character, stable UIDs")
    func wireFormat() async throws {
        try await withFixture(zone: "Europe/London", now: "2025-12-20T12:00:00Z") { fixture in
            try await schedule(fixture)
            let feed = try await fixture.services.calendar.calendar(as: fixture.owner)
            #expect(feed.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
            #expect(feed.hasSuffix("END:VCALENDAR\r\n"))
            let lines = feed.components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
            #expect(lines.contains { $0.hasPrefix(" ") }, "the Russian title must have been folded")
            #expect(feed.contains("SUMMARY:Stand-up\\, legal\\; \"quick\""))
            #expect(feed.contains("EXDATE;TZID=America/New_York:20260309T170000,20260702T170000"))
            #expect(feed.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261116T045959Z"))
            #expect(feed.contains("DTSTART:20260102T150000Z"))
            let again = try await fixture.services.calendar.calendar(as: fixture.owner)
            let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
            #expect(uids(again) == uids(feed))
            #expect(uids(feed).count == 8)
        }
    }

    @Test("A feed secret serves the owner's calendar until it is replaced or revoked")
    func secretLifecycle() async throws {
        try await withFixture { fixture in
            try await schedule(fixture)
            let first = try await fixture.services.calendar.createFeed(as: fixture.owner)
            #expect(first.hasPrefix("cal_"))
            let served = try await fixture.services.calendar.calendar(secret: first)
            #expect(served.contains("SUMMARY:Weekly check-in"))
            let second = try await fixture.services.calendar.createFeed(as: fixture.owner)
            await #expect(throws: StoreError.self) { try await fixture.services.calendar.calendar(secret: first) }
            #expect(try await fixture.services.calendar.calendar(secret: second).contains("BEGIN:VEVENT"))
            try await fixture.services.calendar.revokeFeed(as: fixture.owner)
            await #expect(throws: StoreError.self) { try await fixture.services.calendar.calendar(secret: second) }
            await #expect(throws: StoreError.self) { try await fixture.services.calendar.calendar(secret: "cal_guess") }
            #expect(try await fixture.services.calendar.feedCreated(as: fixture.owner) == nil)
        }
    }

    /// Runs scripts/python/ics_expand.py with the checker's own Python.
    static func expandWithPython(_ file: String, from: String, to: String) throws -> [ThirdPartyOccurrence] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let python = root.appendingPathComponent(".build/python/bin/python3").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("\(python) is missing: run make test (scripts/setup installs the Python checker)")
            return []
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("scripts/python/ics_expand.py").path, file, from, to]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "ics_expand.py failed: \(errorText)")
        return try JSONDecoder().decode([ThirdPartyOccurrence].self, from: data)
    }
}
