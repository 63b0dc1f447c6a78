import AtriumCore
import AtriumServices
import Foundation
import Hummingbird

/// The filters of the time page, read from its query string: a period, and optionally a client,
/// project, tag and person.
struct TimeFilter {
    var period: String
    var from: String
    var to: String
    var clientID: String
    var projectID: String
    var tag: String
    var personID: String

    init(_ query: Parameters) {
        period = query.get("period") ?? "week"
        from = query.get("from") ?? ""
        to = query.get("to") ?? ""
        clientID = query.get("client") ?? ""
        projectID = query.get("project") ?? ""
        tag = query.get("tag") ?? ""
        personID = query.get("person") ?? ""
    }

    /// The period to list.
    ///
    /// - Throws: ``InvalidInput`` on `period` for an unknown one, on `from` or `to` for a custom period
    ///   without readable dates.
    func choice() throws -> PeriodChoice {
        switch period {
        case "today": return .today
        case "week": return .week
        case "month": return .month
        case "all": return .all
        case "custom":
            let start = try attributing(to: "from") { try TimeExpression.parseISODate(from) }
            let end = try attributing(to: "to") { try TimeExpression.parseISODate(to) }
            return .range(from: start, to: end)
        default:
            throw InvalidInput("use today, week, month, all or custom, not \"\(period)\"", field: "period")
        }
    }

    /// The client, project, person and tag to keep.
    ///
    /// - Throws: ``InvalidInput`` naming the field that is not an id or a tag.
    func entryFilter() throws -> EntryFilter {
        EntryFilter(
            clientID: try Self.id(clientID, field: "client"),
            projectID: try Self.id(projectID, field: "project"),
            personID: try Self.id(personID, field: "person"),
            tag: try FieldText.tag(tag.isEmpty ? nil : tag, field: "tag")
        )
    }

    private static func id<Entity>(_ text: String, field: String) throws -> ID<Entity>? {
        guard !text.isEmpty else { return nil }
        guard let id = ID<Entity>(text) else { throw InvalidInput("choose one from the list", field: field) }
        return id
    }

    /// The choices of the period select, this filter's selected.
    var periodOptions: [Option] {
        [
            ("today", "Today"), ("week", "This week"), ("month", "This month"), ("all", "All time"),
            ("custom", "From – to"),
        ]
        .map { Option(value: $0.0, label: $0.1, selected: period == $0.0) }
    }

    /// The filter as a query string, for the export link.
    var queryString: String {
        let pairs = [
            ("period", period), ("from", from), ("to", to), ("client", clientID), ("project", projectID), ("tag", tag),
            ("person", personID),
        ]
        return pairs.filter { !$0.1.isEmpty }.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
    }
}

/// One `<option>` of a select.
struct Option {
    var value: String
    var label: String
    var selected: Bool
}

extension Option: TemplateValues {
    static let names: [String: PartialKeyPath<Option> & Sendable] = [
        "value": \Option.value, "label": \Option.label, "selected": \Option.selected,
    ]
}

extension TimeFilter: TemplateValues {
    static let names: [String: PartialKeyPath<TimeFilter> & Sendable] = [
        "period": \TimeFilter.period, "from": \TimeFilter.from, "to": \TimeFilter.to, "clientID": \TimeFilter.clientID,
        "projectID": \TimeFilter.projectID, "tag": \TimeFilter.tag, "personID": \TimeFilter.personID,
    ]
}
