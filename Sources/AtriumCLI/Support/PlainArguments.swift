import ArgumentParser

/// The arguments of the every-day commands — `atrium start`, `stop`, `status`, `log`, `summary` and
/// `retainer status` — read without ArgumentParser, in their plain forms.
///
/// ArgumentParser learns a command's options by reflecting over its properties, and each property
/// type it meets sends the Swift runtime through all ~10,000 protocol conformances of the binary: two
/// fifths of the instructions of a whole `atrium start`, a third of a `retainer status`. A punch is
/// typed (or bound to a hot key) many times a day, and the status views looked at as often, so these
/// commands are read here first, in the plain forms only: long options (`--at 9:30`, `--at=9:30`),
/// their flags, and words. Anything else — help, a short or unknown option, a value that starts with
/// `-`, an empty `--at=`, `--`, an option given twice, a missing client, a stray word after `stop` —
/// is left to ArgumentParser (``command(for:)`` returns nil), which stays the one that explains usage
/// and errors. Tests hold both readings to the same commands; an option added to any of these
/// commands must be set here too (until it is, those tests fail: the field is left unset, which
/// ArgumentParser would trap on when it is read).
enum PlainArguments {
    /// The command `arguments` (without the program name) ask for, or nil when they are not one of
    /// the plain forms read here.
    static func command(for arguments: [String]) -> (any AtriumCommand)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case "start": return start(rest)
        case "stop": return stop(rest)
        case "status": return status(rest)
        case "log": return log(rest)
        case "summary": return summary(rest)
        case "retainer" where rest.first == "status": return retainerStatus(rest.dropFirst())
        default: return nil
        }
    }

    private static func start(_ arguments: ArraySlice<String>) -> StartCommand? {
        guard
            let read = Reading(arguments, options: ["data-dir", "task", "at"], flags: StartCommand.flagNames),
            let target = read.words.first, !read.has("billable") || !read.has("no-billable")
        else { return nil }
        var command = StartCommand()
        command.global = read.global
        command.target = target
        command.words = Array(read.words.dropFirst())
        command.task = read.values["task"]
        command.at = read.values["at"]
        command.billable = !read.has("no-billable")
        command.force = read.has("force")
        command.allowOverlap = read.has("allow-overlap")
        return validated(command, command.global)
    }

    private static func stop(_ arguments: ArraySlice<String>) -> StopCommand? {
        guard
            let read = Reading(arguments, options: ["data-dir", "at", "memo"], flags: StopCommand.flagNames),
            read.words.isEmpty
        else { return nil }
        var command = StopCommand()
        command.global = read.global
        command.at = read.values["at"]
        command.memo = read.values["memo"]
        command.force = read.has("force")
        command.allowOverlap = read.has("allow-overlap")
        return validated(command, command.global)
    }

    private static func status(_ arguments: ArraySlice<String>) -> StatusCommand? {
        guard let read = Reading(arguments, options: ["data-dir"], flags: []), read.words.isEmpty else { return nil }
        var command = StatusCommand()
        command.global = read.global
        return validated(command, command.global)
    }

    private static func log(_ arguments: ArraySlice<String>) -> LogCommand? {
        guard
            let read = Reading(arguments, options: listOptions.union(["client"]), flags: PeriodOptions.flagNames),
            read.words.isEmpty, let output = read.output, let period = read.period
        else { return nil }
        var command = LogCommand()
        command.global = read.global
        command.period = period
        command.client = read.values["client"]
        command.output = output
        return validated(command, command.global)
    }

    private static func summary(_ arguments: ArraySlice<String>) -> SummaryCommand? {
        guard
            let read = Reading(arguments, options: listOptions.union(["by"]), flags: PeriodOptions.flagNames),
            read.words.isEmpty, let output = read.output, let period = read.period
        else { return nil }
        var command = SummaryCommand()
        command.global = read.global
        command.period = period
        command.by = read.values["by"] ?? "client"
        command.output = output
        return validated(command, command.global)
    }

    /// The options of a command that lists a period: the data folder, the period's dates, the format.
    private static let listOptions: Set<String> = ["data-dir", "from", "to", "format"]

    private static func retainerStatus(_ arguments: ArraySlice<String>) -> RetainerCommand.Status? {
        guard let read = Reading(arguments, options: ["data-dir"], flags: []), read.words.count == 1 else {
            return nil
        }
        var command = RetainerCommand.Status()
        command.global = read.global
        command.client = read.words[0]
        return validated(command, command.global)
    }

    /// The command, if it passes the checks ArgumentParser would run after parsing (none today); one
    /// that fails is left to ArgumentParser, which runs them again and reports the failure as usage.
    private static func validated<Command: ParsableArguments>(_ command: Command, _ global: GlobalOptions) -> Command? {
        var checked = command
        var options = global
        guard (try? checked.validate()) != nil, (try? options.validate()) != nil else { return nil }
        return checked
    }

    /// Words, long options with a value and flags, each option and flag at most once; nil for anything
    /// else.
    private struct Reading {
        var words: [String] = []
        var values: [String: String] = [:]
        var flags: Set<String> = []

        init?(_ arguments: ArraySlice<String>, options: Set<String>, flags known: Set<String>) {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                // `help` is a word ArgumentParser may read as a request for help.
                guard argument != "help" else { return nil }
                guard argument.hasPrefix("-") else {
                    words.append(argument)
                    continue
                }
                guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
                let body = argument.dropFirst(2)
                let equals = body.firstIndex(of: "=")
                let name = String(body[..<(equals ?? body.endIndex)])
                if options.contains(name) {
                    let value: String
                    if let equals {
                        // ArgumentParser reads an empty `--at=` as a bare `--at`, taking the next
                        // word as its value: left to it.
                        value = String(body[body.index(after: equals)...])
                        guard !value.isEmpty else { return nil }
                    } else {
                        guard let next = rest.popFirst() else { return nil }
                        value = next
                    }
                    guard !value.hasPrefix("-"), values.updateValue(value, forKey: name) == nil else { return nil }
                } else {
                    guard equals == nil, known.contains(name), flags.insert(name).inserted else { return nil }
                }
            }
        }

        func has(_ flag: String) -> Bool { flags.contains(flag) }

        var global: GlobalOptions {
            var global = GlobalOptions()
            global.dataDir = values["data-dir"]
            return global
        }

        /// The period's flags and dates, if they pass the period's own check (one period at most).
        var period: PeriodOptions? {
            var period = PeriodOptions()
            period.today = has("today")
            period.week = has("week")
            period.month = has("month")
            period.all = has("all")
            period.from = values["from"]
            period.to = values["to"]
            return (try? period.validate()) == nil ? nil : period
        }

        /// `--format`, if it names a format (table when not given).
        var output: FormatOption? {
            var output = FormatOption()
            guard let format = values["format"].map(OutputFormat.init(rawValue:)) ?? .table else { return nil }
            output.format = format
            return output
        }
    }
}

extension StartCommand {
    /// The flags `start` takes, `--billable` in both spellings.
    static let flagNames: Set<String> = ["billable", "no-billable", "force", "allow-overlap"]
}

extension PeriodOptions {
    /// The flags that choose a period.
    static let flagNames: Set<String> = ["today", "week", "month", "all"]
}

extension StopCommand {
    /// The flags `stop` takes.
    static let flagNames: Set<String> = ["force", "allow-overlap"]
}
