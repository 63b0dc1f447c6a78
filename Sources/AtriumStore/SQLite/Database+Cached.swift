import GRDB

extension Database {
    /// Runs one statement, prepared once per connection and reused: bulk writes prepare (and
    /// authorize) each statement once instead of once per row.
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
