import AtriumCore
import AtriumServices
import Hummingbird
import NIOCore

/// Who a request comes from, once its cookie or bearer token has been checked.
struct Signed: Sendable {
    var caller: Caller
    /// The browser session; nil for an API token.
    var session: Session?
}

/// The per-request context: the peer's address, and the signed-in caller when there is one.
struct AppContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address (`unknown` in router tests), used to throttle sign-ins.
    let remoteAddress: String
    var signed: Signed?

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Bodies larger than this are refused with 413: forms and API requests are small.
    var maxUploadSize: Int { WebConfiguration.maxBodyBytes }

    /// The signed-in caller.
    ///
    /// - Throws: ``AccountError/signedOut`` when the request carries no valid session or token.
    func caller() throws -> Caller {
        guard let signed else { throw AccountError.signedOut }
        return signed.caller
    }
}
