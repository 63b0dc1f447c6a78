/// How a client's time becomes invoice lines, chosen per client.
public enum TimeLineGrouping: String, Sendable, CaseIterable {
    /// One line per project and rate, charged once (the default).
    case project
    /// One line per entry: its date, project and memo, for clients who check every task.
    case entry
    /// One line per task and rate (`Listings — Monthly close`); time without a task, one per project.
    case task
}

/// Where a client's rounding rule is applied (see ``TimeRounding``); raw time is never changed.
public enum RoundingScope: String, Sendable, CaseIterable {
    /// To each entry, then summed (the default): 2 × 7 min under `up:15m` bills 30 min.
    case entry
    /// Once to each invoice line's (and summary line's) summed raw time: 2 × 7 min under `up:15m`
    /// bills 15 min.
    case line
}
