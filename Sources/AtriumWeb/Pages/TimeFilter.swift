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
    /// - Throws: ``InvalidInput`` on `from` or `to` for a custom period without readable dates.
    func choice() throws -> PeriodChoice {
        switch period {
        case "today": return .today
        case "month": return .month
        case "all": return .all
        case "custom":
            let start = try attributing(to: "from") { try TimeExpression.parseISODate(from) }
            let end = try attributing(to: "to") { try TimeExpression.parseISODate(to) }
            return .range(from: start, to: end)
        default: return .week
        }
    }

    func matches(_ view: EntryView) -> Bool {
        let entry = view.entry
        if !clientID.isEmpty, entry.clientID.description != clientID { return false }
        if !projectID.isEmpty, entry.projectID?.description != projectID { return false }
        if !personID.isEmpty, entry.personID.description != personID { return false }
        if !tag.isEmpty, let wanted = try? TagName(tag), !entry.tags.contains(wanted) { return false }
        return true
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
