import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Synchronization
import Testing

/// The whole-workspace JSON export, streamed.
@Suite struct ExportServiceTests {
    /// Collects the chunks a streamed export writes.
    final class Chunks: Sendable {
        let received = Mutex<[[UInt8]]>([])
        var document: Data { Data(received.withLock { $0.flatMap { $0 } }) }
    }

    @Test("The document holds every record kind, deleted entries too, as valid JSON with a format version")
    func document() async throws {
        try await withFixture { fixture in
            let acme = try await fixture.client("Acme Realty")
            _ = try await fixture.services.hours.setHours("Mon-Fri 09:00-17:00", of: acme.id, as: fixture.owner)
            _ = try await fixture.services.projects.add("acme/Listings", .init(rate: "55"), as: fixture.owner)
            try await fixture.entry(
                "acme/listings",
                from: "2026-11-20 09:00",
                to: "2026-11-20 10:30",
                memo: "Say \"hi\"\nthen go"
            )
            let gone = try await fixture.entry("acme", from: "2026-11-20 11:00", to: "2026-11-20 11:30")
            _ = try await fixture.services.entries.delete(gone.number, as: fixture.owner)
            _ = try await fixture.services.schedule.add(
                ScheduleInput(kind: .meeting, client: "acme", at: "09:00", duration: "30m", every: "week", on: "Tue"),
                as: fixture.owner
            )
            let chunks = Chunks()
            let count = try await fixture.services.export.exportWorkspace(as: fixture.owner) { bytes in
                chunks.received.withLock { $0.append(bytes) }
            }
            #expect(count == 2)
            #expect(
                chunks.received.withLock { $0.count } >= 2,
                "the entries are written after the rest, as they are read"
            )
            let object = try #require(try JSONSerialization.jsonObject(with: chunks.document) as? [String: Any])
            #expect(object["format"] as? String == "atrium-export")
            #expect(object["version"] as? Int == 5)
            let billing = try #require(object["billing"] as? [String: Any])
            #expect(
                Set(billing.keys) == [
                    "invoiceNumbering", "retainers", "retainerAlerts", "reminderSchedules", "invoices", "invoiceLines",
                    "payments", "prepaymentDeductions", "entryReservations",
                ]
            )
            let clients = try #require(object["clients"] as? [[String: Any]])
            #expect(clients.first?["workingHours"] as? String == "Mon-Fri 09:00-17:00")
            #expect((clients.first?["rate"] as? [String: Any])?["amountMinor"] as? Int == 4500)
            #expect(clients.first?["legalName"] is NSNull)
            let projects = try #require(object["projects"] as? [[String: Any]])
            #expect(projects.first?["name"] as? String == "Listings")
            let entries = try #require(object["entries"] as? [[String: Any]])
            #expect(entries.count == 2)
            #expect(entries[0]["memo"] as? String == "Say \"hi\"\nthen go")
            #expect(entries[0]["deletedAt"] is NSNull)
            #expect(entries[1]["deletedAt"] as? String != nil)
            let schedule = try #require(object["schedule"] as? [[String: Any]])
            #expect(schedule.first?["rule"] as? String == "FREQ=WEEKLY;BYDAY=TU")
            #expect((object["people"] as? [[String: Any]])?.first?["role"] as? String == "owner")
        }
    }

    @Test("Only owners export the workspace")
    func ownersOnly() async throws {
        try await withFixture { fixture in
            let caller = try await fixture.member()
            await #expect(throws: ServiceError.self) {
                try await fixture.services.export.exportWorkspace(as: caller) { _ in }
            }
        }
    }
}
