import AtriumCLI
import Foundation

/// The `atrium` executable: runs the command line and exits with its status.
@main
struct AtriumMain {
    static func main() async {
        let status = await Atrium.execute(Array(CommandLine.arguments.dropFirst()), context: .process())
        exit(status)
    }
}
