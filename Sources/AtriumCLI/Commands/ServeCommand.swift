import ArgumentParser
import Foundation

/// `atrium serve`: hands over to the web server's program, `atrium-server`, which is built and
/// installed next to `atrium`. The server's code (HTTP, templates, metrics) is a third of the
/// binary: kept out of `atrium`, every other command starts a millisecond sooner.
///
/// `atrium` reads none of its arguments: `atrium serve --help` and `atrium help serve` are answered by
/// the server's program too. The options are declared here only for shell completion.
struct ServeCommand: AtriumCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and the JSON API.",
        discussion: """
            Runs atrium-server (installed next to atrium) with the same arguments. See its options with: \
            atrium serve --help

            Examples:
              atrium serve
              atrium serve --port 9000 --host 0.0.0.0 --secure-cookies
            """
    )

    // The server's options, for shell completion: `atrium` hands them over unread (see init(handingOver:)).
    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ServeOptions

    @Argument(parsing: .captureForPassthrough, help: .hidden)
    var arguments: [String] = []

    init() {}

    /// The command for `atrium serve ARGUMENTS`, read without ArgumentParser.
    init(handingOver arguments: [String]) {
        self.arguments = arguments
    }

    func execute(in context: CommandContext) async throws {
        guard context.mayReplaceProcess else { throw CLIError.serverInProcess }
        try ServerHandOff.replaceProcess(arguments: ["serve"] + arguments, environment: context.environment)
    }
}

/// Starting the server's program in place of this process.
enum ServerHandOff {
    /// The server's program: `atrium-server` in the folder of the running `atrium` (links resolved),
    /// or nil when the running program cannot be found.
    static var serverPath: String? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("atrium-server").path
    }

    /// Replaces this process with the server's program given `arguments` and `environment`; the
    /// server keeps the process id, so signals meant for `atrium serve` reach it.
    ///
    /// - Throws: ``CLIError/serverMissing(_:_:)`` when the program cannot be started; returns never otherwise.
    static func replaceProcess(arguments: [String], environment: [String: String]) throws {
        guard let path = serverPath else {
            throw CLIError.serverMissing("atrium-server", "the folder of atrium is not known")
        }
        let argv = CStrings([path] + arguments)
        let environ = CStrings(environment.map { "\($0.key)=\($0.value)" })
        execve(path, argv.pointers, environ.pointers)
        throw CLIError.serverMissing(path, String(cString: strerror(errno)))
    }
}

/// A NULL-terminated list of C strings, freed with the value (what `execve` is given).
private final class CStrings {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ texts: [String]) {
        pointers = texts.map { strdup($0) } + [nil]
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}
