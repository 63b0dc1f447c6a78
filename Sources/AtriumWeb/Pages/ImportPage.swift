import AtriumCore
import AtriumDocuments
import AtriumServices
import Foundation
import Hummingbird

/// `/import`: upload another tool's export, preview what it would create and every problem, then
/// import it: the same service and report as `atrium import`.
struct ImportPage {
    let app: WebApp
    /// The largest upload accepted (256 MiB: a few years of a team's entries).
    static let maxUpload = 256 << 20

    func register(on router: Router<AppContext>) {
        router.get("/import") { _, context in
            let signed = try context.signedInBrowser()
            try Self.requireOwner(signed)
            return try await page(signed, form: FormData(), error: nil, report: nil)
        }
        router.post("/import") { request, context in
            let signed = try context.signedInBrowser()
            try Self.requireOwner(signed)
            let upload = try await MultipartForm.read(request, limit: Self.maxUpload)
            try signed.requireCSRF(in: upload.fields)
            return try await run(signed, upload: upload)
        }
    }

    private static func requireOwner(_ signed: Signed) throws {
        guard signed.caller.canManageWorkspace else {
            throw ServiceError.forbidden("Only an owner can import time entries.")
        }
    }

    private func run(_ signed: Signed, upload: MultipartForm) async throws -> Response {
        var form = upload.fields
        var kept: (token: String, path: String)?
        do {
            let stored = try ImportUploads.keep(upload.files["file"]?.bytes, token: form.text("upload"))
            kept = stored
            guard
                let format = try FieldText.choice(form.text("format"), field: "format", what: "format") as ImportFormat?
            else { throw InvalidInput("choose the tool the file comes from", field: "format") }
            var request = ImportService.Request(format: format, path: stored.path)
            request.zone = try form.text("zone").map { text in try attributing(to: "zone") { try ZoneID(text) } }
            request.person = form.text("person")
            request.personMap = try ImportService.personMap(
                (form["map"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
            )
            request.options.client = form.text("client")
            request.options.dateOrder = form.text("dateFormat").flatMap(DateOrder.init(rawValue:))
            request.skipBadRows = form["skipBadRows"] != nil
            request.dryRun = form["action"] != "import"
            if format == .kimai {
                request.options.currency = try await app.services.workspaces.directory(for: signed.caller).workspace
                    .baseCurrency
            }
            let started = ContinuousClock.now
            let report = try await app.services.imports.run(request, as: signed.caller)
            let elapsed = ContinuousClock.now - started
            if report.committed { ImportUploads.discard(stored.token) }
            form.set("upload", report.committed ? "" : stored.token)
            return try await page(signed, form: form, error: nil, report: ImportSummary(report, elapsed: elapsed))
        } catch let error as any UserFacingError {
            // The file chosen stays for the form sent again (it is swept after a day).
            form.set("upload", kept?.token ?? "")
            return try await page(signed, form: form, error: error, report: nil)
        }
    }

    private func page(_ signed: Signed, form: FormData, error: (any UserFacingError)?, report: ImportSummary?)
        async throws -> Response
    {
        let directory = try await app.services.workspaces.directory(for: signed.caller)
        let chosen = form["format"] ?? "toggl"
        // An error of a field the page draws itself goes next to it, without the field's name.
        let refused = error as? InvalidInput
        let beside = refused?.field.flatMap { ["file", "format", "person", "map"].contains($0) ? $0 : nil }
        let values: [String: Any] = [
            "formats": ImportFormat.allCases.map {
                Option(value: $0.rawValue, label: $0.displayName, selected: $0.rawValue == chosen)
            },
            "people": [Option(value: "", label: "Each row's own", selected: (form["person"] ?? "").isEmpty)]
                + directory.people.map { Option(value: $0.name, label: $0.name, selected: $0.name == form["person"]) },
            "dateFormats": [("", "Read from the file"), ("MM/DD/YYYY", "MM/DD/YYYY"), ("DD/MM/YYYY", "DD/MM/YYYY")].map
            {
                Option(value: $0.0, label: $0.1, selected: $0.0 == (form["dateFormat"] ?? ""))
            },
            "skipBadRows": form["skipBadRows"] != nil,
            "map": form["map"] ?? "",
            "upload": form.text("upload").map { ["token": $0] } as Any,
            "canImport": report.map { !$0.report.committed && (!$0.refused || $0.report.created > 0) } ?? true,
            "form": FormValues(
                fields: [
                    FieldView(
                        name: "zone",
                        label: "Zone of the file's times",
                        value: form["zone"] ?? "",
                        hint: "e.g. Europe/Vienna; each person's own when empty"
                    ),
                    FieldView(
                        name: "client",
                        label: "Client",
                        value: form["client"] ?? "",
                        hint: "Watson, Timewarrior: every entry's client; CSV: for rows without one"
                    ),
                ],
                error: beside == nil ? error : nil,
                csrf: signed.session?.csrfToken ?? ""
            ),
            "report": report.map { $0.values } as Any,
            "errors": beside.map { [$0: refused?.neutralText ?? ""] } as Any,
        ]
        return app.pages.page(
            "import",
            title: "Import",
            values: values,
            chrome: try await app.chrome(signed, section: "import"),
            status: Problem.formStatus(error) ?? (report?.refused == true ? .unprocessableContent : .ok)
        )
    }
}

/// An import's report as the page shows it.
struct ImportSummary {
    let report: ImportReport
    let elapsed: Duration

    init(_ report: ImportReport, elapsed: Duration) {
        self.report = report
        self.elapsed = elapsed
    }

    var refused: Bool { report.refused }

    var values: [String: Any] {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int(Double(report.rows) / seconds) : report.rows
        let lists = [
            ("people", report.newPeople), ("clients", report.newClients), ("projects", report.newProjects),
            ("tasks", report.newTasks), ("tags", report.newTags.map { "+" + $0 }),
        ].filter { !$0.1.isEmpty }
        return [
            "headline": report.headline(),
            "committed": report.committed, "refused": report.refused,
            "preview": !report.committed,
            "speed": "\(report.rows.counting("row", "rows")) in "
                + (seconds < 1 ? "\(Int(seconds * 1000)) ms" : "\(String(format: "%.1f", seconds)) s")
                + " (\(rate) rows/s)",
            "figures": report.figures + report.notes,
            "created": lists.map {
                ["kind": $0.0, "count": $0.1.count, "names": $0.1.prefix(30).joined(separator: ", ")]
            },
            "problems": report.problems.map(\.description),
            "problemRows": report.problemCount.counting("row", "rows"),
            "hasProblems": report.problemCount > 0,
            "hasFigures": !lists.isEmpty || !report.figures.isEmpty || !report.notes.isEmpty,
        ]
    }
}

/// Uploaded files kept between the preview and the import, under a random token in a folder of the
/// system's temporary folder that only the server's user may read (they hold clients' names and
/// memos); dropped after the import and after a day.
enum ImportUploads {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atrium-imports-\(getuid())")
        .path

    /// Keeps `bytes` under a new token, or finds the file of `token`.
    ///
    /// - Throws: ``InvalidInput`` on `file` when there is neither.
    static func keep(_ bytes: [UInt8]?, token: String?) throws -> (token: String, path: String) {
        try? FileManager.default.createDirectory(
            atPath: folder,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700]
        )
        // A folder made by an older version, or by hand, is made private too.
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
        sweep()
        if let bytes, !bytes.isEmpty {
            let token = UUID().uuidString.lowercased()
            let path = folder + "/" + token
            guard
                FileManager.default.createFile(
                    atPath: path,
                    contents: Data(bytes),
                    attributes: [.posixPermissions: 0o600]
                )
            else {
                throw InvalidInput(
                    "the upload cannot be kept: the server's temporary folder is not writable",
                    field: "file"
                )
            }
            return (token, path)
        }
        if let token, UUID(uuidString: token) != nil {
            let path = folder + "/" + token.lowercased()
            if FileManager.default.fileExists(atPath: path) { return (token.lowercased(), path) }
        }
        throw InvalidInput("choose the export file to import", field: "file")
    }

    static func discard(_ token: String) {
        try? FileManager.default.removeItem(atPath: folder + "/" + token)
    }

    /// Removes uploads older than a day.
    private static func sweep() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names {
            let path = folder + "/" + name
            let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            if let modified, modified.timeIntervalSinceNow < -86_400 {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
