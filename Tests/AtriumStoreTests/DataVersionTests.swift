import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

/// ``SQLiteStore/dataVersion()``, which the server's kept responses stand on: it moves with every
/// commit, from this process or another, and only then.
@Suite struct DataVersionTests {
    @Test("The version stays while nothing is written and moves with the server's writes and another process's")
    func movesWithEveryCommit() async throws {
        try await withFixture { fixture in
            let server = fixture.store
            let before = try #require(server.dataVersion())
            _ = try await server.workspaces()
            #expect(server.dataVersion() == before, "a read commits nothing")

            try await fixture.client("Acme Realty")
            let afterServer = try #require(server.dataVersion())
            #expect(afterServer != before)

            // Another process: its own store on the same file, as the command line.
            let command = try SQLiteStore.open(at: fixture.directory.file("atrium.sqlite"), connections: .single)
            #expect(command.dataVersion() == nil, "one connection cannot see its own commits")
            var input = EntryInput(target: "acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00")
            input.allowsOverlap = true
            _ = try await Services(store: command, now: fixture.clock.reading, passwordCost: 4)
                .entries.add(input, as: fixture.owner)
            let afterCommand = try #require(server.dataVersion())
            #expect(afterCommand != afterServer)
            #expect(server.dataVersion() == afterCommand)
        }
    }
}
