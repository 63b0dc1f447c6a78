import AtriumCore
import AtriumServices
import AtriumStore
import Foundation

/// `atrium-bench generate --entries N --out FILE`: writes the deterministic benchmark store;
/// `atrium-bench schedule --dir DIR --runs N`: times the scheduling workloads (see ``ScheduleBench``);
/// `atrium-bench invoice --dir DIR`: times drafting invoices (see ``InvoiceBench``).
///
/// 50 clients in a dozen zones and currencies, 2–4 projects each, three years of weekdays ending
/// on 2026-11-30, entries of 5–240 minutes with a memo and one or two tags each, all tracked by the
/// workspace owner. The same arguments always give the same data.
@main
struct BenchMain {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "schedule", let directory = value(of: "--dir", in: arguments) {
            do {
                try await ScheduleBench.run(
                    directory: directory,
                    runs: value(of: "--runs", in: arguments).flatMap(Int.init) ?? 30
                )
            } catch {
                FileHandle.standardError.write(Data("atrium-bench: \(error)\n".utf8))
                exit(1)
            }
            return
        }
        if arguments.first == "invoice", let directory = value(of: "--dir", in: arguments) {
            do {
                try await InvoiceBench.run(directory: directory)
            } catch {
                FileHandle.standardError.write(Data("atrium-bench: \(error)\n".utf8))
                exit(1)
            }
            return
        }
        guard arguments.first == "generate", let entries = value(of: "--entries", in: arguments).flatMap(Int.init),
            let output = value(of: "--out", in: arguments)
        else {
            FileHandle.standardError.write(Data("usage: atrium-bench generate --entries N --out FILE\n".utf8))
            exit(64)
        }
        do {
            try await BenchStore.generate(entries: entries, at: output)
        } catch {
            FileHandle.standardError.write(Data("atrium-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}
