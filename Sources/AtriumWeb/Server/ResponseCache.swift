import AtriumCore
import Hummingbird
import Synchronization

/// Responses kept ready for the reads that are asked again and again: a page of time entries, the
/// dashboard.
///
/// A kept response is served only to the same signed-in principal for the same URI, and only while
/// both still hold:
/// - the store's data version is the one it was built under: any commit, by the server or by
///   another process on the same file (the command line), moves it;
/// - the clock is in the same minute, or the same second for a response that shows a running
///   timer, so what a response derives from the time (today, this week, elapsed time, a client's
///   local time) is what a fresh one would show.
///
/// The version is read before the response is built, so a response is never older than the version
/// it is kept under. A request with `Cache-Control: no-cache` is always built afresh.
final class ResponseCache: Sendable {
    /// How long a response stays right while nothing is committed.
    enum Freshness: Sendable {
        /// Until the clock's minute turns.
        case minute
        /// Until the clock's second turns: it shows something that runs, like a timer.
        case second

        /// A second for a response showing a running timer (its elapsed time moves), else a minute.
        static func showing(running: Bool) -> Freshness { running ? .second : .minute }

        func tick(_ instant: Instant) -> Int64 {
            switch self {
            case .minute: instant.secondsSinceEpoch.floorDivided(by: 60)
            case .second: instant.secondsSinceEpoch
            }
        }
    }

    /// A response as bytes, with whether and how long it may be kept.
    struct Built: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
        /// Nil: never kept (a form's error, a notice, a response the caller must not see twice).
        var freshness: Freshness?

        var response: Response {
            Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
        }
    }

    private struct Key: Hashable {
        var principal: String
        var uri: String
    }

    private struct Kept {
        var version: Int64
        var freshness: Freshness
        var tick: Int64
        var built: Built
    }

    private struct State {
        var kept: [Key: Kept] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    /// Responses larger than this are not kept.
    let largestResponse: Int
    /// What all kept responses may take together; the oldest-built are not tracked, so arbitrary
    /// ones make room.
    let capacity: Int

    init(largestResponse: Int = 4 << 20, capacity: Int = 64 << 20) {
        self.largestResponse = largestResponse
        self.capacity = capacity
    }

    /// The kept response for `principal` and `uri`, if it still stands at `version` and `now`;
    /// otherwise `build`'s, kept when it allows.
    func response(
        principal: String,
        uri: String,
        version: Int64?,
        now: Instant,
        build: () async throws -> Built
    ) async throws -> Built {
        guard let version else { return try await build() }
        let key = Key(principal: principal, uri: uri)
        if let kept = state.withLock({ $0.kept[key] }), kept.version == version,
            kept.freshness.tick(now) == kept.tick
        {
            return kept.built
        }
        let built = try await build()
        if let freshness = built.freshness, built.status == .ok, built.body.readableBytes <= largestResponse {
            keep(Kept(version: version, freshness: freshness, tick: freshness.tick(now), built: built), at: key)
        }
        return built
    }

    /// How many responses are kept.
    var count: Int { state.withLock { $0.kept.count } }
    /// The bytes of the kept responses' bodies.
    var bytes: Int { state.withLock { $0.bytes } }

    private func keep(_ kept: Kept, at key: Key) {
        state.withLock { state in
            if let old = state.kept.removeValue(forKey: key) { state.bytes -= old.built.body.readableBytes }
            while state.bytes + kept.built.body.readableBytes > capacity, let victim = state.kept.first {
                state.kept.removeValue(forKey: victim.key)
                state.bytes -= victim.value.built.body.readableBytes
            }
            state.kept[key] = kept
            state.bytes += kept.built.body.readableBytes
        }
    }
}

extension Int64 {
    /// Division rounding toward negative infinity (instants before 1970 stay in their own minute).
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
