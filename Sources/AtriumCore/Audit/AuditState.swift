import Foundation

/// The canonical JSON of a record's audited state, compared field by field by `audit verify`.
///
/// Keys are sorted and the encoding is fixed, so the same state always gives the same text.
public enum AuditState {
    /// A time entry as audited: everything that bears on billing.
    public struct Entry: Codable, Equatable, Sendable {
        public var number: Int
        public var person: String
        public var client: String
        public var project: String?
        public var start: Int64
        public var end: Int64?
        public var memo: String
        public var tags: [String]
        public var billable: Bool
        public var source: String
        public var deleted: Int64?

        public init(_ entry: TimeEntry) {
            number = entry.number
            person = entry.personID.description
            client = entry.clientID.description
            project = entry.projectID?.description
            start = entry.start.secondsSinceEpoch
            end = entry.end?.secondsSinceEpoch
            memo = entry.memo
            tags = entry.tags.map(\.name)
            billable = entry.isBillable
            source = entry.source.rawValue
            deleted = entry.deletedAt?.secondsSinceEpoch
        }
    }

    /// A billing rule as audited: a rate (or none) and, for clients, the rounding.
    public struct Billing: Codable, Equatable, Sendable {
        public var name: String
        public var currency: String
        public var rate: String?
        public var rounding: String?

        public init(name: String, currency: Currency, rate: Money?, rounding: TimeRounding?) {
            self.name = name
            self.currency = currency.code
            self.rate = rate?.decimalString
            self.rounding = rounding?.description
        }
    }

    /// The canonical JSON text of `state`.
    public static func json<State: Encodable>(_ state: State) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(state) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The state decoded from its JSON; nil when the text is not such a state.
    public static func decode<State: Decodable>(_ type: State.Type, from text: String) -> State? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
