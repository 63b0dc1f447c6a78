import AtriumServices
import Foundation

/// A one-line progress bar on standard error, redrawn in place: share done, rows, rows per second
/// and time left. Drawn only on a terminal; on a pipe or in CI nothing is printed until the report.
final class ProgressBar: @unchecked Sendable {
    private let context: CommandContext
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var drawn = false

    init(context: CommandContext) {
        self.context = context
    }

    /// Redraws the bar for `progress`.
    func update(_ progress: ImportProgress) {
        guard context.errorIsTerminal else { return }
        let elapsed = Self.seconds(ContinuousClock.now - started)
        guard elapsed > 0.3 else { return }
        let rate = Double(progress.rows) / max(elapsed, 0.001)
        var line = ""
        if let fraction = progress.fraction {
            let width = 24
            let filled = Int(fraction * Double(width))
            let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line =
                "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + "\(Int(fraction * 100))%  "
            line += "\(progress.rows) rows  \(Int(rate)) rows/s  \(Int(left.rounded())) s left"
        } else {
            line = "\(progress.rows) rows  \(Int(rate)) rows/s"
        }
        lock.lock()
        drawn = true
        lock.unlock()
        context.standardError.write("\r\u{1B}[2K" + line)
    }

    /// Clears the bar before the report is printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { context.standardError.write("\r\u{1B}[2K") }
    }

    /// Seconds elapsed, as a `Double`.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
