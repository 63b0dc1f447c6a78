import Hummingbird
import Synchronization

/// The methods each registered path answers, so that a request with a method a path does not
/// answer is told 405 with `Allow`, not 404 as if the path did not exist.
final class RouteTable: Sendable {
    private let routes = Mutex<[(path: RouterPath, method: HTTPRequest.Method)]>([])

    /// Records the router's routes; called once every route is registered.
    func record(_ router: Router<AppContext>) {
        let all = router.routes.map { (path: $0.path, method: $0.method) }
        routes.withLock { $0 = all }
    }

    /// The methods that `path` answers, in a stable order; empty when no route matches it.
    func methods(for path: String) -> [HTTPRequest.Method] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        let methods = routes.withLock { routes in
            routes.filter { route in
                route.path.components.count == parts.count
                    && zip(route.path.components, parts).allSatisfy { element, part in element ~= part }
            }.map(\.method)
        }
        var seen = Set<String>()
        return methods.filter { seen.insert($0.rawValue).inserted }.sorted { $0.rawValue < $1.rawValue }
    }
}
