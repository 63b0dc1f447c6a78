import Foundation

/// What a command may touch outside itself: the environment, its two output streams and whether
/// they are terminals. The `atrium` executable passes the real process's; tests pass their own.
public struct CommandContext: Sendable {
    public var environment: [String: String]
    public var standardOutput: OutputSink
    public var standardError: OutputSink
    /// Whether standard output is a terminal (colour and progress only then).
    public var outputIsTerminal: Bool
    /// Whether standard error is a terminal (progress bars only then).
    public var errorIsTerminal: Bool
    /// Whether a command may replace the running process with another program (`atrium serve`
    /// does): only the real process's context may; a test's runs commands in its own process.
    public var mayReplaceProcess: Bool

    public init(
        environment: [String: String],
        standardOutput: OutputSink,
        standardError: OutputSink,
        outputIsTerminal: Bool,
        errorIsTerminal: Bool = false,
        mayReplaceProcess: Bool = false
    ) {
        self.environment = environment
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.mayReplaceProcess = mayReplaceProcess
    }

    /// The running process: its environment, stdout and stderr.
    public static func process() -> CommandContext {
        CommandContext(
            environment: processEnvironment(),
            standardOutput: .standardOutput,
            standardError: .standardError,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            errorIsTerminal: isatty(STDERR_FILENO) == 1,
            mayReplaceProcess: true
        )
    }

    /// The process's environment, read straight from `environ` (cheaper than `ProcessInfo` at start-up).
    private static func processEnvironment() -> [String: String] {
        var variables: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let separator = text.firstIndex(of: "=") {
                variables[String(text[..<separator])] = String(text[text.index(after: separator)...])
            }
            cursor += 1
        }
        return variables
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org) or `TERM=dumb`.
    var usesColor: Bool {
        outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Writes `text` and a line break to standard output.
    package func say(_ text: String = "") { standardOutput.write(text + "\n") }

    /// Writes `text` and a line break to standard error.
    func warn(_ text: String) { standardError.write(text + "\n") }

    var style: TextStyle { TextStyle(enabled: usesColor) }
}

/// Where a command's output goes.
public struct OutputSink: Sendable {
    private let writeText: @Sendable (String) -> Void

    public init(_ write: @escaping @Sendable (String) -> Void) {
        writeText = write
    }

    public func write(_ text: String) { writeText(text) }

    public static let standardOutput = OutputSink { text in writeAll(text, to: STDOUT_FILENO) }

    public static let standardError = OutputSink { text in writeAll(text, to: STDERR_FILENO) }

    /// Writes every byte, unbuffered, so output interleaves correctly with the other stream.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
