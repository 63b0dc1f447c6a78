import Testing

/// Every command-line suite, run one test at a time. Each test waits for the `atrium` binary
/// synchronously, which holds a thread of the shared concurrency pool; on two cores, two such waits
/// at once would starve the asynchronous web tests running alongside (their servers and timeouts).
@Suite(.serialized) struct CLISuite {}
