import AtriumCLI
import AtriumTestSupport
import Foundation
import Synchronization
import Testing

extension CLISuite {
    /// `atrium token …` and `atrium serve` through the real binary.
    @Suite struct CLIServeTests {
        @Test("token create prints the secret once; list shows it by prefix; revoke ends it")
        func tokens() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let created = try atrium.run("token", "create", "laptop script")
                #expect(created.status == 0)
                let secret = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(secret.hasPrefix("atr_"))
                #expect(created.error.contains("it is not shown again"))

                let listed = try atrium.succeed("token", "list", "--format", "json")
                let tokens = try #require(
                    try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: String]]
                )
                let token = try #require(tokens.first)
                #expect(token["name"] == "laptop script")
                #expect(token["prefix"] == String(secret.prefix(8)) + "…")
                #expect(!listed.contains(secret))

                let id = try #require(token["id"])
                #expect(try atrium.succeed("token", "revoke", id).contains("Revoked token \"laptop script\"."))
                let after = try atrium.succeed("token", "list", "--format", "json")
                let revoked = try #require(
                    (try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [[String: String]])?.first
                )
                #expect(revoked["revoked"] == "2026-11-23T12:00:00-06:00")

                let unknown = try atrium.run("token", "revoke", "not-an-id")
                #expect(unknown.status == 1)
                #expect(unknown.error.contains("\"not-an-id\" is not a token id"))
                let unnamed = try atrium.run("token", "create", " ")
                #expect(unnamed.status == 1)
                #expect(unnamed.error.contains("name: a token's name has 1 to 80 characters"))
            }
        }

        @Test("serve answers on the port it prints, and SIGTERM stops it cleanly")
        func serveAndStop() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let server = Process()
                server.executableURL = URL(fileURLWithPath: AtriumRunner.binary)
                server.arguments = ["serve", "--port", "0"]
                server.environment = [
                    "ATRIUM_HOME": atrium.home, "ATRIUM_NOW": atrium.now, "PATH": "/usr/bin:/bin",
                    "LOG_LEVEL": "warning",
                ]
                let output = Pipe()
                server.standardOutput = output
                server.standardError = FileHandle.nullDevice
                try server.run()
                defer { if server.isRunning { server.terminate() } }

                var printed = ""
                let deadline = Date().addingTimeInterval(20)
                while !printed.contains("\n"), Date() < deadline {
                    let data = output.fileHandleForReading.availableData
                    if data.isEmpty { break }
                    printed += String(decoding: data, as: UTF8.self)
                }
                #expect(printed.hasPrefix("Atrium is running at http://127.0.0.1:"))
                let port = try #require(
                    Int(printed.split(separator: ":").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
                )
                #expect(port > 0)

                let health = try Self.curl("http://127.0.0.1:\(port)/health")
                #expect(health.contains("\"status\":\"ok\""))
                let setup = try Self.curl("http://127.0.0.1:\(port)/setup")
                #expect(
                    setup.contains("was created on the command line"),
                    "a CLI workspace asks for its owner's password"
                )

                kill(server.processIdentifier, SIGTERM)
                server.waitUntilExit()
                #expect(server.terminationReason == .exit)
                #expect(server.terminationStatus == 0)
            }
        }

        @Test("serve refuses a bad durability, port or ATRIUM_PORT")
        func badServeOptions() throws {
            try withRunner { atrium in
                try atrium.initialized()
                let durability = try atrium.run("serve", "--durability", "sometimes")
                #expect(durability.status == 64)
                #expect(durability.error.contains("--durability must be full or normal"))
                let port = try atrium.run("serve", "--port", "70000")
                #expect(port.status == 64)
                var environment = atrium
                environment.environment = ["ATRIUM_PORT": "eighty"]
                let variable = try environment.run("serve")
                #expect(variable.status == 1)
                #expect(variable.error.contains("ATRIUM_PORT: ATRIUM_PORT must be a port number"))
            }
        }

        @Test("serve hands its arguments to atrium-server: --help lists the server's options")
        func serveHelpIsTheServers() throws {
            try withRunner { atrium in
                let help = try atrium.succeed("serve", "--help")
                #expect(help.contains("USAGE: atrium serve"))
                #expect(help.contains("--durability <durability>"))
                #expect(try atrium.succeed("help", "serve") == help)
                #expect(
                    try atrium.succeed("--help").contains("serve                   Run the web app and the JSON API.")
                )
            }
        }

        @Test("serve through a link to atrium finds atrium-server beside the program linked to")
        func serveThroughLink() throws {
            let folder = try TemporaryDirectory()
            defer { folder.remove() }
            let link = folder.file("atrium")
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: AtriumRunner.binary)
            let (status, output, _) = try Self.run(link, ["serve", "--help"], home: folder.path)
            #expect(status == 0)
            #expect(output.contains("--durability <durability>"))
        }

        @Test("serve inside another program (a test calling Atrium.execute) is refused, not run in its place")
        func serveInProcess() async {
            let said = Mutex("")
            let context = CommandContext(
                environment: [:],
                standardOutput: OutputSink { _ in },
                standardError: OutputSink { text in said.withLock { $0 += text } },
                outputIsTerminal: false
            )
            #expect(await Atrium.execute(["serve", "--help"], context: context) == 1)
            #expect(
                said.withLock { $0 }
                    == "atrium: atrium serve replaces the running program with atrium-server: run it as its own process.\n"
            )
        }

        @Test("serve without atrium-server beside atrium says where it looked and how to build it")
        func serveWithoutServer() throws {
            let folder = try TemporaryDirectory()
            defer { folder.remove() }
            let alone = folder.file("atrium")
            try FileManager.default.copyItem(atPath: AtriumRunner.binary, toPath: alone)
            let (status, _, said) = try Self.run(alone, ["serve", "--port", "0"], home: folder.path)
            #expect(status == 1)
            #expect(
                said
                    == "atrium: atrium serve runs the server's program \(folder.path)/atrium-server, which cannot be "
                    + "started (No such file or directory). Build it with `make release` (or `swift build --product "
                    + "atrium-server`) and keep it next to atrium.\n"
            )
        }

        /// Runs `program` with `arguments` and a data folder; returns its status, output and errors.
        private static func run(_ program: String, _ arguments: [String], home: String) throws -> (
            Int32, String, String
        ) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            process.environment = ["ATRIUM_HOME": home, "PATH": "/usr/bin:/bin"]
            let output = Pipe()
            let error = Pipe()
            process.standardOutput = output
            process.standardError = error
            try process.run()
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let said = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, printed, said)
        }

        private static func curl(_ url: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            process.arguments = ["-s", "--max-time", "10", url]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
