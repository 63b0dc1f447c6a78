import Testing

@testable import AtriumCore

@Suite struct SignInThrottleTests {
    private static func at(_ seconds: Int64) -> Instant { Instant(secondsSinceEpoch: seconds) }

    @Test func fourFailuresStillAllowAnotherTry() {
        #expect(SignInThrottle.retryAfter(failures: (0..<4).map { Self.at($0) }, now: Self.at(10)) == nil)
    }

    @Test func theFifthRefusesUntilTheOldestLeavesTheWindow() {
        let failures = (0..<5).map { Self.at(100 + $0 * 10) }
        #expect(SignInThrottle.retryAfter(failures: failures, now: Self.at(140)) == Int64(900 - 40))
        #expect(SignInThrottle.retryAfter(failures: failures, now: Self.at(999)) == 1, "never less than a second")
        #expect(SignInThrottle.windowStart(at: Self.at(1000)) == Self.at(100))
    }
}
