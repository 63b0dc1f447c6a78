import AtriumCore
import AtriumServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtriumWeb

/// `/api/v1/tasks` and `taskId` on entries and the timer.
@Suite struct TaskAPITests {
    @Test(
        "Tasks are added, listed, renamed and re-rated; entries and timers carry taskId; an id of no task is a 400, a task of another client a 422"
    )
    func tasksThroughTheAPI() async throws {
        try await withWeb { web in
            let acme = try await web.fixture.client("Acme Realty")
            let bloom = try await web.fixture.client("Bloom & Co", zone: "Europe/London", currency: "GBP", rate: "38")
            let secret = try await web.token(for: web.owner)
            try await web.test { client in
                @Sendable func send(_ method: HTTPRequest.Method, _ uri: String, _ json: String? = nil) async throws
                    -> TestResponse
                {
                    try await client.execute(
                        uri: uri,
                        method: method,
                        headers: .bearer(secret, json: json != nil),
                        body: json.map { ByteBuffer(string: $0) }
                    )
                }
                let added = try await send(
                    .post,
                    "/api/v1/tasks",
                    #"{"clientId": "\#(acme.id)", "name": "Monthly close", "rate": "70"}"#
                )
                #expect(added.status == .created)
                let task = try added.json()
                let taskID = try #require(task["id"] as? String)
                #expect((task["rate"] as? [String: Any])?["amountMinor"] as? Int == 7000)

                let entry = try await send(
                    .post,
                    "/api/v1/time-entries",
                    #"{"clientId": "\#(acme.id)", "taskId": "\#(taskID)", "start": "2026-11-20T15:00:00Z", "end": "2026-11-20T16:00:00Z"}"#
                )
                #expect(entry.status == .created)
                #expect(try entry.json()["taskId"] as? String == taskID)
                let number = try #require(try entry.json()["id"] as? Int)
                let listed = try await send(.get, "/api/v1/time-entries?from=2026-11-01&to=2026-11-30").json()
                #expect((listed["items"] as? [[String: Any]])?.first?["taskId"] as? String == taskID)
                let off = try await send(.patch, "/api/v1/time-entries/\(number)", #"{"taskId": null}"#)
                #expect(off.status == .ok)
                #expect(try off.json()["taskId"] == nil)

                let project = try await send(
                    .post,
                    "/api/v1/projects",
                    #"{"clientId": "\#(acme.id)", "name": "Listings"}"#
                ).json()
                let projectID = try #require(project["id"] as? String)
                let photos = try await send(
                    .post,
                    "/api/v1/tasks",
                    #"{"clientId": "\#(acme.id)", "projectId": "\#(projectID)", "name": "Photo edits"}"#
                ).json()
                let photosID = try #require(photos["id"] as? String)
                let onPhotos = try await send(.patch, "/api/v1/time-entries/\(number)", #"{"taskId": "\#(photosID)"}"#)
                #expect(try onPhotos.json()["projectId"] as? String == projectID)
                let outOfProject = try await send(.patch, "/api/v1/time-entries/\(number)", #"{"projectId": null}"#)
                #expect(outOfProject.status == .unprocessableContent)
                #expect(try outOfProject.json()["field"] as? String == "taskId")
                let detail = try #require(try outOfProject.json()["detail"] as? String)
                #expect(detail.hasPrefix("taskId: the entry's task \"Photo edits\" is in Listings"), "\(detail)")
                let bothOff = try await send(
                    .patch,
                    "/api/v1/time-entries/\(number)",
                    #"{"projectId": null, "taskId": null}"#
                )
                #expect(bothOff.status == .ok)
                #expect(try bothOff.json()["projectId"] == nil)

                let started = try await send(
                    .post,
                    "/api/v1/timer/start",
                    #"{"clientId": "\#(acme.id)", "taskId": "\#(taskID)"}"#
                )
                #expect(started.status == .created)
                #expect((try started.json()["started"] as? [String: Any])?["taskId"] as? String == taskID)

                let otherClient = try await send(
                    .post,
                    "/api/v1/time-entries",
                    #"{"clientId": "\#(bloom.id)", "taskId": "\#(taskID)", "start": "2026-11-19T15:00:00Z", "end": "2026-11-19T16:00:00Z"}"#
                )
                #expect(otherClient.status == .unprocessableContent)
                #expect(try otherClient.json()["field"] as? String == "taskId")
                let notAnID = try await send(.patch, "/api/v1/time-entries/\(number)", #"{"taskId": "close"}"#)
                #expect(notAnID.status == .badRequest)
                #expect(try notAnID.json()["field"] as? String == "taskId")

                let renamed = try await send(.patch, "/api/v1/tasks/\(taskID)", #"{"name": "Close", "rate": null}"#)
                #expect(renamed.status == .ok)
                #expect(try renamed.json()["name"] as? String == "Close")
                #expect(try renamed.json()["rate"] == nil)
                let noName = try await send(.patch, "/api/v1/tasks/\(taskID)", #"{"name": "  "}"#)
                #expect(noName.status == .unprocessableContent)
                #expect(try noName.json()["field"] as? String == "name")
                let badRate = try await send(.patch, "/api/v1/tasks/\(taskID)", #"{"rate": "lots"}"#)
                #expect(badRate.status == .unprocessableContent)
                #expect(try badRate.json()["field"] as? String == "rate")
                let unknown = try await send(.patch, "/api/v1/tasks/\(UUID().uuidString)", #"{"name": "X"}"#)
                #expect(unknown.status == .notFound)
                let twice = try await send(.post, "/api/v1/tasks", #"{"clientId": "\#(acme.id)", "name": "close"}"#)
                #expect(twice.status == .conflict)

                let page = try await send(.get, "/api/v1/tasks?clientId=\(acme.id)").json()
                #expect((page["items"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Close", "Photo edits"])
                let none = try await send(.get, "/api/v1/tasks?clientId=\(bloom.id)").json()
                #expect((none["items"] as? [[String: Any]])?.isEmpty == true)
            }
        }
    }
}
