import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Testing

/// ../shared/samples beside the project, when it is there.
private let samplesFolder: String? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("shared/samples").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
}()

/// The real exports in ../shared/samples, written by the tools themselves, read in place (never
/// copied into the project). Runs only where that folder exists.
@Suite(.enabled(if: samplesFolder != nil)) struct ImportSamplesTests {
    func sample(_ name: String) -> String { (samplesFolder ?? "") + "/" + name }

    func importing(_ format: ImportFormat, _ name: String, order: DateOrder? = nil, in fixture: Fixture) async throws
        -> ImportReport
    {
        var request = ImportService.Request(format: format, path: sample(name))
        request.options.dateOrder = order
        return try await fixture.services.imports.run(request, as: fixture.owner)
    }

    @Test("Toggl: both detailed CSVs (BOM, unquoted with Amount, all quoted with special characters)")
    func toggl() async throws {
        try await withFixture { fixture in
            let first = try await importing(.toggl, "toggl/solidtime_toggl_time_entries_1.csv", in: fixture)
            #expect(first.committed && first.created == 2 && first.priced == 1)
            #expect(first.newTags == ["development", "backend"])
            let second = try await importing(.toggl, "toggl/solidtime_toggl_time_entries_2.csv", in: fixture)
            #expect(second.committed && second.created == 1)
            let entries = try await fixture.store.entries(in: fixture.owner.workspaceID, matching: .init())
            #expect(entries.contains { $0.memo.contains("🔥 Special characters") })
        }
    }

    @Test(
        "Clockify: every time-entry layout reads (month first); auto refuses the ambiguous ones",
        arguments: [1, 2, 4, 5, 6, 7]
    )
    func clockify(number: Int) async throws {
        try await withFixture { fixture in
            let name = "clockify/solidtime_clockify_time_entries_\(number).csv"
            let report = try await importing(.clockify, name, order: .monthFirst, in: fixture)
            #expect(report.committed)
            #expect(report.problemCount == 0)
            #expect(report.created == (number == 2 || number == 7 ? 1 : 2))
            if number != 2 {
                await #expect(throws: ImportFileError.ambiguousDates(example: "03/04/2024")) {
                    try await importing(.clockify, name, in: fixture)
                }
            }
        }
    }

    @Test("Clockify: the file with month 15 is refused with line, column and value")
    func clockifyBadMonth() async throws {
        try await withFixture { fixture in
            let report = try await importing(.clockify, "clockify/solidtime_clockify_time_entries_3.csv", in: fixture)
            #expect(report.refused)
            #expect(report.problems.map(\.description) == ["line 2, Start Date \"13/15/2024\": month 13 is not valid"])
        }
    }

    @Test("Harvest: German-locale numbers and Euro - EUR")
    func harvest() async throws {
        try await withFixture { fixture in
            let report = try await importing(.harvest, "harvest/solidtime_harvest_time_entries_1.csv", in: fixture)
            #expect(report.committed && report.created == 2 && report.priced == 2)
            // 20,0 h and 0,01 h.
            #expect(report.seconds == 20 * 3600 + 36)
        }
    }
}
