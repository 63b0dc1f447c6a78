import AtriumCore
import AtriumServices
import Hummingbird

/// Hours and billable amounts per client, project or person for a period.
struct SummaryPage {
    let app: WebApp

    func register(on router: Router<AppContext>) {
        router.get("/summary") { request, context in try await show(request, context) }
    }

    private func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let signed = try context.signedInBrowser()
        let query = request.uri.queryParameters
        let filter = TimeFilter(query)
        var filterError: String?
        var grouping = SummaryGrouping.client
        let report: SummaryReport
        do {
            grouping = try FieldText.choice(query.get("by"), field: "by", what: "grouping") ?? .client
            report = try await app.services.summaries.summary(try filter.choice(), by: grouping, as: signed.caller)
        } catch let error as InvalidInput {
            filterError = error.neutralMessage
            report = try await app.services.summaries.summary(.week, by: grouping, as: signed.caller)
        }
        let second: String? =
            switch grouping {
            case .client: nil
            case .project: "Project"
            case .person: "Person"
            case .tag: "Tag"
            case .day: "Day"
            }
        let values: [String: Any] = [
            "periods": filter.periodOptions,
            "groupings": SummaryGrouping.allCases.map {
                Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == grouping)
            },
            "from": filter.from, "to": filter.to, "filterError": filterError as Any,
            "periodLabel": report.period.label, "zone": report.period.zone.identifier,
            "second": second as Any, "hasSecond": second != nil,
            "hasLines": !report.summary.lines.isEmpty, "showsMoney": report.showsMoney,
            "lines": report.summary.lines.map { line in
                [
                    "client": line.clientName,
                    "detail": Self.detail(of: line, by: grouping),
                    "raw": TimeSpan(seconds: line.rawSeconds).clockText,
                    "billable": TimeSpan(seconds: line.billableSeconds).clockText,
                    "amount": line.amount?.labeled ?? "\(line.currency.code) — no rate",
                    "hasSecond": second != nil, "showsMoney": report.showsMoney,
                ] as [String: Any]
            },
            "inBase": report.inBase.map { total in
                [
                    "amount": total.amount.labeled, "rates": total.ratesUsed.isEmpty ? nil : total.ratesText as Any,
                    "gap": total.gapText as Any, "needsRate": !total.withoutRate.isEmpty,
                ]
            } as Any,
            "totals": report.summary.totals.map { total in
                [
                    "currency": total.currency.code, "raw": TimeSpan(seconds: total.rawSeconds).clockText,
                    "billable": TimeSpan(seconds: total.billableSeconds).clockText,
                    "amount": total.amount.labeled + (total.hasUnpricedTime ? " + unpriced" : ""),
                    "hasSecond": second != nil, "showsMoney": report.showsMoney,
                ] as [String: Any]
            },
        ]
        return app.pages.page(
            "summary",
            title: "Summary",
            values: values,
            chrome: try await app.chrome(signed, section: "summary"),
            status: filterError == nil ? .ok : .unprocessableContent
        )
    }

    /// The second column of a line: its project, person, tag or day.
    private static func detail(of line: SummaryLine, by grouping: SummaryGrouping) -> String {
        switch grouping {
        case .client: return ""
        case .project: return line.projectName.isEmpty ? "(no project)" : line.projectName
        case .person: return line.personName
        case .tag, .day: return line.groupLabel
        }
    }
}
