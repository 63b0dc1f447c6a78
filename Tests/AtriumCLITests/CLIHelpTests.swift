import Testing

extension CLISuite {
    @Suite struct CLIHelpTests {
        static let commands: [[String]] = [
            [], ["init"], ["demo"], ["client"], ["client", "add"], ["client", "list"], ["client", "show"],
            ["client", "edit"],
            ["client", "archive"], ["project"], ["project", "add"], ["project", "list"], ["project", "edit"], ["start"],
            ["stop"], ["cancel"], ["status"], ["add"], ["log"], ["edit"], ["delete"], ["summary"], ["audit"],
            ["audit", "verify"], ["audit", "log"], ["workspace"], ["workspace", "show"], ["workspace", "edit"],
            ["rate"], ["rate", "set"], ["rate", "list"], ["fx"], ["fx", "add"], ["fx", "import"], ["fx", "list"],
            ["retainer", "alerts"], ["invoice", "draft"], ["invoice", "deposit"], ["invoice", "deduct"],
            ["invoice", "discard"],
        ]

        @Test("Every command has help with an abstract and every leaf command an example", arguments: commands)
        func help(command: [String]) throws {
            try withRunner { atrium in
                let result = try atrium.run(command + ["--help"])
                #expect(result.status == 0)
                #expect(result.output.contains("OVERVIEW:") || result.output.contains("USAGE:"))
                let isGroup =
                    ["client", "project", "audit", "workspace", "rate", "fx"].contains(command.last ?? "")
                    || command.isEmpty
                if !isGroup { #expect(result.output.contains("Example"), "no example in help of \(command)") }
            }
        }

        @Test("Shell completion scripts are generated", arguments: ["bash", "zsh", "fish"])
        func completion(shell: String) throws {
            try withRunner { atrium in
                let result = try atrium.run("--generate-completion-script", shell)
                #expect(result.status == 0)
                #expect(result.output.contains("atrium"))
                #expect(result.output.count > 500)
                // The server's options, though atrium-server reads them.
                for option in ["durability", "request-timeout", "secure-cookies"] {
                    #expect(result.output.contains(option), "\(shell) completion lacks --\(option)")
                }
            }
        }
    }
}
