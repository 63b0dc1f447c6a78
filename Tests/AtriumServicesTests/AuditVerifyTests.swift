import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import GRDB
import Testing

/// `audit verify` passes on untouched data and names the first broken record after tampering
/// done through plain SQL, as someone with the file could do.
@Suite struct AuditVerifyTests {
    private func populated(_ body: (Fixture) async throws -> Void) async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00", memo: "one")
            try await fixture.entry("acme", from: "2026-11-20 11:00", to: "2026-11-20 12:00", memo: "two")
            var change = EntryInput(memo: "two, edited")
            change.allowsOverlap = true
            _ = try await fixture.services.entries.edit(2, with: change, as: fixture.owner)
            try await body(fixture)
        }
    }

    private func tamper(_ fixture: Fixture, _ sql: String) async throws {
        let pool = try DatabasePool(path: fixture.directory.file("atrium.sqlite"))
        try await pool.write { db in try db.execute(sql: sql) }
    }

    private func problem(_ fixture: Fixture) async throws -> AuditBreak? {
        let report = try await fixture.services.audit.verify(as: fixture.owner)
        if case .broken(let problem) = report.verification { return problem }
        return nil
    }

    @Test("An untouched trail verifies")
    func intact() async throws {
        try await populated { fixture in
            let report = try await fixture.services.audit.verify(as: fixture.owner)
            // workspace, client, two entries, one edit
            #expect(report.verification == .intact(try await fixture.store.auditHead(of: fixture.owner.workspaceID)))
            #expect(report.entriesChecked == 2)
            guard case .intact(let head) = report.verification else { return }
            #expect(head.sequence == 5)
        }
    }

    @Test("Editing an audit record's contents is caught at that record")
    func editedRecord() async throws {
        try await populated { fixture in
            try await tamper(
                fixture,
                "UPDATE audit_events SET after_state = replace(after_state, '\"memo\":\"one\"', '\"memo\":\"uno\"') WHERE sequence = 3"
            )
            let found = try #require(try await problem(fixture))
            #expect(found.sequence == 3)
            #expect(found.reason == .contentsChanged)
            #expect(found.explanation.contains("record 3"))
        }
    }

    @Test("Rewriting a record and its hash is caught at the next record")
    func rehashedRecord() async throws {
        try await populated { fixture in
            try await tamper(
                fixture,
                "UPDATE audit_events SET summary = 'nothing to see', hash = 'f00d' WHERE sequence = 2"
            )
            let found = try #require(try await problem(fixture))
            #expect(found.sequence == 2)
            #expect(found.reason == .contentsChanged)
        }
    }

    @Test("Deleting a record from the middle is caught")
    func deletedRecord() async throws {
        try await populated { fixture in
            try await tamper(fixture, "DELETE FROM audit_events WHERE sequence = 3")
            let found = try #require(try await problem(fixture))
            #expect(found.sequence == 3)
            #expect(found.reason == .missing(found: 4))
        }
    }

    @Test("Deleting the last records is caught by the head kept on the workspace")
    func truncatedTrail() async throws {
        try await populated { fixture in
            try await tamper(fixture, "DELETE FROM audit_events WHERE sequence >= 4")
            let found = try #require(try await problem(fixture))
            #expect(found.reason == .truncated(expectedLast: 5))
        }
    }

    @Test("Changing a time entry behind Atrium's back is caught")
    func editedEntry() async throws {
        try await populated { fixture in
            try await tamper(fixture, "UPDATE time_entries SET ended_at = ended_at + 3600 WHERE number = 1")
            let found = try #require(try await problem(fixture))
            guard case .recordDiffers(_, let label) = found.reason else {
                Issue.record("expected recordDiffers, got \(found.reason)")
                return
            }
            #expect(label == "Time entry #1")
        }
    }

    @Test("Hard-deleting a time entry's row leaves a record without an entry; inserting one without audit is caught")
    func insertedEntry() async throws {
        try await populated { fixture in
            try await tamper(
                fixture,
                """
                INSERT INTO time_entries (id, workspace_id, number, person_id, client_id, started_at, ended_at, memo,
                    is_billable, source, created_at)
                SELECT '00000000-0000-0000-0000-0000000000aa', workspace_id, 99, person_id, client_id, started_at,
                    ended_at + 100, 'forged', 1, 'manual', created_at
                FROM time_entries WHERE number = 1
                """
            )
            let found = try #require(try await problem(fixture))
            guard case .unrecorded(_, let label) = found.reason else {
                Issue.record("expected unrecorded, got \(found.reason)")
                return
            }
            #expect(label == "Time entry #99")
        }
    }
}
