import Hummingbird

/// Answers 503 when a reading request (GET or HEAD) takes longer than `limit`, and cancels its work
/// (GRDB interrupts a cancelled read).
///
/// Writes are not cut short: a write the database has begun would still commit after a 503, and a
/// client retrying it would then make it twice. They are bounded by the database's busy timeout
/// (5 seconds) and the connection's idle timeout instead.
struct TimeoutMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let limit: Duration

    @concurrent
    func handle(
        _ request: Request,
        context: AppContext,
        next: @concurrent (Request, AppContext) async throws -> Response
    )
        async throws -> Response
    {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let limit = limit
        return try await withoutActuallyEscaping(next) { next in
            // The chain runs in a child task so the sleeper can outrun it. It is called once, while
            // this function waits for the group, and nothing else touches it meanwhile.
            nonisolated(unsafe) let chain = next
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await chain(request, context) }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    throw Problem(
                        .serviceUnavailable,
                        "The request took longer than \(limit.components.seconds) seconds and was stopped; "
                            + "try again, or ask for less."
                    )
                }
                return response
            }
        }
    }
}
