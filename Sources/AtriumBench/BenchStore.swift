import AtriumCore
import AtriumServices
import AtriumStore
import Foundation

/// The benchmark data set, built through the same store API the product uses.
enum BenchStore {
    /// The last day with entries; benchmarks pin the clock into this month with `ATRIUM_NOW`.
    static let lastDay = LocalDate(daysSinceEpoch: 20_787)  // 2026-11-30

    private static let places: [(zone: String, currency: String, rate: String)] = [
        ("Australia/Sydney", "AUD", "45"), ("Europe/London", "GBP", "38"), ("America/New_York", "USD", "50"),
        ("Europe/Berlin", "EUR", "42"), ("Asia/Tokyo", "JPY", "5200"), ("America/Los_Angeles", "USD", "55"),
        ("Asia/Dubai", "AED", "150"), ("Asia/Bahrain", "BHD", "15.250"), ("Europe/Sofia", "BGN", "70"),
        ("Asia/Ho_Chi_Minh", "VND", "600000"), ("Asia/Kolkata", "INR", "2500"), ("America/Toronto", "CAD", "60"),
    ]
    private static let roundings: [TimeRounding] = [.none, .up(minutes: 15), .nearest(minutes: 6), .down(minutes: 5)]
    private static let memos = [
        "Inbox triage and replies", "Draft listing descriptions", "Schedule client calls", "Reconcile bank feed",
        "Prepare monthly report", "Update CRM records", "Social media posts", "Research suppliers",
        "Book travel", "Chase overdue invoices", "Newsletter draft", "Meeting notes and follow-ups",
    ]
    private static let tagNames = ["email", "writing", "calendar", "finance", "admin", "research", "rush", "social"]

    static func generate(entries total: Int, at path: String) async throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try SQLiteStore.open(at: path)
        let zone = try ZoneID("America/Mexico_City")
        let start = lastDay.adding(days: -3 * 365 + 1)
        let created = zone.startOfDay(start)
        let services = Services(store: store, now: { created })
        let owner = try await services.workspaces.initialize(
            WorkspaceService.Setup(
                name: "Benchmark VA",
                baseCurrency: .usd,
                zone: zone,
                weekStart: .monday,
                defaultRate: "40",
                ownerName: "Bench Owner",
                ownerEmail: nil,
                language: .english
            )
        )
        var random = SeededGenerator(seed: 20_261_130)
        var targets: [(client: ID<Client>, project: ID<Project>?)] = []
        for index in 1...50 {
            let place = places[(index - 1) % places.count]
            var input = ClientInput()
            input.name = "Client \(index < 10 ? "0" : "")\(index)"
            input.zone = try ZoneID(place.zone)
            input.currency = try Currency(code: place.currency)
            input.rate = place.rate
            input.rounding = roundings[index % roundings.count]
            let client = try await services.clients.add(input, as: owner)
            targets.append((client.id, nil))
            for project in 1...Int.random(in: 2...4, using: &random) {
                let (_, added) = try await services.projects.add(
                    "\(client.name)/Project \(project)",
                    ProjectService.Input(),
                    as: owner
                )
                targets.append((client.id, added.id))
            }
        }
        let tags = try tagNames.map { try TagName($0) }
        let days = (0..<(3 * 365)).map { start.adding(days: $0) }.filter {
            $0.weekday != .saturday && $0.weekday != .sunday
        }
        let stamp = AuditStamp(actorID: owner.personID, at: created)
        var batch: [TimeEntry] = []
        batch.reserveCapacity(20_000)
        var written = 0
        for (index, day) in days.enumerated() {
            let count = total * (index + 1) / days.count - total * index / days.count
            let opening = zone.startOfDay(day).adding(seconds: 7 * 3600)
            for _ in 0..<count {
                let target = targets[Int.random(in: 0..<targets.count, using: &random)]
                let begin = opening.adding(seconds: Int64.random(in: 0..<(12 * 3600), using: &random))
                let length = Int64.random(in: 5...240, using: &random) * 60 + Int64.random(in: 0..<60, using: &random)
                var entryTags = [tags[Int.random(in: 0..<tags.count, using: &random)]]
                if Bool.random(using: &random) {
                    entryTags.append(tags[Int.random(in: 0..<tags.count, using: &random)])
                }
                batch.append(
                    TimeEntry(
                        workspaceID: owner.workspaceID,
                        personID: owner.personID,
                        clientID: target.client,
                        projectID: target.project,
                        start: begin,
                        end: begin.adding(seconds: length),
                        memo: memos[Int.random(in: 0..<memos.count, using: &random)],
                        tags: entryTags,
                        isBillable: Int.random(in: 0..<10, using: &random) > 0,
                        source: .import,
                        createdAt: begin
                    )
                )
                if batch.count == 20_000 {
                    written += try await store.insertEntries(batch, stamp: stamp).count
                    batch.removeAll(keepingCapacity: true)
                    FileHandle.standardError.write(Data("\r\(written) entries".utf8))
                }
            }
        }
        written += try await store.insertEntries(batch, stamp: stamp).count
        FileHandle.standardError.write(Data("\r\(written) entries written to \(path)\n".utf8))
    }
}
