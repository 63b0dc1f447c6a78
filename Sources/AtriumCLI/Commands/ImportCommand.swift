import ArgumentParser
import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import Foundation

/// `atrium import FORMAT FILE`: another tool's history in, all of it or none.
struct ImportCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import time entries from Toggl, Clockify, Harvest, Kimai, Watson or Timewarrior.",
        discussion: """
            Formats: toggl (detailed report CSV), clockify (detailed report CSV), harvest (detailed time \
            report CSV), kimai (timesheet CSV), watson (the frames file), timewarrior (the data folder, one \
            .data file, or timew export JSON).

            Clients, projects and tasks are matched by name (case, accents and extra spaces aside), people \
            and tags by name (case aside), or created. Times are read in --zone, else in each person's zone, \
            and stored in UTC. Rates and amounts the file states are kept on each entry, so history bills as \
            it did. A task or activity becomes the client's task (one met in two projects, the whole \
            client's); one the client already has in another project stays in the memo. Harvest has no \
            times: a day's entries are laid end to end from 09:00. Watson's project, or Timewarrior's first tag, becomes the client unless --client is given; rows of the CSV \
            formats without a client go to --client, else "No client".

            atrium: a document written by `atrium export` becomes the workspace again, ids, numbers and \
            times as they were, in an empty data directory (a logical restore; exporting it again gives the \
            same document).

            One transaction: a bad row refuses the whole import (each is listed with its line and column) \
            unless --skip-bad-rows. Importing the same file again adds nothing: each entry remembers its \
            source. Overlapping entries are kept and counted.

            Examples:
              atrium import toggl Toggl_time_entries_2025-01-01_to_2025-12-31.csv --zone Europe/Vienna --dry-run
              atrium import clockify Clockify_Time_Report_Detailed.csv --date-format auto
              atrium import harvest harvest_time_report.csv --person "Maria Lopez"
              atrium import toggl team.csv --map "Peter Tester=Maria Lopez" --map "ana@old.test=Ana Cruz"
              atrium import kimai kimai-export.csv --currency EUR
              atrium import watson ~/.config/watson/frames
              atrium import timewarrior ~/.timewarrior/data --client "Acme Realty"
              atrium import atrium backup.json --data-dir ~/atrium-copy
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "toggl, clockify, harvest, kimai, watson, timewarrior, or atrium (Atrium's own JSON export).")
    var format: String
    @Argument(help: "The export file (a folder for Timewarrior).") var file: String
    @Option(help: "The zone the file's times are in (default: each person's).") var zone: String?
    @Option(help: "Put every entry on this person (name or email).") var person: String?
    @Option(help: "Put a person of the file on a person here: --map \"Peter Tester=Maria Lopez\" (repeatable).")
    var map: [String] = []
    @Option(help: "Watson/Timewarrior: the client for every entry; CSV formats: for rows without one.")
    var client: String?
    @Option(help: "Clockify: auto (read from the whole file), MM/DD/YYYY or DD/MM/YYYY.")
    var dateFormat: String = "auto"
    @Option(help: "Kimai: the currency of the file's amounts (default: the workspace's).") var currency: String?
    @Flag(help: "Show what would be imported and every problem; change nothing.") var dryRun = false
    @Flag(help: "Import the good rows even when some cannot be read.") var skipBadRows = false

    func execute(in context: CommandContext) async throws {
        if format.lowercased() == "atrium" { return try await restore(in: context) }
        guard let chosen = ImportFormat(rawValue: format.lowercased()) else {
            let all = ImportFormat.allCases.map(\.rawValue) + ["atrium"]
            throw InvalidInput(
                "\"\(format)\" is not a format: use one of \(all.joined(separator: ", "))",
                field: "format"
            )
        }
        if dateFormat.lowercased() != "auto", chosen != .clockify {
            throw InvalidInput("applies to Clockify files only", field: "--date-format")
        }
        if currency != nil, chosen != .kimai {
            throw InvalidInput("applies to Kimai files only (other files name their currency)", field: "--currency")
        }
        let (services, caller) = try await Bootstrap(options: global, context: context).session()
        var request = ImportService.Request(format: chosen, path: file)
        request.zone = try zone.map { text in try attributing(to: "--zone") { try ZoneID(text) } }
        request.person = person
        request.personMap = try attributing(to: "--map") { try ImportService.personMap(map) }
        request.dryRun = dryRun
        request.skipBadRows = skipBadRows
        request.options.client = client
        request.options.dateOrder = try dateOrder()
        request.options.currency = try currency.map { text in
            try attributing(to: "--currency") { try Currency(code: text) }
        }
        if request.options.currency == nil, chosen == .kimai {
            request.options.currency = try await services.workspaces.directory(for: caller).workspace.baseCurrency
        }
        let bar = ProgressBar(context: context)
        let report: ImportReport
        do {
            defer { bar.finish() }
            report = try await services.imports.run(request, as: caller) { bar.update($0) }
        } catch let refused as InvalidInput where ["person", "map"].contains(refused.field) {
            // The service names its fields as the web form does; here they are options.
            throw InvalidInput(refused.message, field: "--" + (refused.field ?? ""))
        }
        ImportReportPrinter(context: context, file: file).print(report)
        if report.refused { throw CommandExit(status: .dataError) }
    }

    /// `atrium import atrium FILE`: Atrium's own JSON export back as a workspace, in an empty data
    /// directory; a database made for it is taken away again when the restore fails.
    private func restore(in context: CommandContext) async throws {
        try refuseOptionsOfOtherFormats()
        if SQLiteStore.startsAsSQLite(file) {
            throw InvalidInput(
                "\(file) is an Atrium backup (a database), not an export: bring it back with atrium restore FILE"
            )
        }
        let bootstrap = try Bootstrap(options: global, context: context)
        let database = bootstrap.dataDirectory.databasePath
        let existed = FileManager.default.fileExists(atPath: database)
        let services = try bootstrap.services(creating: true)
        let bar = ProgressBar(context: context)
        let restored: ImportService.Restored
        do {
            defer { bar.finish() }
            restored = try await services.imports.restoreExport(path: file) { bar.update($0) }
        } catch {
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            }
            throw error
        }
        context.say(
            "Restored the workspace \(restored.workspace) from \(file): "
                + "\(restored.people.counting("person", "people")), \(restored.clients.counting("client", "clients")), "
                + "\(restored.projects.counting("project", "projects")), "
                + "\(restored.entries.counting("entry", "entries")), "
                + "\(restored.invoices.counting("invoice", "invoices"))."
        )
    }

    /// Refuses the options of other tools' imports given with `atrium`, which restores a whole export
    /// as it was: none of them would be applied.
    private func refuseOptionsOfOtherFormats() throws {
        let given: [(String, Bool)] = [
            ("--dry-run", dryRun), ("--skip-bad-rows", skipBadRows), ("--zone", zone != nil),
            ("--person", person != nil), ("--map", !map.isEmpty), ("--client", client != nil),
            ("--date-format", dateFormat.lowercased() != "auto"), ("--currency", currency != nil),
        ]
        guard let (option, _) = given.first(where: \.1) else { return }
        throw InvalidInput(
            "does not apply to import atrium, which restores a whole export as it was into an empty data "
                + "directory (to look at one first, restore it with another --data-dir)",
            field: option
        )
    }

    private func dateOrder() throws -> DateOrder? {
        switch dateFormat.uppercased() {
        case "AUTO": return nil
        case DateOrder.monthFirst.rawValue: return .monthFirst
        case DateOrder.dayFirst.rawValue: return .dayFirst
        default:
            throw InvalidInput(
                "\"\(dateFormat)\" is not a date format: use auto, MM/DD/YYYY or DD/MM/YYYY",
                field: "--date-format"
            )
        }
    }
}
