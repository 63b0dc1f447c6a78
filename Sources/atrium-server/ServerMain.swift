import AtriumServe
import Foundation

/// The `atrium-server` executable, which `atrium serve` hands over to: runs the web server and exits
/// with its status.
@main
struct ServerMain {
    static func main() async {
        let status = await AtriumServer.execute(Array(CommandLine.arguments.dropFirst()), context: .process())
        exit(status)
    }
}
