import AtriumCore
import AtriumServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// `PATCH /api/v1/time-entries/{id}` changes what it is sent, and nothing is silently ignored.
@Suite struct EntryPatchAPITests {
    @Test("A project alone moves the entry to that project of its client; null takes it off; null times are refused")
    func projectAlone() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let bloom = try await web.fixture.client("Bloom & Co")
            let listings = try await web.services.projects.add("acme/Listings", .init(), as: web.owner).1
            let other = try await web.services.projects.add("bloom/Social", .init(), as: web.owner).1
            let entry = try await web.fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                func patch(_ body: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: "/api/v1/time-entries/\(entry.number)",
                        method: .patch,
                        headers: .bearer(secret, json: true),
                        body: ByteBuffer(string: body)
                    )
                }
                let moved = try await patch(#"{"projectId": "\#(listings.id)"}"#)
                #expect(moved.status == .ok)
                #expect(try moved.json()["projectId"] as? String == listings.id.description)
                #expect(
                    try await web.store.entry(number: entry.number, in: web.owner.workspaceID).projectID == listings.id
                )

                let foreign = try await patch(#"{"projectId": "\#(other.id)"}"#)
                #expect(foreign.status == .unprocessableContent)
                #expect(try foreign.json()["field"] as? String == "projectId")

                let cleared = try await patch(#"{"projectId": null}"#)
                #expect(cleared.status == .ok)
                #expect(try cleared.json()["projectId"] == nil)
                #expect(try await web.store.entry(number: entry.number, in: web.owner.workspaceID).projectID == nil)

                for field in ["end", "start", "clientId"] {
                    let refused = try await patch(#"{"\#(field)": null}"#)
                    #expect(refused.status == .unprocessableContent, "\(field)")
                    #expect(try refused.json()["field"] as? String == field)
                }
                let stored = try await web.store.entry(number: entry.number, in: web.owner.workspaceID)
                #expect(stored.end != nil && stored.clientID == acme.id)
                _ = bloom
            }
        }
    }
}
