import ArgumentParser
import PropertyBased
import Testing

@testable import AtriumCLI

/// `atrium start`, `stop`, `status`, `log`, `summary` and `retainer status` are read without
/// ArgumentParser in their plain forms; whatever that reading accepts must be the very command ArgumentParser makes of the
/// same words.
@Suite struct PlainArgumentsTests {
    /// The command ArgumentParser makes of `arguments`, every field written out (a field left unset
    /// shows as `*definition*`), or nil when it refuses them.
    static func parsed(_ arguments: [String]) -> String? {
        guard let command = try? Atrium.parseAsRoot(arguments) else { return nil }
        return String(describing: command)
    }

    static func fast(_ arguments: [String]) -> String? {
        PlainArguments.command(for: arguments).map { String(describing: $0) }
    }

    static let plainForms: [[String]] = [
        ["start", "acme"],
        ["start", "acme/listings", "Draft three listing descriptions", "+writing"],
        ["start", "bloom", "Inbox", "triage", "+email", "--at", "9:10"],
        ["start", "--at=yesterday 17:00", "acme", "memo"],
        ["start", "acme", "--task", "monthly close", "Reconcile", "November"],
        ["start", "acme", "--no-billable", "--force", "--allow-overlap", "--at", "2026-11-20 14:00"],
        ["start", "acme", "--billable", "--data-dir", "/tmp/atrium data"],
        ["start", "--data-dir=/srv/a=b", "acme", ""],
        ["start", "Acme Realty", "memo with --dashes inside", "+tag"],
        ["stop"],
        ["stop", "--at", "17:30"],
        ["stop", "--memo", "Listings drafted and sent", "--force", "--allow-overlap"],
        ["stop", "--memo", "", "--data-dir", "/tmp/x"],
        ["status"],
        ["status", "--data-dir", "/tmp/atrium"],
        ["retainer", "status", "bloom"],
        ["retainer", "status", "Bloom & Co", "--data-dir=/srv/atrium"],
        ["retainer", "status", "--data-dir", "/tmp/x", "acme"],
        ["log"],
        ["log", "--week"],
        ["log", "--today", "--format", "csv", "--client", "acme/listings"],
        ["log", "--from", "2026-11-01", "--to", "yesterday", "--format=json"],
        ["summary"],
        ["summary", "--month", "--by", "client"],
        ["summary", "--all", "--by=project", "--format", "csv", "--data-dir", "/tmp/atrium"],
        ["summary", "--from=mon"],
    ]

    @Test("The plain forms read as ArgumentParser reads them", arguments: plainForms)
    func plainForm(arguments: [String]) throws {
        let fast = try #require(Self.fast(arguments), "not read: \(arguments)")
        #expect(fast == Self.parsed(arguments))
        #expect(!fast.contains("definition"))
    }

    static let leftToArgumentParser: [[String]] = [
        [], ["start"], ["start", "--help"], ["start", "-h"], ["start", "help"], ["help", "start"],
        ["start", "acme", "--"], ["start", "acme", "--", "-memo"], ["start", "acme", "-x"],
        ["start", "acme", "--unknown"], ["start", "acme", "--at"], ["start", "acme", "--at", "-5m"],
        ["start", "acme", "--at", "9:00", "--at", "10:00"], ["start", "acme", "--force", "--force"],
        ["start", "acme", "--billable", "--no-billable"], ["start", "acme", "--force=yes"],
        ["start", "acme", "--at=-1h"], ["start", "acme", "--memo", "x"], ["start", "acme", "--version"],
        ["stop", "now"], ["stop", "--task", "x"], ["stop", "--billable"], ["stop", "--at"],
        ["stop", "--generate-completion-script", "bash"], ["start", "acme", "---completion"],
        ["stop", "--memo="], ["start", "acme", "--task="],
        ["status", "now"], ["status", "--help"], ["status", "-h"], ["status", "--at", "9:00"], ["status", "help"],
        ["retainer"], ["retainer", "status"], ["retainer", "status", "a", "b"], ["retainer", "status", "--help"],
        ["retainer", "status", "acme", "-h"], ["retainer", "status", "help"], ["retainer", "set", "acme"],
        ["retainer", "status", "acme", "--force"], ["retainer", "status", "--data-dir"], ["retainer", "--help"],
        ["log", "--today", "--week"], ["log", "--month", "--from", "2026-11-01"], ["log", "--format", "xml"],
        ["log", "--format", "CSV"], ["log", "acme"], ["log", "--by", "client"], ["log", "--today", "--today"],
        ["summary", "--by"], ["summary", "--client", "acme"], ["summary", "--month", "--all"],
        ["summary", "--format="], ["summary", "--help"], ["summary", "-h"], ["summary", "--month", "x"],
    ]

    @Test(
        "Help, short options, repeats and anything unusual are left to ArgumentParser",
        arguments: leftToArgumentParser
    )
    func leftAlone(arguments: [String]) {
        #expect(PlainArguments.command(for: arguments) == nil)
    }

    static let words = [
        "start", "stop", "acme", "bloom/x", "memo", "+tag", "help", "--", "-", "-h", "--help", "--at", "--at=9:00",
        "9:30", "-5", "--task", "--task=", "--memo", "--memo=done", "status", "Bloom & Co", "--today",
        "--week", "--month", "--all", "--from", "--to=mon", "2026-11-01", "--by", "project", "--format", "csv",
        "--format=json", "--format=xml", "--client", "--client=acme", "--force", "--force=1",
        "--billable",
        "--no-billable", "--allow-overlap", "--data-dir", "--data-dir=/tmp", "--unknown", "a=b", "",
        "--at=9:00=", "−5", "—x", "-\u{301}x", "--\u{301}at", "--AT", "--a", "---at", "a\nb", " acme ",
    ]

    @Test("Any words read here, ArgumentParser reads the same way")
    func anyWords() async {
        await propertyCheck(
            count: 1200,
            input: Gen.element(of: [
                ["start"], ["stop"], ["status"], ["retainer", "status"], ["retainer"], ["log"], ["summary"],
            ])
            .compactMap { $0 },
            Gen.element(of: Self.words).compactMap { $0 }.array(of: 0...6)
        ) { (command: [String], rest: [String]) in
            let arguments = command + rest
            guard let fast = Self.fast(arguments) else { return }
            #expect(fast == Self.parsed(arguments), "\(arguments)")
        }
    }
}
