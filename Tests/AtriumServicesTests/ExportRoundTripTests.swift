import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Synchronization
import Testing

/// Export → restore into an empty store → export: the same document, byte for byte.
@Suite struct ExportRoundTripTests {
    /// The whole export of `caller`'s workspace.
    func export(_ services: Services, as caller: Caller) async throws -> Data {
        let chunks = Mutex<[UInt8]>([])
        _ = try await services.export.exportWorkspace(as: caller) { bytes in chunks.withLock { $0 += bytes } }
        return Data(chunks.withLock { $0 })
    }

    @Test(
        "Every kind of record survives the round trip: contacts, hours, assignments, meetings, prices, deleted entries, people's rates, exchange rates, tasks"
    )
    func roundTrip() async throws {
        try await withFixture(zone: "Europe/Vienna") { fixture in
            var input = ClientInput()
            input.name = "Acme Realty"
            input.zone = try ZoneID("Australia/Sydney")
            input.currency = try Currency(code: "AUD")
            input.rate = "45"
            input.rounding = .up(minutes: 15)
            input.contacts = ["Jane Doe <jane@acme.test>"]
            input.notes = "Prefers Slack"
            let acme = try await fixture.services.clients.add(input, as: fixture.owner)
            _ = try await fixture.services.hours.setHours("Mon-Fri 09:00-17:00", of: acme.id, as: fixture.owner)
            _ = try await fixture.services.projects.add("acme/Listings", .init(rate: "55"), as: fixture.owner)
            try await fixture.entry("acme/listings", from: "2026-11-20 09:00", to: "2026-11-20 10:30", memo: "Draft")
            try await Self.photoEdits(fixture, on: "2026-11-21")
            let gone = try await fixture.entry("acme", from: "2026-11-20 11:00", to: "2026-11-20 11:30")
            _ = try await fixture.services.entries.delete(gone.number, as: fixture.owner)
            _ = try await fixture.services.schedule.add(
                ScheduleInput(kind: .meeting, client: "acme", at: "09:00", duration: "30m", every: "week", on: "Tue"),
                as: fixture.owner
            )
            let toggl = """
                User,Client,Start date,Start time,End date,End time,Duration,Tags,Amount (AUD)
                Maria Lopez,Acme Realty,2026-11-18,09:00:00,2026-11-18,10:00:00,1:00:00,"Rush, Calls",50.00
                Ana Cruz,Bloom,2026-11-18,09:00:00,2026-11-18,09:30:00,0:30:00,,
                """
            _ = try await fixture.services.imports.run(
                .init(format: .toggl, bytes: Array(toggl.utf8)),
                as: fixture.owner
            )
            var layout = ClientInput()
            layout.roundingScope = .line
            layout.timeLines = .entry
            _ = try await fixture.services.clients.edit("acme", with: layout, as: fixture.owner)
            try await fixture.services.rates.set(
                "65",
                on: .init(path: "acme", person: "Maria"),
                currency: nil,
                as: fixture.owner
            )
            try await fixture.services.exchangeRates.add(
                currency: "AUD",
                rate: "0.6512",
                date: "2026-11-01",
                as: fixture.owner
            )
            let first = try await export(fixture.services, as: fixture.owner)
            let text = String(decoding: first, as: UTF8.self)
            #expect(text.contains(#""roundingScope":"line","timeLines":"entry""#))
            #expect(
                text.contains(#""exchangeRates":[{"currency":"AUD","base":"USD","date":"2026-11-01","rate":"0.6512""#)
            )
            #expect(text.contains(#""rate":{"amountMinor":6500,"currency":"AUD"}"#))
            #expect(text.contains(#""name":"Photo edits","rate":{"amountMinor":7000,"currency":"AUD"}"#))
            #expect(text.contains(#""taskId":""#))

            let copy = try TemporaryDirectory()
            defer { copy.remove() }
            let path = copy.file("export.json")
            try first.write(to: URL(fileURLWithPath: path))
            let store = try SQLiteStore.open(at: copy.file("atrium.sqlite"))
            let services = Services(store: store, now: fixture.clock.reading, passwordCost: 4)
            let restored = try await services.imports.restoreExport(path: path)
            #expect(restored.entries == 5)
            #expect(restored.people == 2)
            let second = try await export(services, as: fixture.owner)
            #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
            #expect(try await fixture.auditProblem(through: services) == nil, "after a restore")
            await #expect(throws: StoreError.self) { try await services.imports.restoreExport(path: path) }
            let afterRefusal = try await export(services, as: fixture.owner)
            #expect(
                String(decoding: afterRefusal, as: UTF8.self) == String(decoding: first, as: UTF8.self),
                "a refused second restore leaves the store as it was"
            )
        }
    }

    @Test("A document that is not an export, or has a bad field, is refused naming the field; nothing is written")
    func badDocuments() async throws {
        #expect(throws: ImportFileError.self) { try AtriumExportReader.read(data: Data("[]".utf8)) }
        let document = """
            {"format":"atrium-export","version":2,"exportedAt":"2026-11-23T18:00:00Z",
             "workspace":{"id":"6f1c2a8e-0000-4000-8000-000000000001","name":"X","baseCurrency":"EUR","zone":"Mars/Base",
             "weekStart":"monday","defaultRate":null,"createdAt":"2026-11-23T18:00:00Z"},
             "people":[],"clients":[],"projects":[],"assignments":[],"schedule":[],"entries":[]}
            """
        #expect {
            try AtriumExportReader.read(data: Data(document.utf8))
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains("workspace.zone") == true
        }
        let newer = document.replacingOccurrences(of: "\"version\":2", with: "\"version\":9")
        #expect {
            try AtriumExportReader.read(data: Data(newer.utf8))
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains("version 9 is newer") == true
        }
    }

    @Test(
        "A task without a name, a rate in another currency than its client's, an entry off its task's project: refused"
    )
    func badTasks() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.projects.add("acme/Listings", .init(), as: fixture.owner)
            _ = try await fixture.services.projects.add("acme/Rentals", .init(), as: fixture.owner)
            try await Self.photoEdits(fixture, on: "2026-11-20")
            let exported = try await export(fixture.services, as: fixture.owner)
            #expect(throws: Never.self) { try AtriumExportReader.read(data: exported) }
            let rentals = try #require(
                try await fixture.store.projects(in: fixture.owner.workspaceID).first { $0.name == "Rentals" }
            )
            let changes: [(String, (inout [String: Any]) -> Void)] = [
                ("tasks[0].name", { root in Self.change(&root, "tasks") { $0["name"] = "" } }),
                (
                    "tasks[0].rate",
                    { root in Self.change(&root, "tasks") { $0["rate"] = ["amountMinor": 7000, "currency": "JPY"] } }
                ),
                (
                    "entries[0].taskId",
                    { root in Self.change(&root, "entries") { $0["projectId"] = rentals.id.description } }
                ),
            ]
            for (path, change) in changes {
                var root = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
                change(&root)
                let data = try JSONSerialization.data(withJSONObject: root)
                #expect {
                    try AtriumExportReader.read(data: data)
                } throws: { error in
                    (error as? ImportFileError)?.userMessage.contains(path) == true
                }
            }
        }
    }

    /// Adds Acme's task Photo edits (in Listings, AUD 70) and an hour on it on `day`, 09:00.
    private static func photoEdits(_ fixture: Fixture, on day: String) async throws {
        _ = try await fixture.services.tasks.add(
            "Photo edits",
            client: "acme",
            project: "listings",
            .init(rate: "70"),
            as: fixture.owner
        )
        var input = EntryInput(target: "acme", date: day, from: "09:00", to: "10:00")
        input.task = "photo"
        _ = try await fixture.services.entries.add(input, as: fixture.owner)
    }

    /// Applies `change` to the first record of the list `key` of an export.
    private static func change(_ root: inout [String: Any], _ key: String, _ change: (inout [String: Any]) -> Void) {
        guard var records = root[key] as? [[String: Any]], !records.isEmpty else { return }
        change(&records[0])
        root[key] = records
    }
}
