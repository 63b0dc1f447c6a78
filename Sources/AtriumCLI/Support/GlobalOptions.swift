import ArgumentParser

/// Options every command takes.
package struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Folder holding the Atrium database (default: $ATRIUM_HOME, else $XDG_DATA_HOME/atrium or ~/.local/share/atrium).",
            valueName: "dir"
        )
    )
    var dataDir: String?

    package init() {}
}

/// How a list is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// RFC 4180 CSV for spreadsheets.
    case csv
    /// JSON for scripts.
    case json
}

/// The `--format` option of listing commands.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table
}
