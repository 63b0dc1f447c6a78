import AtriumCore
import AtriumDocuments
import Foundation
import Testing

@testable import AtriumWeb

/// The hand-written writer of entry lists and `JSONEncoder` write the same document.
@Suite struct JSONOutputTests {
    @Test func entryPagesMatchJSONEncoder() throws {
        let entries = [
            APIModel.TimeEntry.sample(
                memo: #"Quotes " and \ backslash, tab\t, newline"# + "\n" + "café ✓ \u{1}",
                projectId: "p"
            ),
            APIModel.TimeEntry.sample(memo: "", projectId: nil, end: nil),
        ]
        var json = JSONWriter()
        APIModel.write(entries, nextCursor: "abc", to: &json)
        let written = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? NSDictionary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded = try encoder.encode(APIModel.Page(items: entries, nextCursor: "abc"))
        let expected = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        #expect(written == expected)
        #expect(written != nil)
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }
}

extension APIModel.TimeEntry {
    static func sample(memo: String, projectId: String?, end: String? = "2026-11-23T15:30:00Z") -> Self {
        APIModel.TimeEntry(
            id: 7,
            personId: "a",
            clientId: "c",
            projectId: projectId,
            start: "2026-11-23T14:00:00Z",
            end: end,
            durationSeconds: 5400,
            memo: memo,
            tags: ["email", "rush"],
            billable: true,
            source: "manual"
        )
    }
}

@Suite struct JSONWriterInstantTests {
    @Test("Instants are written as Instant.iso8601 writes them, across years, months and the epoch")
    func instants() {
        for seconds: Int64 in [
            0, 1, 59, 86_399, 951_782_400, 1_795_183_200, 1_767_225_599, 4_102_444_800, 253_402_300_799,
        ] {
            var json = JSONWriter()
            json.instant(Instant(secondsSinceEpoch: seconds))
            #expect(String(decoding: json.bytes, as: UTF8.self) == "\"\(Instant(secondsSinceEpoch: seconds).iso8601)\"")
        }
    }
}
