/// The rule against guessing passwords: after ``limit`` failed sign-ins for one account from one
/// address within ``window`` seconds, sign-in is refused until the oldest of them leaves the window.
public enum SignInThrottle {
    public static let limit = 5
    /// 15 minutes.
    public static let window: Int64 = 15 * 60

    /// The failures that still count at `now` are those after this instant.
    public static func windowStart(at now: Instant) -> Instant { now.adding(seconds: -window) }

    /// Seconds until sign-in may be tried again, or nil when it may be tried now.
    ///
    /// - Parameter failures: The failures in the window, oldest first.
    public static func retryAfter(failures: [Instant], now: Instant) -> Int64? {
        guard failures.count >= limit, let oldest = failures.first else { return nil }
        return max(1, now.seconds(until: oldest.adding(seconds: window)))
    }
}
