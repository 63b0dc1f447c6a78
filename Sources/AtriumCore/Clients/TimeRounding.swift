/// How a client's time is rounded for billing and summaries. Raw time is never changed: the rule is
/// applied to each finished entry's duration when hours are counted.
public enum TimeRounding: Hashable, Sendable, CustomStringConvertible {
    /// Bill the exact seconds.
    case none
    /// Round each entry up to the next multiple of `minutes` (a started step counts whole).
    case up(minutes: Int)
    /// Round each entry to the nearest multiple of `minutes`; an exact half goes up.
    case nearest(minutes: Int)
    /// Round each entry down to a multiple of `minutes` (a started step is dropped).
    case down(minutes: Int)

    /// The billable seconds for an entry of `seconds`. Zero stays zero under every rule.
    ///
    /// Applied per entry, so 2 × 1 min under `up(15)` bills 30 minutes, not 15: state this to clients.
    public func apply(to seconds: Int64) -> Int64 {
        guard seconds > 0 else { return max(seconds, 0) }
        switch self {
        case .none:
            return seconds
        case .up(let minutes):
            let step = Int64(minutes) * 60
            return (seconds + step - 1) / step * step
        case .nearest(let minutes):
            let step = Int64(minutes) * 60
            return (seconds + step / 2) / step * step
        case .down(let minutes):
            let step = Int64(minutes) * 60
            return seconds / step * step
        }
    }

    /// The mode's name as stored and typed: `none`, `up`, `nearest`, `down`.
    public var mode: String {
        switch self {
        case .none: return "none"
        case .up: return "up"
        case .nearest: return "nearest"
        case .down: return "down"
        }
    }

    /// The step in minutes; 0 for ``none``.
    public var stepMinutes: Int {
        switch self {
        case .none: return 0
        case .up(let minutes), .nearest(let minutes), .down(let minutes): return minutes
        }
    }

    /// `none`, `up:15m`, `nearest:6m`.
    public var description: String { self == .none ? "none" : "\(mode):\(stepMinutes)m" }

    /// The rule from its stored parts.
    ///
    /// - Throws: ``InvalidInput`` for an unknown mode or a step outside 1–1440 minutes.
    public init(mode: String, stepMinutes: Int) throws(InvalidInput) {
        guard mode == "none" || (1...1440).contains(stepMinutes) else {
            throw InvalidInput("a rounding step must be between 1 minute and 24 hours, not \(stepMinutes) minutes")
        }
        switch mode {
        case "none": self = .none
        case "up": self = .up(minutes: stepMinutes)
        case "nearest": self = .nearest(minutes: stepMinutes)
        case "down": self = .down(minutes: stepMinutes)
        default: throw InvalidInput("\"\(mode)\" is not a rounding mode: use none, up, nearest or down")
        }
    }

    /// Reads `none`, `up:15m`, `nearest:6m`, `down:5m`, `up:1h` (the step is a duration in whole minutes).
    ///
    /// - Throws: ``InvalidInput`` showing the accepted forms.
    public static func parse(_ text: String) throws(InvalidInput) -> TimeRounding {
        let lower = text.trimmingWhitespace().lowercased()
        if lower == "none" { return .none }
        let parts = lower.split(separator: ":", maxSplits: 1)
        let expected = "use none, up:15m, nearest:6m or down:5m"
        guard parts.count == 2, ["up", "nearest", "down"].contains(String(parts[0])) else {
            throw InvalidInput("\"\(text)\" is not a rounding rule: \(expected)")
        }
        let stepText = parts[1].allSatisfy(\.isASCIIDigit) ? parts[1] + "m" : String(parts[1])
        let step: TimeSpan
        do { step = try TimeSpan.parse(stepText) } catch {
            throw InvalidInput("\"\(text)\" is not a rounding rule: \(expected)")
        }
        guard step.seconds % 60 == 0 else {
            throw InvalidInput("\"\(text)\": the rounding step must be whole minutes")
        }
        return try TimeRounding(mode: String(parts[0]), stepMinutes: Int(step.seconds / 60))
    }
}
