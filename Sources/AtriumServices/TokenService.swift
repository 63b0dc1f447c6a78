import AtriumCore
import AtriumStore

/// Bearer tokens for the JSON API: created in the web app or with `atrium token create`, shown
/// once, stored hashed, revocable.
public struct TokenService: Sendable {
    let store: any AtriumStore
    let now: @Sendable () -> Instant

    public init(store: any AtriumStore, now: @escaping @Sendable () -> Instant) {
        self.store = store
        self.now = now
    }

    /// Every secret starts with this, so a leaked one is easy to recognise.
    public static let secretPrefix = "atr_"

    /// A new token and its secret, which is never shown again.
    public struct Created: Sendable {
        public var token: APIToken
        public var secret: String
    }

    /// Creates a token for the caller.
    ///
    /// - Throws: ``InvalidInput`` on `name` unless it has 1 to 80 characters.
    public func create(named name: String, as caller: Caller) async throws -> Created {
        let name = name.trimmingWhitespace()
        guard (1...80).contains(name.count) else {
            throw InvalidInput("a token's name has 1 to 80 characters, e.g. \"laptop script\"", field: "name")
        }
        let secret = Self.secretPrefix + SecretToken.generate()
        let token = APIToken(
            workspaceID: caller.workspaceID,
            personID: caller.personID,
            name: name,
            prefix: String(secret.prefix(Self.secretPrefix.count + 4)),
            tokenHash: SecretToken.hash(secret),
            createdAt: now()
        )
        try await store.insertAPIToken(token)
        return Created(token: token, secret: secret)
    }

    /// The caller's tokens, newest first, revoked ones included.
    public func list(as caller: Caller) async throws -> [APIToken] {
        try await store.apiTokens(of: caller.personID, in: caller.workspaceID)
    }

    /// Revokes one of the caller's tokens; requests with it are refused from then on.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for a token that is not the caller's.
    public func revoke(_ id: ID<APIToken>, as caller: Caller) async throws -> APIToken {
        try await store.revokeAPIToken(id, of: caller.personID, in: caller.workspaceID, at: now())
    }

    /// The caller a bearer secret acts as.
    ///
    /// - Throws: ``AccountError/signedOut`` for an unknown or revoked token.
    public func caller(secret: String) async throws -> Caller {
        guard secret.hasPrefix(Self.secretPrefix),
            let (token, role) = try await store.useAPIToken(tokenHash: SecretToken.hash(secret), at: now()),
            !token.isRevoked
        else { throw AccountError.signedOut }
        return Caller(workspaceID: token.workspaceID, personID: token.personID, role: role)
    }
}
