import AtriumCore
import AtriumServices
import AtriumStore
import Foundation

/// Turns the command line and environment into a store, the services and the caller. The only
/// place the CLI reads the environment or the clock.
package struct Bootstrap {
    let context: CommandContext
    let dataDirectory: DataDirectory
    /// The clock: the system's, or the instant in `ATRIUM_NOW` (for demos, screenshots and tests).
    package let now: @Sendable () -> Instant

    package init(options: GlobalOptions, context: CommandContext) throws {
        self.context = context
        dataDirectory = DataDirectory.resolve(flag: options.dataDir, environment: context.environment)
        let system: @Sendable () -> Instant = {
            Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
        }
        if let fixed = context.environment["ATRIUM_NOW"], !fixed.isEmpty {
            let reading = TimeContext(now: system(), zone: .utc)
            guard let instant = try? TimeExpression.parse(fixed, context: reading, bareTime: .mostRecent).instant else {
                throw CLIError.badClock(fixed)
            }
            now = { instant }
        } else {
            now = system
        }
    }

    /// Opens the store; with `creating`, makes the data directory and database when missing.
    ///
    /// - Parameters:
    ///   - connections: One connection for a command; a pool for the server.
    ///   - durability: Whether every commit is synced to disk (the server's default).
    ///   - observer: Told the duration of every transaction (the server's metrics).
    package func openStore(
        creating: Bool,
        connections: SQLiteStore.Connections = .single,
        durability: SQLiteStore.Durability = .normal,
        observer: SQLiteStore.TransactionObserver? = nil
    ) throws -> SQLiteStore {
        if creating {
            try dataDirectory.create()
        } else if !dataDirectory.hasDatabase {
            throw CLIError.noData(dataDirectory.path)
        }
        let store = try SQLiteStore.open(
            at: dataDirectory.databasePath,
            connections: connections,
            durability: durability,
            observer: observer
        )
        OpenStores.shared.keep(store)
        return store
    }

    /// The services over a new or existing store.
    func services(creating: Bool) throws -> Services {
        Services(store: try openStore(creating: creating), now: now)
    }

    /// Now and the caller's zone, for reading the dates they type.
    func timeContext(_ services: Services, _ caller: Caller) async throws -> TimeContext {
        let directory = try await services.workspaces.directory(for: caller)
        return TimeContext(now: now(), zone: directory.person.zone)
    }

    /// The services over the existing store and the person the command line acts as.
    func session() async throws -> (Services, Caller) {
        let services = try services(creating: false)
        return (services, try await services.workspaces.localCaller())
    }
}
