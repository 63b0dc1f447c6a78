import AtriumCore
import AtriumDocuments
import AtriumStore

/// One import in progress inside its transaction: turns each row into an entry, or into a problem.
struct ImportRun {
    private let request: ImportService.Request
    private let writer: any EntryImport
    private let directory: ImportDirectory
    private let at: Instant
    private let fixedPerson: Person?
    private var report: ImportReport
    private var times = ImportTimes()
    private var ids: IDSequence
    private var seenKeys: Set<UInt64> = []
    private var repeats: [String: Int] = [:]
    private var spans: [ID<Person>: [(start: Int64, end: Int64)]] = [:]
    /// The people's zones rows were read in, when no zone was given.
    private var zonesRead: Set<String> = []
    /// Rows that are not worked time, by why (`of type Break, not worked time,`).
    private var skipped: [String: Int] = [:]
    /// The client/task names already noted as kept in the memo.
    private var noted: Set<String> = []
    /// Each tag text of the file met so far, made a tag (nil when nothing of it is left).
    private var tagsByText: [String: TagName?] = [:]
    /// The text of each person's id, written into every key of theirs.
    private var personTexts: [ID<Person>: String] = [:]

    init(request: ImportService.Request, writer: any EntryImport, caller: Caller, at: Instant) throws {
        self.request = request
        self.writer = writer
        self.at = at
        let directory = try ImportDirectory(writer, caller: caller, at: at, personMap: request.personMap)
        self.directory = directory
        fixedPerson = try request.person.map { try directory.existingPerson($0) }
        report = ImportReport(format: request.format)
        ids = IDSequence(at: at)
    }

    /// Reads every row, writing each entry as it comes.
    mutating func readAll(_ box: ReaderBox, progress: (ImportProgress) -> Void) throws {
        while let row = try box.reader.next() {
            report.rows += 1
            switch row {
            case .entry(let imported):
                do {
                    try add(imported)
                } catch let problem as ImportProblem {
                    report.record(problem)
                }
            case .problem(let problem):
                report.record(problem)
            case .skipped(_, let reason):
                skipped[reason, default: 0] += 1
            }
            if report.rows % 20_000 == 0 {
                progress(
                    ImportProgress(
                        rows: report.rows,
                        bytesRead: box.reader.bytesRead,
                        totalBytes: box.reader.totalBytes
                    )
                )
            }
        }
        progress(ImportProgress(rows: report.rows, bytesRead: box.reader.bytesRead, totalBytes: box.reader.totalBytes))
    }

    /// The report, and whether to keep the writes.
    mutating func outcome() -> ImportOutcome<ImportReport> {
        if request.format.writesExportersZone, zonesRead.count > 1 {
            report.note(
                "rows were read in their people's zones (\(zonesRead.sorted().joined(separator: ", "))), but "
                    + "\(request.format.displayName) writes every row in the zone of whoever exported the file: "
                    + "if that is not each person's, give --zone (see it first with --dry-run)"
            )
        }
        for name in directory.unusedMappings {
            report.note("no row of the file names \(name), whom the person map puts on someone here")
        }
        for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) {
            report.note("\(count.counting("row", "rows")) \(reason) left out")
        }
        report.overlapping = spans.values.reduce(0) { $0 + Self.overlaps(in: $1) }
        report.newPeople = directory.newPeople
        report.newClients = directory.newClients
        report.newProjects = directory.newProjects
        report.newTasks = directory.newTasks
        report.newTags = directory.newTags
        report.refused = report.problemCount > 0 && !request.skipBadRows
        report.committed = !report.refused && !request.dryRun
        return report.committed ? .commit(report) : .rollback(report)
    }

    private mutating func add(_ imported: ImportedEntry) throws {
        try Self.refuseNUL(in: imported)
        let person = try fixedPerson ?? imported.naming("person") { try directory.person(imported.person) }
        let zone = request.zone ?? person.zone
        if request.zone == nil { zonesRead.insert(zone.identifier) }
        let span = try times.span(of: imported, person: person.id, zone: zone)
        let importKey = key(of: imported, person: person)
        if request.format.identifiesEntriesByStart {
            let prefix = ImportKey.prefix(format: request.format.rawValue, sortKey: Self.text(imported.start))
            if let earlier = try writer.importedEntry(of: person.id, keyPrefix: prefix) {
                try stop(earlier, asEndedBy: imported, at: span.end)
                report.alreadyImported += 1
                return
            }
        }
        let clientName = clientName(of: imported)
        let client = try imported.naming("client") {
            try directory.client(clientName, currency: imported.price?.money.currency)
        }
        let project = try imported.project.map { name in
            try imported.naming("project") { try directory.project(name, of: client) }
        }
        let tags = imported.tags.compactMap { tag($0) }
        var price = imported.price
        if let kept = price, kept.money.currency != client.currency {
            report.note(
                "\(imported.place): the \(kept.money.currency.code) price is not kept: "
                    + "\(client.name) bills in \(client.currency.code)"
            )
            price = nil
        }
        if span.end == nil, try writer.hasRunningTimer(person.id) {
            throw imported.problem("\(person.name) already has a running timer: stop one of them first")
        }
        var entry = TimeEntry(
            id: ids.next(),
            workspaceID: writer.workspace.id,
            personID: person.id,
            clientID: client.id,
            projectID: project?.id,
            start: span.start,
            end: span.end,
            memo: imported.memo,
            tags: tags,
            isBillable: imported.billable ?? true,
            source: .import,
            createdAt: at,
            price: price,
            importKey: importKey
        )
        if let name = imported.task {
            try place(&entry, onTask: name, of: client, in: project, from: imported.place)
        }
        // The memo kept as every memo is (trimmed, not too long), a task's name put in front included.
        do { entry.memo = try TimeEntry.memo(entry.memo) } catch { throw imported.problem(error.message) }
        times.keep()
        guard try writer.addEntry(entry) else {
            report.alreadyImported += 1
            return
        }
        tags.forEach(directory.use)
        report.created += 1
        if price != nil { report.priced += 1 }
        if let end = span.end {
            count(person.id, from: span.start, to: end)
        } else {
            report.running += 1
        }
    }

    /// Puts the entry on the client's task `name`, or keeps the name at the front of its memo, with
    /// one note per client and task, when it cannot be a task here.
    private mutating func place(
        _ entry: inout TimeEntry,
        onTask name: String,
        of client: Client,
        in project: Project?,
        from origin: String
    ) throws {
        let reason: String
        do {
            let task = try directory.task(name, of: client, in: project)
            try entry.put(on: task) { $0 == project?.id ? project?.name ?? "" : "another project" }
            return
        } catch let kept as TaskKeptInMemo {
            reason = kept.reason
        } catch let refused as InvalidInput {
            reason = refused.message
        }
        entry.memo = entry.memo.trimmingWhitespace().isEmpty ? name : "\(name): \(entry.memo)"
        if noted.insert(client.id.description + "/" + NameLookup.nameKey(name)).inserted {
            report.note("\(origin): the task \"\(name)\" is kept in the memo: \(reason)")
        }
    }

    /// The row's key: the tool's id when it has one, else a hash of what the row says (as written,
    /// so a second import with other options still finds it), numbered when a file repeats a row.
    private mutating func key(of imported: ImportedEntry, person: Person) -> String {
        let format = request.format.rawValue
        if let id = imported.sourceID { return ImportKey.identified(format: format, sourceID: id) }
        let start = Self.text(imported.start)
        let personText = personTexts[person.id] ?? person.id.description
        personTexts[person.id] = personText
        let base = ImportKey.hashed(
            format: format,
            sortKey: start,
            fields: [
                personText, imported.client ?? "", imported.project ?? "", imported.task ?? "",
                imported.memo,
                imported.tags.joined(separator: ","), start, imported.end.map(Self.text) ?? "",
                request.format.keysDuration ? imported.durationSeconds.map { String($0) } ?? "" : "",
                imported.billable.map { $0 ? "1" : "0" } ?? "",
            ]
        )
        let short = UInt64(base.suffix(32).prefix(16), radix: 16) ?? 0
        guard !seenKeys.insert(short).inserted else { return base }
        let count = (repeats[base] ?? 1) + 1
        repeats[base] = count
        return base + "#\(count)"
    }

    /// The tag `text` of the file becomes, made once for each text.
    private mutating func tag(_ text: String) -> TagName? {
        if let made = tagsByText[text] { return made }
        let made = TagName.imported(text)
        tagsByText[text] = made
        return made
    }

    /// The client a row names, with a `/` (which separates client and project in Atrium's
    /// commands) made a `-`, said once in a note.
    private mutating func clientName(of imported: ImportedEntry) -> String {
        let name = imported.client ?? request.options.client ?? "No client"
        guard name.utf8.contains(UInt8(ascii: "/")) else { return name }
        let renamed = name.replacingOccurrences(of: "/", with: "-")
        if noted.insert("client/" + name).inserted {
            report.note(
                "\(imported.place): the client \"\(name)\" is named \"\(renamed)\": "
                    + "\"/\" separates client and project in Atrium"
            )
        }
        return renamed
    }

    /// An entry imported before, `earlier`, that a timer left running: stopped at `end` when the
    /// file now ends it, its time counted in the report.
    private mutating func stop(_ earlier: TimeEntry, asEndedBy imported: ImportedEntry, at end: Instant?) throws {
        guard earlier.isRunning, let end else { return }
        try writer.stop(earlier, at: end)
        count(earlier.personID, from: earlier.start, to: end)
        let done = request.dryRun ? "would be stopped" : "is stopped"
        report.note("\(imported.place): the running timer imported before (#\(earlier.number)) \(done)")
    }

    /// Counts a span of `person`'s in the report's hours, and for its overlaps.
    private mutating func count(_ person: ID<Person>, from start: Instant, to end: Instant) {
        report.seconds += start.seconds(until: end)
        spans[person, default: []].append((start.secondsSinceEpoch, end.secondsSinceEpoch))
    }

    /// SQLite's text binding would cut a text at a NUL character: such a row is a problem, not a
    /// shorter memo or name.
    private static func refuseNUL(in imported: ImportedEntry) throws(ImportProblem) {
        func refuse(_ column: String, _ text: String?) throws(ImportProblem) {
            guard text?.holdsNUL == true else { return }
            throw imported.problem("the \(column) \(String.nulRefusal)")
        }
        try refuse("memo", imported.memo)
        try refuse("client", imported.client)
        try refuse("project", imported.project)
        try refuse("task", imported.task)
        try refuse("person", imported.person?.name)
        try refuse("email", imported.person?.email)
        for tag in imported.tags { try refuse("tags", tag) }
    }

    private static func text(_ time: ImportedTime) -> String {
        switch time {
        case .local(let local): return local.iso8601
        case .instant(let instant): return String(instant.secondsSinceEpoch)
        case .day(let day): return day.description
        }
    }

    /// How many spans start before an earlier one (by start) has ended.
    private static func overlaps(in spans: [(start: Int64, end: Int64)]) -> Int {
        var count = 0
        var reach = Int64.min
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if span.start < reach { count += 1 }
            reach = max(reach, span.end)
        }
        return count
    }
}

extension ImportedEntry {
    /// Runs `body`, which matches or makes the row's `kind` (client, project, person): a name it
    /// refuses is a problem of this row, not of the whole import.
    fileprivate func naming<Result>(_ kind: String, _ body: () throws -> Result) throws -> Result {
        do { return try body() } catch let refused as InvalidInput {
            throw problem("the \(kind) cannot be made: \(refused.message)")
        }
    }
}
