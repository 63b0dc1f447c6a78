import AtriumCore
import PropertyBased
import Testing

@Suite struct AuditChainTests {
    static let workspace = ID<Workspace>("00000000-0000-0000-0000-000000000001")!
    static let actor = ID<Person>("00000000-0000-0000-0000-000000000002")!
    static let zeros = String(repeating: "0", count: 64)

    static func draft(_ number: Int, at instant: Instant = utc(2026, 11, 20, 14, 0)) -> AuditDraft {
        AuditDraft(
            at: instant,
            actorID: actor,
            action: number == 1 ? .created : .edited,
            entity: AuditEntity(kind: .timeEntry, id: "entry-1"),
            summary: "time entry #1 \(number == 1 ? "created" : "edited (\(number))")",
            before: number == 1 ? nil : "{\"memo\":\"v\(number - 1)\"}",
            after: "{\"memo\":\"v\(number)\"}"
        )
    }

    /// A chain of `count` records and the head the workspace keeps.
    static func chain(_ count: Int) -> ([AuditRecord], AuditHead) {
        var head = AuditHead.empty
        var records: [AuditRecord] = []
        for number in 0..<count {
            let record = AuditChain.seal(draft(number + 1), workspaceID: workspace, after: head)
            records.append(record)
            head = AuditHead(sequence: record.sequence, hash: record.hash)
        }
        return (records, head)
    }

    /// The first break `records` show, or how they finish against `head`.
    static func verify(_ records: [AuditRecord], head: AuditHead) -> AuditVerification {
        var verifier = AuditVerifier()
        for record in records {
            if let problem = verifier.check(record) { return .broken(problem) }
        }
        return verifier.finish(head: head)
    }

    // MARK: Sealing

    @Test("The first record follows the empty head")
    func firstRecord() {
        let record = AuditChain.seal(Self.draft(1), workspaceID: Self.workspace, after: .empty)
        #expect(record.sequence == 1)
        #expect(record.previousHash == Self.zeros)
        #expect(record.hash.count == 64)
        #expect(record.hash.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(record.hash == AuditChain.hash(of: record))
        #expect(record.summary == Self.draft(1).summary)
        #expect(record.after == Self.draft(1).after)
    }

    @Test("Sealing links each record to the one before")
    func linking() {
        let (records, head) = Self.chain(3)
        #expect(records.map(\.sequence) == [1, 2, 3])
        #expect(records[1].previousHash == records[0].hash)
        #expect(records[2].previousHash == records[1].hash)
        #expect(Set(records.map(\.hash)).count == 3)
        #expect(head == AuditHead(sequence: 3, hash: records[2].hash))
    }

    @Test("The hash is SHA-256 over the length-prefixed fields, as documented")
    func knownHash() {
        let record = AuditRecord(
            workspaceID: Self.workspace,
            sequence: 1,
            at: Instant(secondsSinceEpoch: 1_795_183_200),
            actorID: Self.actor,
            action: .created,
            entity: AuditEntity(kind: .timeEntry, id: "entry-1"),
            summary: "time entry #1 created",
            before: nil,
            after: "{\"memo\":\"x\"}",
            previousHash: Self.zeros,
            hash: ""
        )
        // Computed independently: sha256 of "36:<workspace>\n1:1\n10:1795183200\n36:<actor>\n7:created\n…".
        #expect(AuditChain.hash(of: record) == "dabc9da7785d3543163c9d827138da6dc357997fae2d7c0a2c9d1e4997ef6dfc")
    }

    @Test(
        "Changing any field changes the hash",
        arguments: [
            "workspace", "sequence", "at", "actor", "no actor", "action", "kind", "entity", "summary", "before",
            "after", "no after", "previous",
        ]
    )
    func everyFieldCounts(field: String) {
        let record = AuditChain.seal(Self.draft(2), workspaceID: Self.workspace, after: Self.chain(1).1)
        var changed = record
        switch field {
        case "workspace": changed.workspaceID = ID()
        case "sequence": changed.sequence += 1
        case "at": changed.at = changed.at.adding(seconds: 1)
        case "actor": changed.actorID = ID()
        case "no actor": changed.actorID = nil
        case "action": changed.action = .deleted
        case "kind": changed.entity.kind = .client
        case "entity": changed.entity.id = "entry-2"
        case "summary": changed.summary += "."
        case "before": changed.before = "{\"memo\":\"v0\"}"
        case "after": changed.after = "{\"memo\":\"v9\"}"
        case "no after": changed.after = nil
        default: changed.previousHash = Self.zeros
        }
        #expect(changed != record)
        #expect(AuditChain.hash(of: changed) != record.hash)
    }

    @Test("An absent value and an empty one hash differently, as do shifted field boundaries")
    func unambiguousSerialization() {
        let record = AuditChain.seal(Self.draft(1), workspaceID: Self.workspace, after: .empty)
        var empty = record
        empty.before = ""
        #expect(AuditChain.hash(of: empty) != AuditChain.hash(of: record))
        var left = record
        left.summary = "ab"
        left.before = "c"
        var right = record
        right.summary = "a"
        right.before = "bc"
        #expect(AuditChain.hash(of: left) != AuditChain.hash(of: right))
    }

    // MARK: Verifying

    @Test("An intact chain verifies, ending at the stored head")
    func intact() {
        let (records, head) = Self.chain(5)
        #expect(Self.verify(records, head: head) == .intact(head))
        var verifier = AuditVerifier()
        for record in records { #expect(verifier.check(record) == nil) }
        #expect(verifier.count == 5)
    }

    @Test("An empty chain with an empty head is intact")
    func emptyChain() {
        #expect(AuditVerifier().finish(head: .empty) == .intact(.empty))
    }

    @Test("A record whose contents changed breaks the chain at that record")
    func contentsChanged() {
        var (records, head) = Self.chain(5)
        records[2].after = "{\"memo\":\"v3, billed twice\"}"
        let result = Self.verify(records, head: head)
        #expect(result == .broken(AuditBreak(sequence: 3, reason: .contentsChanged, record: records[2])))
        guard case .broken(let problem) = result else { return }
        #expect(problem.explanation.contains("record 3 (time entry #1 edited (3))"))
    }

    @Test("A changed record that was re-hashed breaks the link of the record after it")
    func rehashedRecord() {
        var (records, head) = Self.chain(5)
        records[2].summary = "nothing to see"
        records[2].hash = AuditChain.hash(of: records[2])
        #expect(
            Self.verify(records, head: head)
                == .broken(AuditBreak(sequence: 4, reason: .linkBroken, record: records[3]))
        )
    }

    @Test("A record removed from the middle is reported missing where it should be")
    func removedFromMiddle() {
        var (records, head) = Self.chain(5)
        records.remove(at: 2)
        let result = Self.verify(records, head: head)
        #expect(result == .broken(AuditBreak(sequence: 3, reason: .missing(found: 4), record: nil)))
        guard case .broken(let problem) = result else { return }
        #expect(problem.explanation == "Audit chain broken at record 3: it is missing (the next record found is 4).")
    }

    @Test("Records in the wrong order are caught")
    func reordered() {
        var (records, head) = Self.chain(4)
        records.swapAt(1, 2)
        #expect(
            Self.verify(records, head: head)
                == .broken(AuditBreak(sequence: 2, reason: .missing(found: 3), record: nil))
        )
    }

    @Test("A chain cut short does not reach the stored head")
    func truncated() {
        let (records, head) = Self.chain(5)
        let result = Self.verify(Array(records.prefix(3)), head: head)
        #expect(result == .broken(AuditBreak(sequence: 4, reason: .truncated(expectedLast: 5), record: nil)))
        guard case .broken(let problem) = result else { return }
        #expect(problem.explanation == "Audit chain broken at record 4: records 4–5 were written and are gone.")
    }

    @Test("A chain emptied entirely does not reach the stored head")
    func emptied() {
        let (_, head) = Self.chain(2)
        #expect(
            Self.verify([], head: head)
                == .broken(AuditBreak(sequence: 1, reason: .truncated(expectedLast: 2), record: nil))
        )
    }

    @Test("A whole chain replaced by another of the same length does not match the stored head")
    func replacedChain() {
        let (_, head) = Self.chain(3)
        var forged = AuditHead.empty
        var records: [AuditRecord] = []
        for number in 1...3 {
            let record = AuditChain.seal(
                Self.draft(number, at: utc(2026, 11, 21)),
                workspaceID: Self.workspace,
                after: forged
            )
            records.append(record)
            forged = AuditHead(sequence: record.sequence, hash: record.hash)
        }
        let result = Self.verify(records, head: head)
        #expect(result != .intact(head))
        #expect(result != .intact(forged))
    }

    // MARK: Live entries

    static func entry() -> TimeEntry {
        TimeEntry(
            id: ID("00000000-0000-0000-0000-0000000000e7")!,
            workspaceID: workspace,
            number: 7,
            personID: actor,
            clientID: ID("00000000-0000-0000-0000-000000000003")!,
            start: utc(2026, 11, 20, 14, 0),
            end: utc(2026, 11, 20, 15, 0),
            memo: "Listing photos",
            tags: [try! TagName("rush"), try! TagName("admin")],
            source: .manual,
            createdAt: utc(2026, 11, 20, 15, 0)
        )
    }

    @Test("An entry's audited state is canonical JSON with sorted keys and explicit nulls")
    func canonicalJSON() {
        #expect(
            AuditState.json(AuditState.Entry(Self.entry()))
                == "{\"billable\":true,\"client\":\"00000000-0000-0000-0000-000000000003\",\"deleted\":null,"
                + "\"end\":1795186800,\"memo\":\"Listing photos\",\"number\":7,"
                + "\"person\":\"00000000-0000-0000-0000-000000000002\",\"project\":null,\"source\":\"manual\","
                + "\"start\":1795183200,\"tags\":[\"admin\",\"rush\"]}"
        )
    }

    @Test("A billing rule's audited state is canonical JSON")
    func billingJSON() {
        let priced = AuditState.Billing(
            name: "Acme / Realty",
            currency: currency("BHD"),
            rate: money(12_500, "BHD"),
            rounding: .up(minutes: 15)
        )
        #expect(
            AuditState.json(priced)
                == "{\"currency\":\"BHD\",\"name\":\"Acme / Realty\",\"rate\":\"12.500\",\"rounding\":\"up:15m\"}"
        )
        let unpriced = AuditState.Billing(name: "Acme", currency: .usd, rate: nil, rounding: nil)
        #expect(AuditState.json(unpriced) == "{\"currency\":\"USD\",\"name\":\"Acme\",\"rate\":null,\"rounding\":null}")
    }

    @Test(
        "Memos with quotes, backslashes, control characters and any script survive the audited state",
        arguments: [
            "say \"hi\"", "C:\\clients\\acme", "line 1\nline 2\r\n\tindented", "bell \u{7}", "delete \u{7f}",
            "café · Zoë · Привет · 你好 · مرحبا", "emoji 👩🏽‍💻 and flags 🇦🇺", "separator \u{2028} here", "", "/slashes/",
        ]
    )
    func memoRoundTrip(memo: String) {
        var entry = Self.entry()
        entry.memo = memo
        let state = AuditState.json(AuditState.Entry(entry))
        #expect(AuditState.decode(AuditState.Entry.self, from: state) == AuditState.Entry(entry))
        #expect(AuditVerifier.check(entry, auditedState: state) == nil)
    }

    @Test("Texts are escaped byte for byte as the hashes of stored records were made")
    func escapedBytes() {
        let text = CanonicalJSON.string("q\"b\\c\nr\rt\t\u{1}\u{1f}\u{7f}é 你").text
        #expect(text == "\"q\\\"b\\\\c\\nr\\rt\\t\\u0001\\u001f\u{7f}é 你\"")
    }

    @Test("An entry as audited passes")
    func entryAsAudited() {
        let state = AuditState.json(AuditState.Entry(Self.entry()))
        #expect(AuditVerifier.check(Self.entry(), auditedState: state) == nil)
    }

    @Test(
        "An entry changed after its last audit record is detected",
        arguments: ["memo", "end", "start", "client", "tags", "billable", "deleted", "running"]
    )
    func entryChanged(change: String) {
        let audited = AuditState.json(AuditState.Entry(Self.entry()))
        var entry = Self.entry()
        switch change {
        case "memo": entry.memo = "Listing photos (2 h)"
        case "end": entry.end = utc(2026, 11, 20, 16, 0)
        case "start": entry.start = utc(2026, 11, 20, 13, 0)
        case "client": entry.clientID = ID()
        case "tags": entry.setTags([])
        case "billable": entry.isBillable = false
        case "deleted": entry.deletedAt = utc(2026, 11, 21)
        default: entry.end = nil
        }
        let entity = AuditEntity(kind: .timeEntry, id: "00000000-0000-0000-0000-0000000000e7")
        let problem = AuditVerifier.check(entry, auditedState: audited)
        #expect(
            problem
                == AuditBreak(sequence: 0, reason: .recordDiffers(entity: entity, label: "Time entry #7"), record: nil)
        )
        #expect(
            problem?.explanation == "Time entry #7 differs from its last audited state: it was changed outside Atrium."
        )
    }

    @Test("An entry without any audit record is detected")
    func entryUnrecorded() {
        let entity = AuditEntity(kind: .timeEntry, id: "00000000-0000-0000-0000-0000000000e7")
        let problem = AuditVerifier.check(Self.entry(), auditedState: nil)
        #expect(
            problem == AuditBreak(sequence: 0, reason: .unrecorded(entity: entity, label: "Time entry #7"), record: nil)
        )
        #expect(problem?.explanation == "Time entry #7 has no audit record: it was added outside Atrium.")
    }

    @Test("An audited state that is not an entry's JSON counts as different")
    func unreadableState() {
        #expect(AuditVerifier.check(Self.entry(), auditedState: "{}") != nil)
        #expect(AuditVerifier.check(Self.entry(), auditedState: "not json") != nil)
    }

    // MARK: Laws

    @Test("Any Latin-1 memo reads back from the audited state unchanged")
    func memoLaw() async {
        await propertyCheck(input: Gen.latin1.string(of: 0...40)) { memo in
            var entry = Self.entry()
            entry.memo = memo
            let state = AuditState.json(AuditState.Entry(entry))
            #expect(AuditState.decode(AuditState.Entry.self, from: state)?.memo == memo)
        }
    }

    @Test("An entry's state written directly is the text of its sorted fields, for any entry")
    func directTextLaw() async {
        await propertyCheck(input: Gen.latin1.string(of: 0...12), Gen.int(in: 0...127)) { text, shape in
            var state = AuditState.Entry(Self.entry())
            let has = { (bit: Int) in shape & (1 << bit) != 0 }
            state.memo = text
            state.project = has(0) ? "project \(text)" : nil
            state.end = has(1) ? Int64(shape) * 97 : nil
            state.deleted = has(2) ? -Int64(shape) : nil
            state.price = has(3) ? "hourly EUR 45.00" : nil
            state.task = has(4) ? text + "\u{1}\"" : nil
            state.tags = has(5) ? [text, "a\\b"] : []
            state.billable = has(6)
            #expect(state.canonicalText == CanonicalJSON.text(ofFields: state.canonicalFields))
        }
    }

    @Test("Any chain verifies, and changing any one record is caught at that record")
    func tamperLaw() async {
        await propertyCheck(input: Gen.int(in: 1...20), Gen.int(in: 0...19)) { count, pick in
            let (records, head) = Self.chain(count)
            #expect(Self.verify(records, head: head) == .intact(head))
            let index = pick % count
            var tampered = records
            tampered[index].summary += " (edited)"
            #expect(
                Self.verify(tampered, head: head)
                    == .broken(
                        AuditBreak(sequence: Int64(index + 1), reason: .contentsChanged, record: tampered[index])
                    )
            )
        }
    }
}
