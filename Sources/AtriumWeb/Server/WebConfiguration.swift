/// How `atrium serve` listens and secures its cookies.
public struct WebConfiguration: Sendable {
    /// The largest request body accepted (1 MiB); larger ones get 413.
    public static let maxBodyBytes = 1 << 20

    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    /// Mark cookies `Secure`: set when the app is served over https (behind a proxy).
    public var secureCookies: Bool
    /// A connection that sends nothing for this long is closed (slow or stalled clients).
    public var idleTimeoutSeconds: Int
    /// A reading request still running after this long is answered 503 and its work cancelled.
    public var requestTimeoutSeconds: Int

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        secureCookies: Bool = false,
        idleTimeoutSeconds: Int = 30,
        requestTimeoutSeconds: Int = 30
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.requestTimeoutSeconds = requestTimeoutSeconds
    }
}
