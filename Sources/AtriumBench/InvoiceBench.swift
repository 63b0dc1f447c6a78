import AtriumCore
import AtriumServices
import AtriumStore
import Foundation

/// `atrium-bench invoice --dir DIR`: the billing issue's draft benchmark, in process on a real
/// SQLite store of 1M entries made in DIR: over 36 months, one client with 5,000 entries a month
/// (three projects, every 10th entry with its own imported price) among 49 others (22,800 a
/// month between them), all interleaved in time as a VA's days are; each run drafts one month's
/// invoice for that client (reading its unbilled entries, building the lines, writing the draft
/// and reserving its 5,000 entries). Prints `name|median|min|max|runs|lines` in milliseconds.
enum InvoiceBench {
    static let months = 36
    static let perMonth = 5_000
    /// Entries a month, all clients: 36 months of them make 1,000,800.
    static let allPerMonth = 27_800

    static let now = Instant(secondsSinceEpoch: 1_795_456_800)  // 2026-11-26T12:00:00Z

    static func run(directory: String) async throws {
        let path = (directory as NSString).appendingPathComponent("invoice.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let (owner, periods) = try await generate(at: path)
        // The generated file reaches the disk before the timing: a commit's sync would otherwise wait
        // behind the writing back of a quarter of a gigabyte.
        sync()
        // A fresh connection, as a command has: the generation's write-ahead log is checkpointed on close.
        let services = Services(store: try SQLiteStore.open(at: path), now: { now }, passwordCost: 4)
        var times: [Double] = []
        var lines = 0
        // The first half through the service, as `atrium invoice draft` runs; the second half phase by
        // phase, to show where the time goes. The first three of each half warm the caches.
        let half = periods.count / 2
        for (index, period) in periods.prefix(half).enumerated() {
            let started = ContinuousClock.now
            let draft = try await services.invoices.draft(client: "acme", period: period, as: owner)
            if index >= 3 { times.append(milliseconds(since: started)) }
            lines = draft.invoice.lines.count
        }
        report("draft a month's invoice (5,000 entries)", times, lines: lines)
        try await phases(
            services: services,
            store: try SQLiteStore.open(at: path),
            owner: owner,
            periods: periods.suffix(half)
        )
    }

    /// Times reading the unbilled entries, building the lines and writing the draft separately.
    private static func phases(
        services: Services,
        store: SQLiteStore,
        owner: Caller,
        periods: ArraySlice<ClosedRange<LocalDate>>
    ) async throws {
        let directory = try await services.workspaces.directory(for: owner)
        guard let client = directory.clients.first(where: { $0.name == "Acme Realty" }) else { return }
        let builder = InvoiceDraftBuilder(
            client: client,
            projects: directory.projects.byID(),
            rates: directory.rateCard
        )
        var read: [Double] = []
        var build: [Double] = []
        var write: [Double] = []
        for (index, period) in periods.enumerated() {
            let interval = InvoiceService.interval(period, zone: client.zone)
            var started = ContinuousClock.now
            let entries = try await store.unbilledEntries(of: client.id, in: owner.workspaceID, startingIn: interval)
            let readTime = milliseconds(since: started)
            started = ContinuousClock.now
            _ = try builder.draft(entries)
            let buildTime = milliseconds(since: started)
            started = ContinuousClock.now
            let invoice = Invoice(
                workspaceID: owner.workspaceID,
                clientID: client.id,
                currency: client.currency,
                period: period,
                createdAt: now,
                lines: []
            )
            _ = try await store.draftInvoice(
                invoice,
                billingEntriesStartingIn: interval,
                stamp: AuditStamp(actorID: nil, at: now),
                lines: { entries in try builder.draft(entries) }
            )
            if index >= 3 {
                read.append(readTime)
                build.append(buildTime)
                write.append(milliseconds(since: started))
            }
        }
        report("  phase: read the unbilled entries", read, lines: 0)
        report("  phase: build the lines", build, lines: 0)
        report("  phase: the store's whole transaction (read, build, write, reserve, commit)", write, lines: 0)
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    }

    /// `name|median|min|max|runs|lines`.
    private static func report(_ name: String, _ times: [Double], lines: Int) {
        let sorted = times.sorted()
        let figures = [sorted[sorted.count / 2], sorted[0], sorted[sorted.count - 1]].map { String(format: "%.2f", $0) }
        print(([name] + figures + ["\(sorted.count)", "\(lines)"]).joined(separator: "|"))
    }

    /// The store: 1M entries over 36 months, 5,000 a month of them the billed client's.
    private static func generate(at path: String) async throws -> (Caller, [ClosedRange<LocalDate>]) {
        let store = try SQLiteStore.open(at: path)
        let services = Services(store: store, now: { now }, passwordCost: 4)
        let owner = try await services.workspaces.initialize(
            WorkspaceService.Setup(
                name: "Bench VA",
                baseCurrency: .usd,
                zone: .utc,
                weekStart: .monday,
                defaultRate: "40",
                ownerName: "Bench",
                ownerEmail: nil,
                language: .english
            )
        )
        var input = ClientInput()
        input.name = "Acme Realty"
        input.zone = .utc
        input.currency = .usd
        input.rate = "45"
        input.rounding = .up(minutes: 6)
        let client = try await services.clients.add(input, as: owner)
        var others: [ID<Client>] = []
        for number in 1...49 {
            var other = ClientInput()
            other.name = "Client \(number)"
            other.zone = .utc
            other.currency = .usd
            other.rate = "40"
            others.append(try await services.clients.add(other, as: owner).id)
        }
        var projects: [ID<Project>] = []
        for name in ["Listings", "Inbox", "Bookkeeping"] {
            let (_, project) = try await services.projects.add("Acme Realty/\(name)", .init(rate: "55"), as: owner)
            projects.append(project.id)
        }
        let first = LocalDate(year: 2023, month: 12, day: 1)!
        var periods: [ClosedRange<LocalDate>] = []
        var batch: [TimeEntry] = []
        for month in 0..<months {
            var start = first
            for _ in 0..<month { start = start.lastOfMonth.adding(days: 1) }
            periods.append(start...start.lastOfMonth)
            let opening = Instant(secondsSinceEpoch: start.daysSinceEpoch * 86_400)
            var index = 0
            for slot in 0..<allPerMonth {
                // 25 of every 139 entries are the billed client's: 5,000 of the month's 27,800.
                guard slot % 139 < 25 else {
                    let begin = opening.adding(seconds: Int64(slot % 28) * 86_400 + Int64(slot / 28) * 86)
                    batch.append(
                        TimeEntry(
                            workspaceID: owner.workspaceID,
                            personID: owner.personID,
                            clientID: others[slot % others.count],
                            start: begin,
                            end: begin.adding(seconds: 600),
                            memo: "Other work \(slot)",
                            source: .manual,
                            createdAt: now
                        )
                    )
                    continue
                }
                let begin = opening.adding(seconds: Int64(index % 27) * 86_400 + Int64(index / 27) * 300)
                batch.append(
                    TimeEntry(
                        workspaceID: owner.workspaceID,
                        personID: owner.personID,
                        clientID: client.id,
                        projectID: index % 4 == 0 ? nil : projects[index % 3],
                        start: begin,
                        end: begin.adding(seconds: Int64(300 + index % 1_800)),
                        memo: "Bench entry \(index)",
                        source: .manual,
                        createdAt: now,
                        price: index % 10 == 0 ? .hourly(Money(minorUnits: 3_500, currency: .usd)) : nil
                    )
                )
                index += 1
            }
            _ = try await store.insertEntries(batch, stamp: AuditStamp(actorID: owner.personID, at: now))
            batch.removeAll(keepingCapacity: true)
        }
        return (owner, periods)
    }
}
