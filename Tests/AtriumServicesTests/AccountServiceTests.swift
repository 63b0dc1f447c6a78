import AtriumCore
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Testing

@Suite struct AccountServiceTests {
    @Test func aSignInPurgesExpiredSessionsAndStaleFailures() async throws {
        try await withFixture { fixture in
            let accounts = fixture.services.accounts
            let first = try await accounts.claimOwner(email: "maria@example.com", password: "correct horse")
            await #expect(throws: AccountError.wrongCredentials) {
                try await accounts.signIn(email: "maria@example.com", password: "wrong", address: "10.0.0.1")
            }
            fixture.clock.advance(seconds: AccountService.sessionLifetime)
            await #expect(throws: AccountError.signedOut) { try await accounts.session(token: first.token) }
            _ = try await accounts.signIn(email: "maria@example.com", password: "correct horse", address: "10.0.0.2")
            #expect(try await fixture.store.session(tokenHash: first.session.tokenHash) == nil)
            let failures = try await fixture.store.loginFailures(
                account: "maria@example.com",
                address: "10.0.0.1",
                after: Instant(secondsSinceEpoch: 0)
            )
            #expect(failures.isEmpty)
        }
    }

    @Test func passwordsAndEmailsAreChecked() async throws {
        try await withFixture { fixture in
            let accounts = fixture.services.accounts
            await #expect(throws: InvalidInput.self) {
                try await accounts.claimOwner(email: "maria@example.com", password: "short")
            }
            await #expect(throws: InvalidInput.self) {
                try await accounts.claimOwner(email: "maria.example.com", password: "long enough")
            }
            let state = try await accounts.setupState()
            #expect(state == .needsOwnerPassword(workspaceName: "Test VA", ownerName: "Maria Lopez"))
            let tooLong = String(repeating: "é", count: 40)  // 80 bytes: bcrypt would cut it
            await #expect(throws: InvalidInput.self) {
                try await accounts.claimOwner(email: "maria@example.com", password: tooLong)
            }
        }
    }
}
