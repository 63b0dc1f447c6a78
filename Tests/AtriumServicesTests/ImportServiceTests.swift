import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Testing

/// Imports into a real store: names matched or created, times placed in the zone, one transaction,
/// no duplicates on a second run, the audit trail intact.
@Suite struct ImportServiceTests {
    static let toggl = """
        User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)
        Ana Cruz,ana@x.test,Acme,Listings,,Photos,Yes,2026-03-02,09:00:00,2026-03-02,10:30:00,01:30:00,"Writing, Rush",67.50
        Ana Cruz,ana@x.test,Acme,Listings,,Photos,Yes,2026-03-02,10:00:00,2026-03-02,11:00:00,01:00:00,,
        Maria Lopez,,Bloom,,,Inbox,No,2026-03-03,08:00:00,2026-03-03,08:30:00,00:30:00,,

        """

    func request(_ format: ImportFormat, _ text: String) -> ImportService.Request {
        ImportService.Request(format: format, bytes: Array(text.utf8))
    }

    @Test("A Toggl import creates people, clients, projects and tags, keeps prices, reads times in the zone")
    func togglImport() async throws {
        try await withFixture(zone: "Europe/Vienna") { fixture in
            var request = request(.toggl, Self.toggl)
            request.zone = try ZoneID("Europe/Vienna")
            let report = try await fixture.services.imports.run(request, as: fixture.owner)
            #expect(report.committed)
            #expect(report.created == 3)
            #expect(report.newPeople == ["Ana Cruz"])
            #expect(report.newClients == ["Acme", "Bloom"])
            #expect(report.newProjects == ["Acme/Listings"])
            #expect(report.newTags == ["writing", "rush"])
            #expect(report.priced == 1)
            #expect(report.overlapping == 1)
            #expect(report.seconds == 3 * 3600)
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            let first = try #require(entries.first { $0.memo == "Photos" && $0.price != nil })
            // 09:00 in Vienna in March (UTC+1) is 08:00 UTC.
            #expect(first.start == Instant(secondsSinceEpoch: 1_772_438_400))
            #expect(first.source == .import)
            #expect(first.price == .fixed(Money(minorUnits: 6_750, currency: try Currency(code: "EUR"))))
            #expect(entries.contains { $0.memo == "Inbox" && !$0.isBillable })
            #expect(try await fixture.auditProblem() == nil)
        }
    }

    @Test("Importing the same file twice adds nothing the second time")
    func idempotent() async throws {
        try await withFixture { fixture in
            let first = try await fixture.services.imports.run(request(.toggl, Self.toggl), as: fixture.owner)
            let second = try await fixture.services.imports.run(request(.toggl, Self.toggl), as: fixture.owner)
            #expect(first.created == 3)
            #expect(second.created == 0)
            #expect(second.alreadyImported == 3)
            #expect(second.newClients.isEmpty)
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            #expect(entries.count == 3)
        }
    }

    @Test("A file that repeats a row imports it twice, and a second import still adds nothing")
    func repeatedRows() async throws {
        try await withFixture { fixture in
            let line = "Ana,,Acme,,,Same,Yes,2026-03-02,09:00:00,2026-03-02,10:00:00,01:00:00,,\n"
            let text =
                "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n"
                + line + line
            let first = try await fixture.services.imports.run(request(.toggl, text), as: fixture.owner)
            let second = try await fixture.services.imports.run(request(.toggl, text), as: fixture.owner)
            #expect(first.created == 2)
            #expect(second.created == 0)
        }
    }

    @Test(
        "A negative or oversized amount or rate is a bad row, named with its column",
        arguments: [
            (",-50.00", "line 2, Amount (EUR) \"-50.00\": \"-50.00\" is negative: time is not billed below zero"),
            (
                ",99999999999999999",
                "line 2, Amount (EUR) \"99999999999999999\": \"99999999999999999\" is too large an amount"
            ),
        ]
    )
    func badAmounts(amount: String, problem: String) async throws {
        try await withFixture { fixture in
            let text =
                "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n"
                + "Ana,,Acme,,,Calls,Yes,2026-03-02,09:00:00,2026-03-02,10:00:00,01:00:00,\(amount)\n"
            let refused = try await fixture.services.imports.run(request(.toggl, text), as: fixture.owner)
            #expect(refused.refused)
            #expect(refused.problems.map(\.description) == [problem])
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).isEmpty)
        }
    }

    @Test("A rate beyond the largest hourly rate is a bad row, with the rule every rate follows")
    func oversizedRate() async throws {
        try await withFixture { fixture in
            let text = """
                "Project","Client","Description","Task","User","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)","Billable Rate (USD)"
                "Web","Acme","Calls","","Ana","","","Yes","03/02/2026","09:00 AM","03/02/2026","10:00 AM","01:00:00","10000000"

                """
            var clockify = request(.clockify, text)
            clockify.options.dateOrder = .monthFirst
            let refused = try await fixture.services.imports.run(clockify, as: fixture.owner)
            #expect(refused.refused)
            #expect(
                refused.problems.map(\.description) == [
                    "line 2, Billable Rate (USD) \"10000000\": a rate above USD 9999999.99 an hour is not accepted"
                ]
            )
        }
    }

    @Test("One bad row refuses the whole import and writes nothing; --skip-bad-rows imports the rest")
    func allOrNothing() async throws {
        try await withFixture { fixture in
            let bad = Self.toggl + "Ana Cruz,,Acme,,,Late,Yes,2026-03-04,25:00:00,2026-03-04,26:00:00,01:00:00,,\n"
            let refused = try await fixture.services.imports.run(request(.toggl, bad), as: fixture.owner)
            #expect(refused.refused)
            #expect(!refused.committed)
            #expect(refused.problems.map(\.description) == ["line 5, Start time \"25:00:00\": not a time of day"])
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).isEmpty)
            #expect(try await fixture.store.clients(in: fixture.owner.workspaceID).isEmpty)
            #expect(try await fixture.store.people(in: fixture.owner.workspaceID).count == 1)
            var skipping = request(.toggl, bad)
            skipping.skipBadRows = true
            let kept = try await fixture.services.imports.run(skipping, as: fixture.owner)
            #expect(kept.committed)
            #expect(kept.created == 3)
            #expect(kept.problemCount == 1)
        }
    }

    @Test("A dry run reports what it would create and writes nothing")
    func dryRun() async throws {
        try await withFixture { fixture in
            var dry = request(.toggl, Self.toggl)
            dry.dryRun = true
            let report = try await fixture.services.imports.run(dry, as: fixture.owner)
            #expect(!report.committed)
            #expect(!report.refused)
            #expect(report.created == 3)
            #expect(report.newClients == ["Acme", "Bloom"])
            #expect(try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).isEmpty)
            #expect(try await fixture.store.clients(in: fixture.owner.workspaceID).isEmpty)
        }
    }

    @Test("Entries across DST changes keep their true length: spring forward and fall back in Vienna, by the duration")
    func daylightSaving() async throws {
        try await withFixture(zone: "Europe/Vienna") { fixture in
            let text = """
                User,Client,Start date,Start time,End date,End time,Duration
                Maria Lopez,Acme,2026-03-29,01:30:00,2026-03-29,03:30:00,1:00:00
                Maria Lopez,Acme,2026-10-25,01:30:00,2026-10-25,02:30:00,2:00:00
                Maria Lopez,Acme,2026-10-25,02:30:00,2026-10-25,02:15:00,0:45:00
                Maria Lopez,Acme,2026-10-25,00:00:00,2026-10-25,02:30:00,2:30:00
                """
            let report = try await fixture.services.imports.run(request(.toggl, text), as: fixture.owner)
            #expect(report.problemCount == 0)
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
                .sorted { $0.number < $1.number }
            let lengths = entries.map { $0.duration(now: $0.start).seconds }
            // 01:30 → 03:30 on the spring-forward night is one hour. On the fall-back night 02:30 comes
            // twice: 01:30 → 02:30 stated as two hours ends at the second; an end read before its
            // start takes the stated duration; 00:00 → 02:30 stated as 2½ hours ends at the first.
            #expect(lengths == [3600, 7200, 2700, 9000])
        }
    }

    @Test("Harvest days are laid end to end from 09:00 in the person's zone, per person and day")
    func harvestDays() async throws {
        try await withFixture(zone: "UTC") { fixture in
            let text = """
                Date,Client,Project,Notes,Hours,First Name,Last Name
                2026-03-02,Bloom,,One,1.5,Maria,Lopez
                2026-03-02,Bloom,,Two,0.5,Maria,Lopez
                """
            _ = try await fixture.services.imports.run(request(.harvest, text), as: fixture.owner)
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
                .sorted { $0.start < $1.start }
            let nine = try #require(LocalDate(year: 2026, month: 3, day: 2)).daysSinceEpoch * 86_400 + 9 * 3600
            #expect(entries.map(\.start.secondsSinceEpoch) == [nine, nine + 5400])
            #expect(entries.map { $0.end?.secondsSinceEpoch } == [nine + 5400, nine + 7200])
        }
    }

    @Test(
        "Timewarrior: the first tag is the client; a running interval becomes the running timer, once, stopped when a later file ends it"
    )
    func timewarriorRunning() async throws {
        try await withFixture { fixture in
            let data = "inc 20260302T090000Z - 20260302T100000Z # acme email\ninc 20260302T120000Z # bloom\n"
            let report = try await fixture.services.imports.run(request(.timewarrior, data), as: fixture.owner)
            #expect(report.created == 2)
            #expect(report.running == 1)
            #expect(
                try await fixture.store.runningEntry(of: fixture.owner.personID, in: fixture.owner.workspaceID) != nil
            )
            let other = "inc 20260303T120000Z # acme\n"
            let refused = try await fixture.services.imports.run(request(.timewarrior, other), as: fixture.owner)
            #expect(refused.refused)
            #expect(refused.problems.first?.reason == "Maria Lopez already has a running timer: stop one of them first")
            // The same file again: its running interval is the timer imported, not a second one.
            let again = try await fixture.services.imports.run(request(.timewarrior, data), as: fixture.owner)
            #expect(!again.refused)
            #expect(again.problems.isEmpty)
            #expect((again.created, again.alreadyImported, again.running) == (0, 2, 0))
            // The file later ends the interval: the timer it made stops there, and nothing is added.
            let ended =
                "inc 20260302T090000Z - 20260302T100000Z # acme email\ninc 20260302T120000Z - 20260302T124500Z # bloom\n"
            let stopping = try await fixture.services.imports.run(request(.timewarrior, ended), as: fixture.owner)
            #expect((stopping.created, stopping.alreadyImported, stopping.problems.count) == (0, 2, 0))
            #expect(stopping.notes == ["line 2: the running timer imported before (#2) is stopped"])
            #expect(stopping.seconds == 2700, "the time the stop adds")
            #expect(
                try await fixture.store.runningEntry(of: fixture.owner.personID, in: fixture.owner.workspaceID) == nil
            )
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            #expect(entries.count == 2)
            let bloom = try #require(entries.first { $0.number == 2 })
            #expect(bloom.start.seconds(until: try #require(bloom.end)) == 2700)
            // Again, with the running file or with a client given: the same intervals, nothing added.
            var withClient = request(.timewarrior, ended)
            withClient.options.client = "NewCo"
            for again in [request(.timewarrior, data), request(.timewarrior, ended), withClient] {
                let report = try await fixture.services.imports.run(again, as: fixture.owner)
                #expect((report.created, report.alreadyImported, report.problems.count) == (0, 2, 0))
                #expect(report.newClients.isEmpty)
            }
            #expect(
                try await fixture.store.clients(in: fixture.owner.workspaceID).map(\.name).sorted() == [
                    "acme", "bloom",
                ]
            )
            #expect(try await fixture.auditProblem() == nil)
            // The summary (read from the day totals) counts the stopped timer's 45 minutes.
            let days = PeriodChoice.range(
                from: LocalDate(year: 2026, month: 3, day: 1)!,
                to: LocalDate(year: 2026, month: 3, day: 3)!
            )
            let summary = try await fixture.services.summaries.summary(days, by: .client, as: fixture.owner)
            #expect(summary.summary.lines.first { $0.clientName == "bloom" }?.rawSeconds == 2700)
        }
    }

    @Test("Timewarrior: the data folder by path (its monthly files only, in order) and timew export JSON, each once")
    func timewarriorFolderAndJSON() async throws {
        try await withFixture { fixture in
            let folder = try TemporaryDirectory()
            defer { folder.remove() }
            let files = [
                "2026-03.data": "inc 20260302T090000Z - 20260302T100000Z # acme email\n",
                "2026-02.data":
                    "inc 20260227T090000Z - 20260227T093000Z # bloom\ninc 20260227T100000Z - 20260227T110000Z # acme\n",
                // Timewarrior's own bookkeeping, beside the months: not intervals.
                "undo.data": "txn:\n  type: interval\n",
                "tags.data": #"{"acme":{"count":2}}"#,
            ]
            for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file(name))) }
            let byPath = ImportService.Request(format: .timewarrior, path: folder.path)
            let report = try await fixture.services.imports.run(byPath, as: fixture.owner)
            #expect((report.rows, report.created, report.problemCount) == (3, 3, 0))
            #expect(report.newClients.sorted() == ["acme", "bloom"])
            #expect(report.seconds == 9000)
            let again = try await fixture.services.imports.run(byPath, as: fixture.owner)
            #expect((again.created, again.alreadyImported) == (0, 3))
            let json = """
                [{"id":2,"start":"20260303T090000Z","end":"20260303T094500Z","tags":["acme","calls"],"annotation":"Weekly call"},
                 {"id":1,"start":"20260303T100000Z","tags":["bloom"]}]
                """
            let exported = try await fixture.services.imports.run(request(.timewarrior, json), as: fixture.owner)
            #expect((exported.created, exported.running, exported.problemCount) == (2, 1, 0))
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            let call = try #require(entries.first { $0.memo == "Weekly call" })
            #expect(call.tags.map(\.name) == ["calls"])
            #expect(call.start.seconds(until: try #require(call.end)) == 2700)
            let exportedAgain = try await fixture.services.imports.run(request(.timewarrior, json), as: fixture.owner)
            #expect((exportedAgain.created, exportedAgain.alreadyImported, exportedAgain.problemCount) == (0, 2, 0))
            #expect(try await fixture.auditProblem() == nil)
        }
    }

    @Test("An entry lasting more than a year, or a duration past any entry, is a bad row, not an overflow")
    func overlongEntries() async throws {
        try await withFixture { fixture in
            let text = """
                User,Client,Start date,Start time,End date,End time,Duration
                Maria Lopez,Acme,2020-01-01,09:00:00,2026-01-01,10:00:00,
                Maria Lopez,Acme,2026-01-02,09:00:00,,,999999:00:00
                Maria Lopez,Acme,2026-01-03,09:00:00,,,2562047788015215:00:00
                Maria Lopez,Acme,2026-01-04,09:00:00,2026-01-04,10:00:00,1:00:00
                """
            let report = try await fixture.services.imports.run(request(.toggl, text), as: fixture.owner)
            #expect(report.refused)
            #expect(
                report.problems.map(\.description) == [
                    "line 2: the entry lasts more than a year", "line 3: the entry lasts more than a year",
                    #"line 4, Duration "2562047788015215:00:00": more hours than anything holds"#,
                ]
            )
        }
    }

    @Test("A person of the file is the person here of that name, case, accents and extra spaces aside")
    func personNameKey() async throws {
        try await withFixture { fixture in
            let text = """
                User,Client,Start date,Start time,End date,End time,Duration
                " maria  LÓPEZ",Acme,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Ana Cruz,Acme,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                ana   cruz,Acme,2026-03-03,09:00:00,2026-03-03,10:00:00,1:00:00
                """
            let report = try await fixture.services.imports.run(request(.toggl, text), as: fixture.owner)
            #expect(report.created == 3)
            #expect(report.newPeople == ["Ana Cruz"])
            // A second person whose name reads alike (made before names were matched so): the first
            // made keeps the rows.
            _ = try await fixture.member("María  López")
            let more =
                "User,Client,Start date,Start time,End date,End time,Duration\n"
                + "Maria Lopez,Acme,2026-03-04,09:00:00,2026-03-04,10:00:00,1:00:00\n"
            _ = try await fixture.services.imports.run(request(.toggl, more), as: fixture.owner)
            let fourth = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
                .first { $0.number == 4 }
            #expect(fourth?.personID == fixture.owner.personID)
            var fixed = request(.toggl, text)
            fixed.person = "MARÍA lopez"
            fixed.dryRun = true
            #expect(try await fixture.services.imports.run(fixed, as: fixture.owner).newPeople.isEmpty)
        }
    }

    @Test("Clockify rows of another Type than Regular (a break, time off) are not worked time: left out, counted")
    func clockifyBreaks() async throws {
        try await withFixture { fixture in
            let text = """
                Project,Client,Description,User,Type,Start Date,Start Time,End Date,End Time
                Web,Acme,Inbox,Maria Lopez,Regular,03/02/2026,09:00,03/02/2026,10:00
                ,,Lunch,Maria Lopez,Break,03/02/2026,12:00,03/02/2026,12:30
                ,,Coffee,Maria Lopez,Break,03/02/2026,15:00,03/02/2026,15:15
                Web,Acme,Calls,Maria Lopez,,03/13/2026,09:00,03/13/2026,10:00
                """
            let report = try await fixture.services.imports.run(request(.clockify, text), as: fixture.owner)
            #expect((report.rows, report.created, report.problemCount) == (4, 2, 0))
            #expect(report.seconds == 7200)
            #expect(report.notes == ["2 rows of type Break, not worked time, left out"])
            #expect(report.newClients == ["Acme"], "no client made for the breaks")
        }
    }

    @Test("Imported memos are kept as any memo: trimmed, and a row with one too long for a memo is bad")
    func memoRules() async throws {
        try await withFixture { fixture in
            let long = String(repeating: "é", count: TimeEntry.longestMemo + 1)
            let text = """
                User,Client,Description,Start date,Start time,End date,End time,Duration
                Maria Lopez,Acme,"  Inbox zero
                ",2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Maria Lopez,Acme,\(long),2026-03-03,09:00:00,2026-03-03,10:00:00,1:00:00
                """
            var skipping = request(.toggl, text)
            skipping.skipBadRows = true
            let report = try await fixture.services.imports.run(skipping, as: fixture.owner)
            #expect(report.created == 1)
            #expect(
                report.problems.map(\.description) == ["line 4: a memo has at most 5000 characters; this one has 5001"]
            )
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            #expect(entries.map(\.memo) == ["Inbox zero"])
        }
    }

    @Test("A Toggl file read in several people's zones says that Toggl wrote it in the exporter's zone")
    func exportersZone() async throws {
        try await withFixture(zone: "Europe/Vienna") { fixture in
            _ = try await fixture.member("Sam")
            let text = """
                User,Client,Start date,Start time,End date,End time,Duration
                Maria Lopez,Acme,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Sam,Acme,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                """
            var dry = request(.toggl, text)
            dry.dryRun = true
            let report = try await fixture.services.imports.run(dry, as: fixture.owner)
            #expect(
                report.notes == [
                    "rows were read in their people's zones (Europe/Vienna, UTC), but Toggl Track writes every row in "
                        + "the zone of whoever exported the file: if that is not each person's, give --zone "
                        + "(see it first with --dry-run)"
                ]
            )
            dry.zone = try ZoneID("Europe/Vienna")
            #expect(try await fixture.services.imports.run(dry, as: fixture.owner).notes.isEmpty)
        }
    }

    @Test("A refused Harvest row takes no place in its person's day: the next row still starts at 09:00")
    func harvestRefusedRow() async throws {
        try await withFixture(zone: "UTC") { fixture in
            let text = """
                Date,Client,Project,Notes,Hours,First Name,Last Name
                2026-03-02,Acme,,Too long,9000,Maria,Lopez
                2026-03-02,Acme,,Calls,2.0,Maria,Lopez
                """
            var skipping = request(.harvest, text)
            skipping.skipBadRows = true
            let report = try await fixture.services.imports.run(skipping, as: fixture.owner)
            #expect(
                (report.created, report.problems.map(\.description)) == (
                    1, ["line 2: the entry lasts more than a year"]
                )
            )
            let entry = try #require(
                try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery()).first
            )
            #expect(entry.start.iso8601 == "2026-03-02T09:00:00Z")
        }
    }

    @Test("A Kimai row is recognized again without its duration (rows imported before it was read)")
    func kimaiKeyWithoutDuration() async throws {
        try await withFixture { fixture in
            let header = "Date,From,To,Duration,User,Customer,Project,Activity,Description,Exported,Tags\n"
            let row = "2026-03-02,09:00,10:00,DURATION,Maria Lopez,Acme,Web,Support,Calls,No,\n"
            let first = header + row.replacingOccurrences(of: "DURATION", with: "1:00")
            let again = header + row.replacingOccurrences(of: "DURATION", with: "")
            #expect(try await fixture.services.imports.run(request(.kimai, first), as: fixture.owner).created == 1)
            let second = try await fixture.services.imports.run(request(.kimai, again), as: fixture.owner)
            #expect((second.created, second.alreadyImported) == (0, 1))
        }
    }

    @Test(
        "A client, project or person the file names that Atrium would refuse elsewhere is a bad row; a / in a client's name a -"
    )
    func refusedNames() async throws {
        try await withFixture { fixture in
            let long = String(repeating: "n", count: 121)
            let text = """
                User,Client,Project,Start date,Start time,End date,End time,Duration
                Maria Lopez,Evil\u{202E}Co,,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Maria Lopez,Acme/West,,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Maria Lopez,\(long),,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Bob\u{7} Ray,Acme,,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Maria Lopez,Acme,Pro\u{202E}j,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                Maria Lopez,Acme,Web,2026-03-02,09:00:00,2026-03-02,10:00:00,1:00:00
                """
            var skipping = request(.toggl, text)
            skipping.skipBadRows = true
            let report = try await fixture.services.imports.run(skipping, as: fixture.owner)
            #expect(report.created == 2)
            #expect(
                report.problems.map(\.description) == [
                    "line 2: the client cannot be made: a name cannot hold control or invisible characters (it has U+202E)",
                    "line 4: the client cannot be made: a client name has at most 120 characters",
                    "line 5: the person cannot be made: a name cannot hold control or invisible characters (it has U+0007)",
                    "line 6: the project cannot be made: a name cannot hold control or invisible characters (it has U+202E)",
                ]
            )
            #expect(report.newClients == ["Acme-West", "Acme"])
            #expect(
                report.notes == [
                    #"line 3: the client "Acme/West" is named "Acme-West": "/" separates client and project in Atrium"#
                ]
            )
            #expect(report.newPeople.isEmpty)
        }
    }

    @Test("--person puts every row on one existing person; an unknown one is refused naming the field")
    func fixedPerson() async throws {
        try await withFixture { fixture in
            var request = request(.toggl, Self.toggl)
            request.person = "maria lopez"
            let report = try await fixture.services.imports.run(request, as: fixture.owner)
            #expect(report.newPeople.isEmpty)
            request.person = "Nobody"
            await #expect(throws: InvalidInput.self) {
                try await fixture.services.imports.run(request, as: fixture.owner)
            }
        }
    }

    @Test("--map puts a person of the file on a person here; a mapping to no one, or without =, is refused")
    func personMap() async throws {
        try await withFixture { fixture in
            var request = request(.toggl, Self.toggl)
            request.personMap = try ImportService.personMap(["ana@x.test = maria lopez", "Zed Nobody=Maria Lopez"])
            let report = try await fixture.services.imports.run(request, as: fixture.owner)
            #expect(report.newPeople.isEmpty)
            #expect(report.notes == ["no row of the file names Zed Nobody, whom the person map puts on someone here"])
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: EntryQuery())
            #expect(entries.allSatisfy { $0.personID == fixture.owner.personID })
            #expect(throws: InvalidInput.self) { try ImportService.personMap(["Ana Cruz"]) }
            #expect(
                throws: InvalidInput("\"ana cruz\" is mapped twice, to Maria Lopez and to Sam: keep one", field: "map")
            ) { try ImportService.personMap(["Ana Cruz=Maria Lopez", "ana cruz=Sam"]) }
            request.personMap = ["Ana Cruz": "Nobody"]
            await #expect(
                throws: InvalidInput(
                    "Ana Cruz=Nobody: no one in this workspace is named \"Nobody\" (people: Maria Lopez)",
                    field: "map"
                )
            ) {
                try await fixture.services.imports.run(request, as: fixture.owner)
            }
        }
    }
}
