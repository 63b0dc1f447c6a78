import AtriumTestSupport
import Foundation
import Testing

/// Runs the built `atrium` binary against its own temporary data directory, with the clock fixed
/// by `ATRIUM_NOW`, and captures what it prints.
struct AtriumRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    let directory: TemporaryDirectory
    var now = "2026-11-23T18:00:00Z"
    var environment: [String: String] = [:]
    /// Run as the unprivileged `nobody` user (through `setpriv`, when the tests run as root, who
    /// ignores file permissions).
    var asUnprivilegedUser = false
    /// Run on a pseudo-terminal (through `script`), so the binary believes it writes to one.
    var onTerminal = false

    /// The data directory the runner passes as `ATRIUM_HOME`.
    var home: String { directory.file("data") }
    var database: String { (home as NSString).appendingPathComponent("atrium.sqlite") }

    /// The `atrium` executable built next to the test bundle (or `$ATRIUM_BINARY`).
    static let binary: String = {
        if let override = ProcessInfo.processInfo.environment["ATRIUM_BINARY"] { return override }
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("atrium").path
    }()

    @discardableResult
    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        if asUnprivilegedUser && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Self.binary] + arguments
        } else if onTerminal {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", ([Self.binary] + arguments).joined(separator: " "), "/dev/null"]
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = arguments
        }
        var environment = [
            "ATRIUM_HOME": home, "ATRIUM_NOW": now, "HOME": directory.path, "PATH": "/usr/bin:/bin", "TZ": "UTC",
            "LANG": "C.UTF-8",
        ]
        environment.merge(self.environment) { $1 }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// Runs a command that must succeed, and returns its standard output.
    @discardableResult
    func succeed(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try succeed(arguments, sourceLocation: sourceLocation)
    }

    /// `atrium add TARGET --date DATE --from FROM --to TO MEMO`, which must succeed.
    @discardableResult
    func add(
        _ target: String,
        on date: String,
        from: String,
        to: String,
        _ memo: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        try succeed(["add", target, "--date", date, "--from", from, "--to", to, memo], sourceLocation: sourceLocation)
    }

    private func succeed(_ arguments: [String], sourceLocation: SourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(
            result.status == 0,
            "atrium \(arguments.joined(separator: " ")): \(result.error)",
            sourceLocation: sourceLocation
        )
        return result.output
    }

    /// A workspace in Mexico City with Acme Realty (Sydney, AUD 45, up:15m) and its Listings project (AUD 55).
    func initialized() throws {
        try succeed(
            "init",
            "--name",
            "Maria Lopez VA",
            "--currency",
            "USD",
            "--zone",
            "America/Mexico_City",
            "--owner",
            "Maria Lopez"
        )
        try succeed(
            "client",
            "add",
            "Acme Realty",
            "--zone",
            "Australia/Sydney",
            "--currency",
            "AUD",
            "--rate",
            "45",
            "--rounding",
            "up:15m",
            "--language",
            "en"
        )
        try succeed("project", "add", "acme/Listings", "--rate", "55")
    }

    /// Adds Bloom & Co (London, GBP 38, no rounding).
    func addBloom() throws {
        try succeed("client", "add", "Bloom & Co", "--zone", "Europe/London", "--currency", "GBP", "--rate", "38")
    }
}

/// Runs `body` with a runner in a fresh temporary folder.
func withRunner(_ body: (AtriumRunner) throws -> Void) throws {
    let directory = try TemporaryDirectory(prefix: "atrium-cli")
    defer { directory.remove() }
    try body(AtriumRunner(directory: directory))
}
