import AtriumStore
import Synchronization

/// The stores a command line opened: closed explicitly when the command ends, then left alive for
/// the process's exit.
///
/// Closing checkpoints the write-ahead log into the database file, as releasing a store would;
/// keeping the closed store spares its release, which for GRDB's queue is a first trip through
/// Foundation's `NotificationCenter` (a twentieth of the instructions of `atrium start`). A store
/// that cannot be closed is released instead, and closes the usual way.
final class OpenStores: Sendable {
    static let shared = OpenStores()
    private let stores = Mutex<[SQLiteStore]>([])

    func keep(_ store: SQLiteStore) {
        stores.withLock { $0.append(store) }
    }

    /// Closes every store kept so far.
    func closeAll() {
        stores.withLock { stores in
            stores.removeAll { store in (try? store.close()) == nil }
        }
    }
}
