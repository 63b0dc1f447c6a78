import AtriumCore
import Synchronization

/// A clock a test sets and moves by hand.
public final class TestClock: Sendable {
    private let current: Mutex<Instant>

    public init(_ instant: Instant) {
        current = Mutex(instant)
    }

    /// The clock at an ISO 8601 instant such as `2026-11-23T15:00:00Z`.
    public convenience init(_ iso8601: String) throws {
        let reading = TimeContext(now: Instant(secondsSinceEpoch: 0), zone: .utc)
        self.init(try TimeExpression.parse(iso8601, context: reading, bareTime: .mostRecent).instant)
    }

    public var now: Instant { current.withLock { $0 } }

    /// The closure services take.
    public var reading: @Sendable () -> Instant { { self.now } }

    public func advance(seconds: Int64) { current.withLock { $0 = $0.adding(seconds: seconds) } }

    public func set(_ instant: Instant) { current.withLock { $0 = instant } }
}
