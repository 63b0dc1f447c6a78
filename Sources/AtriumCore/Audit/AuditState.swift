import Foundation

/// A state the audit trail records: decodable for comparison, written canonically for hashing.
public protocol CanonicalState: Codable, Equatable, Sendable {
    /// The fields as they are written, each JSON name once, in any order (the text sorts them).
    var canonicalFields: [CanonicalJSON.Field] { get }
    /// The canonical JSON text: by default that of ``canonicalFields``; a state written often may
    /// write the same text directly.
    var canonicalText: String { get }
}

extension CanonicalState {
    public var canonicalText: String { CanonicalJSON.text(ofFields: canonicalFields) }
}

/// The canonical JSON of a record's audited state, compared field by field by `audit verify`.
///
/// Keys are sorted and the encoding is fixed, so the same state always gives the same text.
public enum AuditState {
    /// A time entry as audited: everything that bears on billing.
    public struct Entry: CanonicalState {
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
        /// The entry's own price (`hourly EUR 45.00`); absent from records written before prices existed.
        public var price: String?
        /// The entry's task; absent when it has none (and from records written before tasks existed).
        public var task: String?

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
            price = entry.price?.text
            task = entry.taskID?.description
        }

        public var canonicalFields: [CanonicalJSON.Field] {
            var fields: [CanonicalJSON.Field] = [
                ("number", .integer(Int64(number))), ("person", .string(person)), ("client", .string(client)),
                ("project", project.map(CanonicalJSON.string) ?? .null), ("start", .integer(start)),
                ("end", end.map(CanonicalJSON.integer) ?? .null), ("memo", .string(memo)), ("tags", .strings(tags)),
                ("billable", .bool(billable)), ("source", .string(source)),
                ("deleted", deleted.map(CanonicalJSON.integer) ?? .null),
            ]
            if let price { fields.append(("price", .string(price))) }
            if let task { fields.append(("task", .string(task))) }
            return fields
        }

        /// The text of ``canonicalFields``, written in their sorted order without making the list
        /// (an import writes one for every entry).
        public var canonicalText: String {
            var object = CanonicalJSON.SortedObject(capacity: 320 + memo.utf8.count)
            object.bool("billable", billable)
            object.string("client", client)
            object.integer("deleted", deleted)
            object.integer("end", end)
            object.string("memo", memo)
            object.integer("number", Int64(number))
            object.string("person", person)
            if let price { object.string("price", price) }
            object.string("project", project)
            object.string("source", source)
            object.integer("start", start)
            object.strings("tags", tags)
            if let task { object.string("task", task) }
            return object.finish()
        }
    }

    /// A billing rule as audited: a rate (or none) and, for clients, the rounding.
    public struct Billing: CanonicalState {
        public var name: String
        public var currency: String
        public var rate: String?
        public var rounding: String?

        /// - Parameter scope: Written after the rule when it is per line (`up:15m per line`).
        public init(
            name: String,
            currency: Currency,
            rate: Money?,
            rounding: TimeRounding?,
            scope: RoundingScope = .entry
        ) {
            self.name = name
            self.currency = currency.code
            self.rate = rate?.decimalString
            self.rounding = rounding.map { $0.description + (scope == .line ? " per line" : "") }
        }

        public var canonicalFields: [CanonicalJSON.Field] {
            [
                ("name", .string(name)), ("currency", .string(currency)),
                ("rate", rate.map(CanonicalJSON.string) ?? .null),
                ("rounding", rounding.map(CanonicalJSON.string) ?? .null),
            ]
        }
    }

    /// The canonical JSON text of `state`: sorted keys, no spaces (see ``CanonicalJSON``).
    public static func json(_ state: some CanonicalState) -> String {
        state.canonicalText
    }

    /// The state decoded from its JSON; nil when the text is not such a state.
    public static func decode<State: Decodable>(_ type: State.Type, from text: String) -> State? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
