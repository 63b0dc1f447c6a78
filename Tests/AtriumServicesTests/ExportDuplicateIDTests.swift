import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumTestSupport
import Foundation
import Testing

/// An export whose list holds two records with one id is refused, naming the second, not crashed on
/// or half-restored.
@Suite struct ExportDuplicateIDTests {
    @Test(
        "A repeated id among people, clients, projects or entries is refused, naming the repeat",
        arguments: [
            "people", "clients", "projects", "entries",
        ]
    )
    func repeatedID(list: String) async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            _ = try await fixture.services.projects.add("acme/Listings", .init(rate: "55"), as: fixture.owner)
            try await fixture.entry("acme/listings", from: "2026-11-20 09:00", to: "2026-11-20 10:30")
            let exported = try await ExportRoundTripTests().export(fixture.services, as: fixture.owner)
            #expect(throws: Never.self) { try AtriumExportReader.read(data: exported) }

            var root = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
            var records = try #require(root[list] as? [Any])
            var first = try #require(records.first as? [String: Any])
            // An entry repeated whole would repeat its number too, which is looked for first.
            if list == "entries" { first["number"] = 99 }
            records.append(first)
            root[list] = records
            let repeated = try JSONSerialization.data(withJSONObject: root)
            let id = try #require(first["id"])
            #expect {
                try AtriumExportReader.read(data: repeated)
            } throws: { error in
                (error as? ImportFileError)?.userMessage.contains("\(list)[1].id: \(id) is the id of an earlier one")
                    == true
            }
        }
    }

    /// The export of a workspace with one entry holding `memo`, as text.
    private func export(memo: String) async throws -> String {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:30", memo: memo)
            let exported = try await ExportRoundTripTests().export(fixture.services, as: fixture.owner)
            return String(decoding: exported, as: UTF8.self)
        }
    }

    @Test(
        "A NUL character anywhere in an export, in a text or a name, is refused, naming where",
        arguments: [
            (#""In\u0000box""#, "document.entries[0].memo holds a NUL character"),
            (#""Inbox","In\u0000box":"x""#, "a name in document.entries[0] holds a NUL character"),
        ]
    )
    func nulCharacter(replacement: String, message: String) async throws {
        let text = try await export(memo: "Inbox")
        let damaged = text.replacingOccurrences(of: #""Inbox""#, with: replacement)
        #expect(damaged != text)
        #expect {
            try AtriumExportReader.read(data: Data(damaged.utf8))
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains(message) == true
        }
    }

    @Test("A memo holding the text \\u0000 (a backslash, not a NUL) is restored as it was")
    func backslashTextIsNotNUL() async throws {
        let memo = #"C:\u0000 is not a NUL"#
        let document = try AtriumExportReader.read(data: Data(try await export(memo: memo).utf8))
        #expect(document.entries.map(\.memo) == [memo])
    }
}
