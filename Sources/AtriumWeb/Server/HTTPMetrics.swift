import Hummingbird
import Prometheus

/// The server's Prometheus registry: requests by route, method and status, their latency, and
/// database transaction latency. Owned by one application (no global metrics system), so tests
/// can build many.
public final class HTTPMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    public init() {}
    private static let requestBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5),
    ]
    private static let databaseBuckets: [Duration] = [
        .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
        .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(50), .milliseconds(250),
    ]

    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "atrium",
                metricName: "http_requests",
                unitName: "total",
                helpText: "HTTP requests answered, by route, method and status."
            ),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "atrium",
                metricName: "http_request_duration",
                unitName: "seconds",
                helpText: "Time to answer an HTTP request, by route and method."
            ),
            labels: [("route", route), ("method", method)],
            buckets: Self.requestBuckets
        ).record(duration)
    }

    /// Records one database transaction; given to the store as its observer.
    public func recordTransaction(isWrite: Bool, duration: Duration) {
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "atrium",
                metricName: "database_transaction_duration",
                unitName: "seconds",
                helpText: "Time spent in one database transaction, by kind (read or write)."
            ),
            labels: [("kind", isWrite ? "write" : "read")],
            buckets: Self.databaseBuckets
        ).record(duration)
    }

    /// The Prometheus text exposition of everything recorded.
    func exposition() -> String { registry.emitToString() }
}

/// Records every request's route, status and the time to produce its response.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let metrics: HTTPMetrics

    func handle(
        _ request: Request,
        context: AppContext,
        next: @concurrent (Request, AppContext) async throws -> Response
    )
        async throws -> Response
    {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        metrics.recordRequest(
            route: context.endpointPath ?? "unmatched",
            method: request.method.rawValue,
            status: response.status.code,
            duration: .now - started
        )
        return response
    }
}
