import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Testing

/// Every format through the real store: a small file with an entry across the spring-forward night
/// in Vienna (01:30 → 03:30 is one hour) and, where the file states a duration, three across
/// fall-back nights, whose repeated hour the duration places (02:30 → 02:15 in 45 minutes; 01:30 →
/// the second 02:45 in 2¼ hours; the second 02:30 → 03:30 in one hour), tried in a dry run, imported once, again (nothing added), exported and restored
/// into an empty store (the same document again, and the file still imported there), and with a bad
/// row (refused naming its line, column and why; nothing written).
@Suite struct ImportFormatTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var format: ImportFormat
        var good: String
        var badRow: String
        /// What the import says of the bad row.
        var problem: String
        /// The entries' lengths in seconds, in start order.
        var lengths: [Int64]
        var testDescription: String { format.rawValue }
    }

    static let cases: [Case] = [
        Case(
            format: .toggl,
            good: """
                User,Client,Start date,Start time,End date,End time,Duration
                Maria Lopez,Acme,2024-10-27,02:30:00,2024-10-27,03:30:00,1:00:00
                Maria Lopez,Acme,2025-10-26,01:30:00,2025-10-26,02:45:00,2:15:00
                Maria Lopez,Acme,2026-03-29,01:30:00,2026-03-29,03:30:00,1:00:00
                Maria Lopez,Acme,2026-03-30,09:00:00,2026-03-30,10:00:00,1:00:00
                Maria Lopez,Acme,2026-10-25,02:30:00,2026-10-25,02:15:00,0:45:00

                """,
            badRow: "Maria Lopez,Acme,2026-02-30,09:00:00,2026-02-30,10:00:00,1:00:00\n",
            problem: "line 7, Start date \"2026-02-30\": day 30 is not in that month",
            lengths: [3600, 8100, 3600, 3600, 2700]
        ),
        Case(
            format: .clockify,
            good: """
                "Project","Client","Description","Task","User","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)"
                "Web","Acme","Second start","","Maria Lopez","","","Yes","10/27/2024","02:30 AM","10/27/2024","03:30 AM","01:00:00"
                "Web","Acme","Second end","","Maria Lopez","","","Yes","10/26/2025","01:30 AM","10/26/2025","02:45 AM","02:15:00"
                "Web","Acme","Night","","Maria Lopez","","","Yes","03/29/2026","01:30:00 AM","03/29/2026","03:30:00 AM","01:00:00"
                "Web","Acme","Day","","Maria Lopez","","","Yes","03/30/2026","09:00 AM","03/30/2026","10:00 AM","01:00:00"
                "Web","Acme","Fall back","","Maria Lopez","","","Yes","10/25/2026","02:30 AM","10/25/2026","02:15 AM","00:45:00"

                """,
            badRow:
                "\"Web\",\"Acme\",\"Bad\",\"\",\"Maria Lopez\",\"\",\"\",\"Yes\",\"02/30/2026\",\"09:00 AM\",\"02/30/2026\",\"10:00 AM\",\"01:00:00\"\n",
            problem: "line 7, Start Date \"02/30/2026\": day 30 is not in that month",
            lengths: [3600, 8100, 3600, 3600, 2700]
        ),
        Case(
            format: .harvest,
            good: """
                Date,Client,Project,Notes,Hours,First Name,Last Name
                2026-03-29,Acme,,Sunday,"2,0",Maria,Lopez
                2026-03-30,Acme,,Monday,1.0,Maria,Lopez

                """,
            badRow: "2026-03-31,Acme,,Bad,lots,Maria,Lopez\n",
            problem: "line 4, Hours \"lots\": expected a number",
            lengths: [7200, 3600]
        ),
        Case(
            format: .kimai,
            good: """
                Date,From,To,Duration,User,Customer,Project,Activity,Description,Exported,Tags
                2024-10-27,02:30,03:30,1:00,Maria Lopez,Acme,Web,Support,Second start,No,
                2025-10-26,01:30,02:45,2:15,Maria Lopez,Acme,Web,Support,Second end,No,
                2026-03-29,01:30,03:30,1:00,Maria Lopez,Acme,Web,Support,Night,No,
                2026-03-30,09:00,10:00,1:00,Maria Lopez,Acme,Web,Support,Day,No,
                2026-10-25,02:30,02:15,0:45,Maria Lopez,Acme,Web,Support,Fall back,No,

                """,
            badRow: "2026-03-31,25:00,26:00,1:00,Maria Lopez,Acme,Web,Support,Bad,No,\n",
            problem: "line 7, From \"25:00\": not a time of day",
            lengths: [3600, 8100, 3600, 3600, 2700]
        ),
        Case(
            format: .watson,
            good: #"[[1774744200, 1774747800, "acme", "a1", [], 1], [1774854000, 1774857600, "acme", "a2", []]]"#,
            badRow: #", [1774860000, 1774850000, "acme", "a3", []]"#,
            problem: "frame 3, stop: the frame ends before it starts",
            lengths: [3600, 3600]
        ),
        Case(
            format: .timewarrior,
            good: """
                inc 20260329T003000Z - 20260329T013000Z # acme
                inc 20260330T070000Z - 20260330T080000Z # acme

                """,
            badRow: "inc yesterday - today # acme\n",
            problem: "line 3: expected the start as YYYYMMDDTHHMMSSZ",
            lengths: [3600, 3600]
        ),
    ]

    func run(_ text: String, _ format: ImportFormat, in fixture: Fixture) async throws -> ImportReport {
        try await fixture.services.imports.run(.init(format: format, bytes: Array(text.utf8)), as: fixture.owner)
    }

    /// The fixture's workspace exported, restored into an empty store and exported again: the same
    /// document; the file imported again there adds nothing (each entry kept its import key).
    func roundTrip(_ test: Case, from fixture: Fixture) async throws {
        let exported = try await ExportRoundTripTests().export(fixture.services, as: fixture.owner)
        let copy = try TemporaryDirectory()
        defer { copy.remove() }
        let path = copy.file("export.json")
        try exported.write(to: URL(fileURLWithPath: path))
        let services = Services(
            store: try SQLiteStore.open(at: copy.file("atrium.sqlite")),
            now: fixture.clock.reading,
            passwordCost: 4
        )
        #expect(try await services.imports.restoreExport(path: path).entries == test.lengths.count)
        let again = try await ExportRoundTripTests().export(services, as: fixture.owner)
        #expect(String(decoding: again, as: UTF8.self) == String(decoding: exported, as: UTF8.self))
        #expect(try await fixture.auditProblem(through: services) == nil)
        let reimported = try await services.imports.run(
            .init(format: test.format, bytes: Array(test.good.utf8)),
            as: fixture.owner
        )
        #expect((reimported.created, reimported.alreadyImported) == (0, test.lengths.count))
    }

    /// Watson's frames are one JSON array: its bad row goes inside the closing bracket.
    func withBadRow(_ test: Case) -> String {
        guard test.format == .watson else { return test.good + test.badRow }
        return String(test.good.dropLast()) + test.badRow + "]"
    }

    @Test("Import, import again, and a bad row", arguments: cases)
    func format(_ test: Case) async throws {
        try await withFixture(zone: "Europe/Vienna") { fixture in
            var dry = ImportService.Request(format: test.format, bytes: Array(test.good.utf8))
            dry.dryRun = true
            let tried = try await fixture.services.imports.run(dry, as: fixture.owner)
            #expect((tried.committed, tried.created, tried.newClients.count) == (false, test.lengths.count, 1))
            #expect(try await fixture.store.clients(in: fixture.owner.workspaceID).isEmpty, "after a dry run")
            let first = try await run(test.good, test.format, in: fixture)
            #expect(first.committed)
            #expect(first.created == test.lengths.count)
            #expect(first.problemCount == 0)
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: .init())
                .sorted { $0.start < $1.start }
            #expect(entries.map { $0.start.seconds(until: $0.end ?? $0.start) } == test.lengths)
            let again = try await run(test.good, test.format, in: fixture)
            #expect(again.created == 0)
            #expect(again.alreadyImported == test.lengths.count)
            try await roundTrip(test, from: fixture)
        }
        try await withFixture(zone: "Europe/Vienna") { fixture in
            let refused = try await run(withBadRow(test), test.format, in: fixture)
            #expect(refused.refused)
            #expect(refused.problemCount == 1)
            #expect(refused.problems.map(\.description) == [test.problem])
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: .init()).isEmpty)
            #expect(try await fixture.store.clients(in: fixture.owner.workspaceID).isEmpty)
            var skipping = ImportService.Request(format: test.format, bytes: Array(withBadRow(test).utf8))
            skipping.skipBadRows = true
            let skipped = try await fixture.services.imports.run(skipping, as: fixture.owner)
            #expect((skipped.committed, skipped.created, skipped.problemCount) == (true, test.lengths.count, 1))
        }
    }
}
