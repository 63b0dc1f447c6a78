import Hummingbird

extension Parameters {
    /// A query parameter that is `true` or `false`; false when absent. Anything else is a 400 naming
    /// it: `dryRun=1` read as false would run a real import.
    func flag(_ name: String) throws -> Bool {
        switch get(name) {
        case nil, "false": return false
        case "true": return true
        case let other?: throw Problem(.badRequest, "\(name) is true or false, not \"\(other)\".", field: name)
        }
    }
}
