import AtriumCore
import AtriumServices
import AtriumStore
import Foundation

/// `atrium-bench schedule --dir DIR --runs N`: the scheduling benchmarks of the time-zone issue, in
/// process, on a real SQLite store made in DIR: 10 clients in ten zones with working hours, 200
/// weekly meetings and 500 weekly blocks. Prints one line per workload with the median and range
/// of N timed runs (after warm-up), in milliseconds.
enum ScheduleBench {
    static let zones = [
        "Australia/Sydney", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham",
        "Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Johannesburg",
    ]

    static func run(directory: String, runs: Int) async throws {
        let path = (directory as NSString).appendingPathComponent("schedule.sqlite")
        try? FileManager.default.removeItem(atPath: path)
        let store = try SQLiteStore.open(at: path)
        let now = Instant(secondsSinceEpoch: 1_795_456_800)  // 2026-11-26T12:00:00Z
        let services = Services(store: store, now: { now }, passwordCost: 4)
        let owner = try await services.workspaces.initialize(
            WorkspaceService.Setup(
                name: "Bench VA",
                baseCurrency: try Currency(code: "USD"),
                zone: try ZoneID("Europe/Lisbon"),
                weekStart: .monday,
                defaultRate: "40",
                ownerName: "Bench",
                ownerEmail: nil,
                language: .english
            )
        )
        _ = try await services.hours.setMyHours("Mon-Fri 07:00-12:00,13:00-20:00", as: owner)
        var names: [String] = []
        for (index, zone) in zones.enumerated() {
            var input = ClientInput()
            input.name = "Client \(index)"
            input.zone = try ZoneID(zone)
            input.currency = .usd
            let client = try await services.clients.add(input, as: owner)
            names.append(client.name)
            _ = try await services.hours.setHours(
                index % 2 == 0 ? "Mon-Fri 08:00-18:00" : "Mon-Thu 07:00-12:00,13:00-19:00; Fri 08:00-14:00",
                of: client.id,
                as: owner
            )
        }
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        for index in 0..<700 {
            let meeting = index < 200
            let hour = 7 + index % 11
            _ = try await services.schedule.add(
                ScheduleInput(
                    kind: meeting ? .meeting : .block,
                    client: names[index % names.count],
                    title: "Item \(index)",
                    at: meeting ? "\(hour):\(index % 2 == 0 ? "00" : "30")" : "\(hour):00-\(hour + 1):30",
                    duration: meeting ? "30m" : nil,
                    every: "week",
                    on: days[index % 5] + "," + days[(index + 2) % 5],
                    from: "2026-01-01",
                    zone: meeting ? "client" : "me"
                ),
                as: owner
            )
        }
        let first = LocalDate(year: 2026, month: 1, day: 5)!
        let last = first.adding(days: 52 * 7 - 1)
        try await measure("overlap finder, 10 clients + own hours, 52 weeks", runs: runs) {
            let report = try await services.hours.overlap(
                clients: names,
                from: first,
                through: last,
                minimumMinutes: 15,
                as: owner
            )
            return report.slots.count
        }
        try await measure("expand 200 weekly meetings over a year", runs: runs) {
            try await services.schedule.occurrences(
                .meeting,
                from: LocalDate(year: 2026, month: 1, day: 1)!,
                through: LocalDate(year: 2026, month: 12, day: 31)!,
                as: owner
            ).count
        }
        try await measure("ICS feed, 200 meetings + 500 blocks", runs: runs) {
            try await services.calendar.calendar(as: owner).utf8.count
        }
    }

    /// Times `body` `runs` times after three warm-up runs; prints `name|median|min|max|runs|result`.
    static func measure(_ name: String, runs: Int, _ body: () async throws -> Int) async throws {
        var result = 0
        for _ in 0..<3 { result = try await body() }
        var times: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            result = try await body()
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        times.sort()
        let median = times[times.count / 2]
        print(String(format: "%@|%.2f|%.2f|%.2f|%d|%d", name, median, times[0], times[times.count - 1], runs, result))
    }
}
