import AtriumCore
import AtriumServices
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import AtriumWeb

/// The import page: upload, preview, import the kept upload, refusals.
@Suite struct ImportWebTests {
    static let toggl = """
        User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags
        Maria Lopez,,Acme Realty,Listings,,Draft listings,Yes,2026-11-02,09:00:00,2026-11-02,10:30:00,1:30:00,writing

        """

    /// A multipart body of `fields` and, when given, a file in the field `file`.
    static func multipart(_ fields: [(String, String)], file: String?) -> (HTTPFields, ByteBuffer) {
        let boundary = "----atrium-test-boundary"
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            text +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"toggl.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(file)\r\n"
        }
        text += "--\(boundary)--\r\n"
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: text))
    }

    @Test("Preview shows what would be created and writes nothing; Import then imports the kept upload")
    func previewThenImport() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser()
            try await web.test { client in
                let form = try await client.execute(uri: "/import", method: .get, headers: browser.headers)
                #expect(form.status == .ok)
                #expect(form.text.contains("enctype=\"multipart/form-data\""))
                #expect(!form.text.contains("is kept"), "no file chosen yet")
                var (headers, body) = Self.multipart(
                    [("_csrf", browser.csrf), ("format", "toggl"), ("action", "preview")],
                    file: Self.toggl
                )
                headers[.cookie] = browser.headers[.cookie]
                let preview = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
                #expect(preview.status == .ok)
                #expect(preview.text.contains("Would import 1 entry (1:30 h) from 1 row."))
                #expect(preview.text.contains("New clients (1): Acme Realty"))
                #expect(preview.text.contains("Preview only: nothing was written yet."))
                let clients = try await web.store.clients(in: web.owner.workspaceID)
                #expect(clients.isEmpty)
                let token = try #require(
                    preview.text.components(separatedBy: "name=\"upload\" value=\"").dropFirst().first?
                        .components(separatedBy: "\"").first
                )
                #expect(!token.isEmpty)
                // Kept where only the server's user may read it.
                let folder = ImportUploads.folder
                let stored = try FileManager.default.attributesOfItem(atPath: folder + "/" + token)
                #expect((stored[.posixPermissions] as? Int) == 0o600)
                let kept = try FileManager.default.attributesOfItem(atPath: folder)
                #expect((kept[.posixPermissions] as? Int) == 0o700)
                (headers, body) = Self.multipart(
                    [("_csrf", browser.csrf), ("format", "toggl"), ("upload", token), ("action", "import")],
                    file: nil
                )
                headers[.cookie] = browser.headers[.cookie]
                let done = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
                #expect(done.status == .ok)
                #expect(done.text.contains("Imported 1 entry (1:30 h) from 1 row."))
            }
            let entries = try await web.store.entries(in: web.owner.workspaceID, matching: .init())
            #expect(entries.count == 1)
        }
    }

    @Test("No file, a bad zone, a missing CSRF token, a member: each refused, nothing written")
    func refusals() async throws {
        try await withWeb { web in
            let browser = try await web.ownerBrowser()
            _ = try await web.member()
            let memberSession = try await web.services.accounts.signIn(
                email: "sam@example.com",
                password: "member pass",
                address: "10.0.0.2"
            )
            try await web.test { client in
                var (headers, body) = Self.multipart([("_csrf", browser.csrf), ("format", "toggl")], file: nil)
                headers[.cookie] = browser.headers[.cookie]
                let noFile = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
                #expect(noFile.status == .unprocessableContent)
                #expect(
                    noFile.text.contains(
                        "<p class=\"error\" id=\"file-error\">choose the export file to import</p>"
                    )
                )
                #expect(!noFile.text.contains("file: choose"), "next to the file, without the field's name")
                (headers, body) = Self.multipart(
                    [("_csrf", browser.csrf), ("format", "toggl"), ("zone", "Mars/Base")],
                    file: Self.toggl
                )
                headers[.cookie] = browser.headers[.cookie]
                let zone = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
                #expect(zone.status == .unprocessableContent)
                // The file chosen stays for the form sent again.
                #expect(zone.text.contains("The file chosen before is kept"))
                #expect(!zone.text.contains("name=\"upload\" value=\"\""))
                (headers, body) = Self.multipart([("format", "toggl")], file: Self.toggl)
                headers[.cookie] = browser.headers[.cookie]
                let forged = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
                #expect(forged.status == .forbidden)
                let member = try await client.execute(
                    uri: "/import",
                    method: .get,
                    headers: [.cookie: "\(SessionCookie.session)=\(memberSession.token)"]
                )
                #expect(member.status == .forbidden)
            }
            #expect(try await web.store.clients(in: web.owner.workspaceID).isEmpty)
        }
    }

    @Test("The API imports a file sent as the body: dry run, import, again, a refused file with 422 and its problems")
    func api() async throws {
        try await withWeb { web in
            let token = try await web.token(for: web.owner)
            let memberToken = try await web.token(for: try await web.member())
            try await web.test { client in
                let headers = HTTPFields.bearer(token)
                let body = ByteBuffer(string: Self.toggl)
                // A member is refused before anything of the request is looked at.
                let member = try await client.execute(
                    uri: "/api/v1/imports?format=nonsense",
                    method: .post,
                    headers: .bearer(memberToken),
                    body: body
                )
                #expect(member.status == .forbidden)
                let dry = try await client.execute(
                    uri: "/api/v1/imports?format=toggl&dryRun=true&zone=",
                    method: .post,
                    headers: headers,
                    body: body
                )
                #expect(dry.status == .ok)
                let preview = try dry.json()
                #expect(preview["committed"] as? Bool == false)
                #expect(preview["created"] as? Int == 1)
                #expect(preview["newClients"] as? [String] == ["Acme Realty"])
                let done = try await client.execute(
                    uri: "/api/v1/imports?format=toggl",
                    method: .post,
                    headers: headers,
                    body: body
                )
                #expect(try done.json()["committed"] as? Bool == true)
                let again = try await client.execute(
                    uri: "/api/v1/imports?format=toggl",
                    method: .post,
                    headers: headers,
                    body: body
                )
                #expect(try again.json()["alreadyImported"] as? Int == 1)
                let bad = ByteBuffer(
                    string: Self.toggl
                        + "Maria Lopez,,Acme Realty,,,x,Yes,2026-02-30,09:00:00,2026-02-30,10:00:00,1:00:00,\n"
                )
                let refused = try await client.execute(
                    uri: "/api/v1/imports?format=toggl",
                    method: .post,
                    headers: headers,
                    body: bad
                )
                #expect(refused.status == .unprocessableContent)
                let problems = try #require(try refused.json()["problems"] as? [[String: Any]])
                #expect(
                    problems.first?["text"] as? String
                        == "line 3, Start date \"2026-02-30\": day 30 is not in that month"
                )
                let noFormat = try await client.execute(
                    uri: "/api/v1/imports",
                    method: .post,
                    headers: headers,
                    body: body
                )
                #expect(noFormat.status == .badRequest)
            }
        }
    }
}
