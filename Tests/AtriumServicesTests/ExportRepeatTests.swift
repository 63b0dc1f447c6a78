import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Testing

/// A restore read from a file leaves an id or import key given twice to the store, which refuses it
/// with the whole restore; the reader keeps only the entries' numbers, so that a million entries
/// fit the restore's memory.
@Suite struct ExportRepeatTests {
    /// The export of a workspace with three entries, whose entries `change` edits.
    private func damagedExport(_ change: (inout [[String: Any]]) -> Void) async throws -> Data {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            for hour in [9, 11, 14] {
                try await fixture.entry("acme", from: "2026-11-20 \(hour):00", to: "2026-11-20 \(hour):45")
            }
            let exported = try await ExportRoundTripTests().export(fixture.services, as: fixture.owner)
            var root = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
            var entries = try #require(root["entries"] as? [[String: Any]])
            change(&entries)
            root["entries"] = entries
            return try JSONSerialization.data(withJSONObject: root)
        }
    }

    /// Restores `document` from a file into an empty store; returns the store's refusal and how many
    /// workspaces the store holds after it.
    private func restore(_ document: Data) async throws -> (refusal: String?, workspaces: Int) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("export.json")
        try document.write(to: URL(fileURLWithPath: path))
        let store = try SQLiteStore.open(at: directory.file("atrium.sqlite"))
        let services = Services(store: store, now: { Instant(secondsSinceEpoch: 1_795_000_000) })
        var refusal: String?
        do {
            _ = try await services.imports.restoreExport(path: path)
        } catch StoreError.conflict(let message) {
            refusal = message
        }
        return (refusal, try await store.workspaces().count)
    }

    @Test("An entry id given twice is refused by the store, and nothing is restored")
    func repeatedID() async throws {
        var id = ""
        let document = try await damagedExport { entries in
            id = entries[0]["id"] as? String ?? ""
            entries[2]["id"] = id
        }
        #expect(!id.isEmpty)
        let (refusal, workspaces) = try await restore(document)
        #expect(refusal == "Entry #3 has the id \(id) of an earlier entry of the document.")
        #expect(workspaces == 0)
        #expect {
            try AtriumExportReader.read(data: document)
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains("entries[2].id: \(id) is the id of an earlier one")
                == true
        }
    }

    @Test("An import key given twice is refused by the store, and nothing is restored")
    func repeatedImportKey() async throws {
        let document = try await damagedExport { entries in
            entries[0]["importKey"] = "toggl:x"
            entries[2]["importKey"] = "toggl:x"
        }
        let (refusal, workspaces) = try await restore(document)
        #expect(refusal == "Entry #3 has the import key of an earlier entry of the document.")
        #expect(workspaces == 0)
        #expect {
            try AtriumExportReader.read(data: document)
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains(
                "entries[2].importKey: toggl:x is also the import key of entries[0]"
            ) == true
        }
    }

    @Test("An untouched export restores, so the refusals above are the repeats'")
    func untouched() async throws {
        let (refusal, workspaces) = try await restore(try await damagedExport { _ in })
        #expect(refusal == nil)
        #expect(workspaces == 1)
    }
}
