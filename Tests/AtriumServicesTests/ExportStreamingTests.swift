import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import PropertyBased
import Synchronization
import Testing

@testable import AtriumDocuments

/// A restore reads an export's entries from the file a batch at a time: the same entries as reading
/// the document whole, whatever its layout, and the same refusals, naming the entry.
@Suite struct ExportStreamingTests {
    /// Memos with everything that could mislead a reader looking for where an entry ends.
    static let memos = [
        "Plain", "Brackets ] } [ {", #"Quote " and backslash \ and \" together"#, "Comma, colon: semicolon;",
        "Line\nbreak\ttab", "Ünïcödé 😀 日本語", #"\u0041 as text"#, "",
    ]

    /// The export of a workspace with one entry for each of ``memos``.
    private func export() async throws -> Data {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            for (hour, memo) in Self.memos.enumerated() {
                let from = "2026-11-20 \(String(format: "%02d", hour + 8)):00"
                let to = "2026-11-20 \(String(format: "%02d", hour + 8)):30"
                try await fixture.entry("acme", from: from, to: to, memo: memo)
            }
            return try await ExportRoundTripTests().export(fixture.services, as: fixture.owner)
        }
    }

    /// `document` written again with `entries` as its first member or its last.
    private func rewritten(_ document: Data, entriesFirst: Bool, options: JSONSerialization.WritingOptions) throws
        -> Data
    {
        let root = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        let entries = try JSONSerialization.data(withJSONObject: try #require(root["entries"]), options: options)
        var rest = root
        rest["entries"] = nil
        let others = try JSONSerialization.data(withJSONObject: rest, options: options)
        let inner = String(decoding: others, as: UTF8.self).dropFirst().dropLast()
        let list = String(decoding: entries, as: UTF8.self)
        let text = entriesFirst ? "{\"entries\" : \(list),\(inner)}" : "{\(inner),\n \"entries\":\(list)\n}\n"
        return Data(text.utf8)
    }

    @Test("The entries read from the file are those of the whole document, whatever its layout and key order")
    func layouts() async throws {
        let exported = try await export()
        let expected = try AtriumExportReader.read(data: exported).entries
        #expect(expected.map(\.memo) == Self.memos)
        let variants: [Data] = [
            exported,
            try rewritten(exported, entriesFirst: true, options: []),
            try rewritten(exported, entriesFirst: false, options: [.prettyPrinted, .sortedKeys]),
            try JSONSerialization.data(
                withJSONObject: try JSONSerialization.jsonObject(with: exported),
                options: [.prettyPrinted, .sortedKeys]
            ),
            // The name written with an escape: found by Foundation's parser, read with the rest.
            Data(
                String(decoding: exported, as: UTF8.self).replacingOccurrences(
                    of: #""entries":"#,
                    with: #""\u0065ntries":"#
                ).utf8
            ),
            // A UTF-8 byte order mark, as some editors write one.
            Data([0xEF, 0xBB, 0xBF]) + exported,
        ]
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (index, variant) in variants.enumerated() {
            #expect(try AtriumExportReader.read(data: variant).entries == expected, "variant \(index)")
            let path = directory.file("export-\(index).json")
            try variant.write(to: URL(fileURLWithPath: path))
            let (document, stream) = try AtriumExportReader.open(path: path)
            #expect(document.entries.isEmpty)
            var streamed: [TimeEntry] = []
            while let entry = try stream.next() { streamed.append(entry) }
            #expect(streamed == expected, "variant \(index) from a file")
            #expect(try stream.next() == nil)
        }
    }

    @Test(
        "A broken entry or broken list text is refused, naming the entry or the byte",
        arguments: [
            (
                #""memo":"Comma, colon: semicolon;","tags":[],"billable":true"#,
                #""memo":"Comma, colon: semicolon;","tags":[],"billable":tru"#, "entries[3] is not valid JSON"
            ),
            (#"},{"number":3"#, #"}{"number":3"#, #"expected "," or "]" after entries[1] at byte"#),
            (#""memo":"Plain""#, #""memo":7"#, "entries[0].memo: expected text"),
            (#"}]}"#, #"}],"entries":[]}"#, "entries appears twice"),
            (#""entries":["#, #""entries":{"a":1},"x":["#, "entries is not a list"),
        ] as [(String, String, String)]
    )
    func brokenEntries(original: String, replacement: String, message: String) async throws {
        let text = String(decoding: try await export(), as: UTF8.self)
        let damaged = text.replacingOccurrences(of: original, with: replacement)
        #expect(damaged != text)
        expectRefusal(Data(damaged.utf8), saying: [message])
    }

    @Test(
        "An entry that does not fit the document is refused, naming it and the field",
        arguments: [
            ([(1, "personId", #""00000000-0000-4000-8000-000000000001""#)], "entries[1].personId: no person in the"),
            ([(1, "projectId", #""00000000-0000-4000-8000-000000000001""#)], "entries[1].projectId: no project of"),
            ([(1, "clientId", #""not-an-id""#)], #"entries[1].clientId: "not-an-id" cannot be read: not an id"#),
            ([(1, "end", #""2026-01-01T00:00:00Z""#)], "entries[1].end: it is before the start"),
            ([(1, "number", "0")], "entries[1].number: expected a whole number from 1"),
            ([(1, "number", "-6")], "entries[1].number: expected a whole number from 1"),
            ([(2, "number", "1")], "entries[2].number: 1 is also the number of entries[0]"),
            (
                [(1, "importKey", #""toggl:x""#), (3, "importKey", #""toggl:x""#)],
                "entries[3].importKey: toggl:x is also the import key of entries[1]"
            ),
            (
                [(1, "end", "null"), (4, "end", "null")],
                "entries[4].end: a second running timer of the person of entries[1]"
            ),
        ] as [([(Int, String, String)], String)]
    )
    func entryThatDoesNotFit(changes: [(Int, String, String)], message: String) async throws {
        var root = try #require(try JSONSerialization.jsonObject(with: try await export()) as? [String: Any])
        var entries = try #require(root["entries"] as? [[String: Any]])
        for (index, key, json) in changes {
            entries[index][key] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        }
        root["entries"] = entries
        let damaged = try JSONSerialization.data(withJSONObject: root)
        expectRefusal(damaged, saying: [message])
    }

    @Test(
        "Text that is not an export's is refused, saying what is wrong and where",
        arguments: [
            ("", "the file is empty"),
            ("  \n", "the file is empty"),
            ("[]", "document is not an object"),
            ("FE FF", "it is not UTF-8 text"),
            ("FF FE", "it is not UTF-8 text"),
            ("UTF-16 without a mark", "it is not UTF-8 text"),
            (
                "{\"format\":\"atrium-export\",\"version\":05,\"entries\":[]}",
                "it is not valid JSON (outside its entries)"
            ),
        ]
    )
    func notAnExport(text: String, message: String) {
        let data: Data =
            switch text {
            case "FE FF": Data([0xFE, 0xFF, 0x00, 0x7B])
            case "FF FE": Data([0xFF, 0xFE, 0x7B, 0x00])
            case "UTF-16 without a mark": Data([0x7B, 0x00, 0x22, 0x00])
            default: Data(text.utf8)
            }
        expectRefusal(data, saying: [message])
    }

    @Test(
        "Broken text in the entries is placed in the entry it breaks",
        arguments: [
            (
                #"},{"number":2,"#, #"},x{"number":2,"#,
                ["it is not valid JSON: expected", "after a value at byte", "(reading entries[1])"]
            ),
            (#"},{"number":2,"#, #"},{"number":2,,"#, ["entries[1] is not valid JSON"]),
            (
                #""memo":"Comma, colon: semicolon;""#, #""memo":"Comma, colon: semicolon;"#,
                ["it is not valid JSON", "(reading entries[3])"]
            ),
        ]
    )
    func brokenText(original: String, replacement: String, messages: [String]) async throws {
        let text = String(decoding: try await export(), as: UTF8.self)
        let damaged = text.replacingOccurrences(of: original, with: replacement)
        #expect(damaged != text)
        expectRefusal(Data(damaged.utf8), saying: messages)
    }

    @Test("A folder is refused as one; an export read through a pipe is read whole")
    func folderAndPipe() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect {
            try AtriumExportReader.open(path: directory.file(""))
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains("it is a folder, not a file") == true
        }
        let exported = try await export()
        let pipe = directory.file("pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(exported)
                try? handle.close()
            }
        }
        writer.start()
        let (document, entries) = try AtriumExportReader.open(path: pipe)
        var count = 0
        while try entries.next() != nil { count += 1 }
        #expect(count == Self.memos.count)
        #expect(document.people.count == 1)
    }

    @Test("A file cut short, or with text after the document, is refused as not valid JSON")
    func truncatedOrTrailing() async throws {
        let text = String(decoding: try await export(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.hasSuffix("}]}"))
        let damages: [String] = [
            String(text.dropLast(1)), String(text.dropLast(2)), String(text.prefix(text.count / 2)), text + " {}",
        ]
        for damaged in damages {
            expectRefusal(Data(damaged.utf8), saying: ["it is not valid JSON"])
        }
    }

    @Test("A restore tells its progress: at the end, every entry written and the file's size")
    func progress() async throws {
        let exported = try await export()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("export.json")
        try exported.write(to: URL(fileURLWithPath: path))
        let store = try SQLiteStore.open(at: directory.file("atrium.sqlite"))
        let services = Services(store: store, now: { Instant(secondsSinceEpoch: 1_795_000_000) })
        let told = Mutex<[ImportProgress]>([])
        let restored = try await services.imports.restoreExport(path: path) { step in told.withLock { $0.append(step) }
        }
        #expect(restored.entries == Self.memos.count)
        let last = try #require(told.withLock { $0.last })
        #expect(last.rows == Self.memos.count)
        #expect(last.totalBytes == exported.count)
        #expect(last.bytesRead > exported.count / 2 && last.bytesRead <= exported.count)
    }

    @Test("The entries are read from the file opened for the first pass, even once another is saved under its name")
    func savedOverWhileRead() async throws {
        let exported = try await export()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("export.json")
        try exported.write(to: URL(fileURLWithPath: path))
        let firstPass = try JSONByteReader(path: path)
        // Another export saved over it (a new file under the same name), as an editor or a second
        // export would, while the first pass reads.
        let other = try rewritten(exported, entriesFirst: true, options: [.prettyPrinted])
        let replacement = directory.file("replacement.json")
        try other.write(to: URL(fileURLWithPath: replacement))
        #expect(rename(replacement, path) == 0)
        let offset = exported.count / 2
        #expect(Self.rest(of: try JSONByteReader(sameFileAs: firstPass, offset: offset)) == Array(exported[offset...]))
        // What opening the name again would have read instead.
        #expect(Self.rest(of: try JSONByteReader(path: path, offset: offset)) == Array(other[offset...]))
    }

    private static func rest(of reader: JSONByteReader) -> [UInt8] {
        var bytes: [UInt8] = []
        while let byte = reader.next() { bytes.append(byte) }
        return bytes
    }

    @Test("An entry's field error is named before a later entry of its batch that is not JSON or holds a NUL")
    func firstProblemFirst() async throws {
        let text = String(decoding: try await export(), as: UTF8.self)
        let fieldError = (#""memo":"Brackets ] } [ {""#, #""memo":7"#)
        let laterMemo = #""memo":"Comma, colon: semicolon;""#
        #expect(text.contains(fieldError.0) && text.contains(laterMemo))
        let later: [(name: String, damage: (String) -> String, says: String)] = [
            (
                "not JSON", { $0.replacingOccurrences(of: laterMemo, with: #""memo":tru"#) },
                "entries[3] is not valid JSON"
            ),
            ("a NUL", { $0.replacingOccurrences(of: laterMemo, with: #""memo":"Comma\u0000""#) }, "entries[3].memo"),
        ]
        // (Text broken where the list's brackets and quotes are, a file cut short, is found by the
        // first pass over the file, before any entry is read: see `brokenText`.)
        for (name, damage, says) in later {
            let damaged = damage(text)
            // Alone, the later problem is named…
            expectRefusal(Data(damaged.utf8), saying: [says])
            // …but an earlier entry's field error comes first, in memory and from a file.
            let both = Data(damaged.replacingOccurrences(of: fieldError.0, with: fieldError.1).utf8)
            expectRefusal(both, saying: ["entries[1].memo"])
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let path = directory.file("export.json")
            try both.write(to: URL(fileURLWithPath: path))
            #expect(throws: ImportFileError.self, "\(name)") {
                let (_, entries) = try AtriumExportReader.open(path: path)
                do throws(ImportFileError) {
                    while try entries.next() != nil {}
                } catch {
                    #expect(error.userMessage.contains("entries[1].memo"), "\(name): \(error.userMessage)")
                    throw error
                }
            }
        }
    }

    @Test("A restore that meets a bad entry after writing others keeps nothing")
    func allOrNothing() async throws {
        let text = String(decoding: try await export(), as: UTF8.self)
        let last = try #require(Self.memos.last)
        #expect(last.isEmpty)
        let damaged = text.replacingOccurrences(of: #""memo":"""#, with: #""memo":7"#)
        #expect(damaged != text)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("export.json")
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: path))
        let store = try SQLiteStore.open(at: directory.file("atrium.sqlite"))
        let services = Services(store: store, now: { Instant(secondsSinceEpoch: 1_795_000_000) })
        await #expect {
            try await services.imports.restoreExport(path: path)
        } throws: { error in
            (error as? ImportFileError)?.userMessage.contains("entries[7].memo: expected text") == true
        }
        #expect(try await store.workspaces().isEmpty)

        // In the store: entries written, then an error from the ones still to come takes all back.
        let valid = directory.file("valid.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: valid))
        let (document, entries) = try AtriumExportReader.open(path: valid)
        let handed = Mutex(0)
        await #expect(throws: StopReading.self) {
            try await store.restoreWorkspace(
                document,
                moreEntries: {
                    guard
                        handed.withLock({ count in
                            count += 1
                            return count
                        }) < 6
                    else { throw StopReading() }
                    return try entries.next()
                },
                at: Instant(secondsSinceEpoch: 1_795_000_000)
            )
        }
        #expect(handed.withLock { $0 } == 6)
        #expect(try await store.workspaces().isEmpty)
    }

    private struct StopReading: Error {}

    /// Texts that look like JSON structure from inside a string.
    static let pieces = ["a", "]", "}", "[", "{", "\"", "\\", ",", ":", " ", "\n", "é", "😀", "\\u0041", "null", "1e3"]

    @Test("Any list, split from its document and read in batches of any size, is the list Foundation reads")
    func anyList() async {
        await propertyCheck(
            count: 300,
            input: Gen.element(of: Self.pieces).compactMap { $0 }.array(of: 0...6).map { $0.joined() }.array(of: 0...7),
            Gen.int(in: 1...4)
        ) { (texts: [String], batchSize: Int) in
            let elements: [Any] = texts.enumerated().map { index, text -> Any in
                switch index % 3 {
                case 0: return ["memo": text, "tags": [text, index]] as [String: Any]
                case 1: return text
                default: return [text]
                }
            }
            let document: [String: Any] = ["before": texts, "entries": elements, "after": ["x": texts.first ?? ""]]
            guard let data = try? JSONSerialization.data(withJSONObject: document),
                let split = try? ExportFileSplit(JSONByteReader(data: data), splitting: "entries", format: "test"),
                let offset = split.listOffset
            else {
                Issue.record("not split: \(texts)")
                return
            }
            var rest = document
            rest["entries"] = nil
            let head = Self.canonical(try? JSONSerialization.jsonObject(with: split.head))
            #expect(head != nil && head == Self.canonical(rest))
            var read: [Any] = []
            do {
                var list = try JSONListElements(
                    JSONByteReader(data: data, offset: offset),
                    name: "entries",
                    format: "test",
                    batchSize: batchSize
                )
                read = try Self.elements(of: &list)
            } catch {
                Issue.record("\(error) for \(texts)")
            }
            let expected = Self.canonical(elements)
            #expect(expected != nil && Self.canonical(read) == expected, "\(texts)")
        }
    }

    @Test("A file read a few bytes at a time splits and streams as when read whole")
    func smallChunks() async throws {
        let exported = try await export()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Pretty-printed with entries in the middle, after a byte order mark: every kind of byte
        // falls at the end of some chunk.
        let text = try rewritten(exported, entriesFirst: false, options: [.prettyPrinted, .sortedKeys])
        let path = directory.file("export.json")
        try (Data([0xEF, 0xBB, 0xBF]) + text).write(to: URL(fileURLWithPath: path))
        let whole = try ExportFileSplit(
            JSONByteReader(data: Data([0xEF, 0xBB, 0xBF]) + text),
            splitting: "entries",
            format: "test"
        )
        let expected = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
        for chunk in 1...7 {
            let split = try ExportFileSplit(
                JSONByteReader(path: path, chunk: chunk),
                splitting: "entries",
                format: "test"
            )
            #expect(split.head == whole.head, "chunk \(chunk)")
            let offset = try #require(split.listOffset)
            #expect(offset == whole.listOffset)
            var list = try JSONListElements(
                JSONByteReader(path: path, offset: offset, chunk: chunk),
                name: "entries",
                format: "test",
                batchSize: 3
            )
            let read = try Self.elements(of: &list)
            let entries = Self.canonical(expected["entries"])
            #expect(entries != nil && Self.canonical(read) == entries, "chunk \(chunk)")
            #expect(list.bytesRead <= list.totalBytes ?? 0)
        }
    }

    /// Every element of `list`, batch after batch, checking that each batch numbers its elements on
    /// from the one before.
    private static func elements(of list: inout JSONListElements) throws -> [Any] {
        var read: [Any] = []
        while true {
            let batch = list.nextBatch()
            if let problem = batch.problem { throw problem }
            if batch.elements.isEmpty { return read }
            #expect(batch.elements.map(\.index) == Array(read.count..<(read.count + batch.elements.count)))
            read += batch.elements.map(\.value)
        }
    }

    /// Expects reading `data` to be refused with a message holding each of `parts`.
    private func expectRefusal(_ data: Data, saying parts: [String], sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(sourceLocation: sourceLocation) {
            try AtriumExportReader.read(data: data)
        } throws: { error in
            let said = (error as? ImportFileError)?.userMessage ?? ""
            return parts.allSatisfy(said.contains)
        }
    }

    /// A JSON value written with sorted keys, for comparing parsed values.
    private static func canonical(_ value: Any?) -> Data? {
        value.flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys, .fragmentsAllowed]) }
    }
}
