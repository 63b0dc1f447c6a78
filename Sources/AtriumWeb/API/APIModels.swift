import AtriumCore
import AtriumDocuments
import AtriumServices

/// The JSON shapes of `/api/v1`: instants as ISO 8601 UTC, money as minor units with a currency.
enum APIModel {
    struct Money: Encodable {
        var amountMinor: Int64
        var currency: String

        init(_ money: AtriumCore.Money) {
            amountMinor = money.minorUnits
            currency = money.currency.code
        }
    }

    struct Workspace: Encodable {
        var id: String
        var name: String
        var baseCurrency: String
        var zone: String
        var weekStart: String
        var defaultRate: Money?
        var invoiceDetails: String
    }

    struct Me: Encodable {
        var id: String
        var name: String
        var email: String?
        var role: String
        var zone: String
        var language: String
        var workspace: Workspace

        init(_ directory: Directory) {
            let person = directory.person
            let workspace = directory.workspace
            id = person.id.description
            name = person.name
            email = person.email
            role = person.role.rawValue
            zone = person.zone.identifier
            language = person.language.tag
            self.workspace = Workspace(workspace)
        }
    }

    struct Client: Encodable {
        var id: String
        var name: String
        var zone: String
        var language: String
        var currency: String
        var rate: Money?
        var rounding: String
        var roundingScope: String
        var timeLines: String
        var status: String
        var archived: Bool

        init(_ client: AtriumCore.Client) {
            id = client.id.description
            name = client.name
            zone = client.zone.identifier
            language = client.language.tag
            currency = client.currency.code
            rate = client.rate.map(Money.init)
            rounding = client.rounding.description
            roundingScope = client.roundingScope.rawValue
            timeLines = client.timeLines.rawValue
            status = client.status.rawValue
            archived = client.isArchived
        }
    }

    struct Project: Encodable {
        var id: String
        var clientId: String
        var name: String
        var rate: Money?
        var budgetHours: String?
        var archived: Bool

        init(_ project: AtriumCore.Project) {
            id = project.id.description
            clientId = project.clientID.description
            name = project.name
            rate = project.rate.map(Money.init)
            budgetHours = project.budget?.decimalHours
            archived = project.isArchived
        }
    }

    struct TimeEntry: Encodable {
        var id: Int
        var personId: String
        var clientId: String
        var projectId: String?
        var taskId: String?
        var start: String
        var end: String?
        var durationSeconds: Int64
        var memo: String
        var tags: [String]
        var billable: Bool
        var source: String
    }

    /// A client's task; `rate` is left out for a member.
    struct Task: Encodable {
        var id: String
        var clientId: String
        var projectId: String?
        var name: String
        var rate: Money?
        var archived: Bool

        init(_ task: WorkTask) {
            id = task.id.description
            clientId = task.clientID.description
            projectId = task.projectID?.description
            name = task.name
            rate = task.rate.map(Money.init)
            archived = task.isArchived
        }
    }

    /// The same document `JSONEncoder` writes for a ``TimeEntry`` (keys sorted, nil members left
    /// out), written straight to bytes.
    static func write(_ entry: TimeEntry, to json: inout JSONWriter) {
        json.beginObject()
        json.key("billable")
        json.bool(entry.billable)
        json.key("clientId")
        json.string(entry.clientId)
        json.key("durationSeconds")
        json.integer(entry.durationSeconds)
        json.member("end", entry.end)
        json.key("id")
        json.integer(entry.id)
        json.key("memo")
        json.string(entry.memo)
        json.key("personId")
        json.string(entry.personId)
        json.member("projectId", entry.projectId)
        json.key("source")
        json.string(entry.source)
        json.key("start")
        json.string(entry.start)
        json.key("tags")
        json.beginArray()
        for tag in entry.tags { json.string(tag) }
        json.endArray()
        json.member("taskId", entry.taskId)
        json.endObject()
    }

    /// A page of entries as ``Page`` encodes it.
    static func write(_ entries: [TimeEntry], nextCursor: String?, to json: inout JSONWriter) {
        json.beginObject()
        json.key("items")
        json.beginArray()
        for entry in entries { write(entry, to: &json) }
        json.endArray()
        json.member("nextCursor", nextCursor)
        json.endObject()
    }

    struct Timer: Encodable {
        var running: TimeEntry?
    }

    struct TimerStart: Encodable {
        var started: TimeEntry?
        var stopped: TimeEntry?
        var notes: [String]
    }

    struct SummaryLine: Encodable {
        var clientId: String
        var client: String
        var projectId: String?
        var project: String
        var currency: String
        var rawHours: String
        var billableHours: String
        var amount: Money?
        var personId: String?
        var person: String?
        /// The tag or day, when grouped by tag or day.
        var group: String?
    }

    struct SummaryTotal: Encodable {
        var currency: String
        var rawHours: String
        var billableHours: String
        /// Left out for a member, who sees hours only.
        var amount: Money?
    }

    struct Summary: Encodable {
        var from: String?
        var to: String?
        var by: String
        var lines: [SummaryLine]
        var totals: [SummaryTotal]
        /// The totals in the base currency, when some are in another; the rates used and the gap.
        var inBase: BaseTotal?

        init(_ report: SummaryReport) {
            inBase = report.inBase.map(BaseTotal.init)
            from = report.period.days?.lowerBound.description
            to = report.period.days?.upperBound.description
            by = report.summary.grouping.rawValue
            lines = report.summary.lines.map { line in
                SummaryLine(
                    clientId: line.clientID.description,
                    client: line.clientName,
                    projectId: line.projectID?.description,
                    project: line.projectName,
                    currency: line.currency.code,
                    rawHours: TimeSpan(seconds: line.rawSeconds).decimalHours,
                    billableHours: TimeSpan(seconds: line.billableSeconds).decimalHours,
                    amount: line.amount.map(Money.init),
                    personId: line.personID?.description,
                    person: line.personID == nil ? nil : line.personName,
                    group: line.groupLabel.isEmpty ? nil : line.groupLabel
                )
            }
            totals = report.summary.totals.map { total in
                SummaryTotal(
                    currency: total.currency.code,
                    rawHours: TimeSpan(seconds: total.rawSeconds).decimalHours,
                    billableHours: TimeSpan(seconds: total.billableSeconds).decimalHours,
                    amount: report.showsMoney ? Money(total.amount) : nil
                )
            }
        }
    }

    /// A sum over currencies in the base currency (see ``BaseCurrencyTotal``).
    struct BaseTotal: Encodable {
        var amount: Money
        var date: String
        var rates: [ExchangeRate]
        /// Amounts left out for want of a rate.
        var unconverted: [Money]

        init(_ total: BaseCurrencyTotal) {
            amount = Money(total.amount)
            date = total.date.description
            rates = total.ratesUsed.map(ExchangeRate.init)
            unconverted = total.unconverted.map(Money.init)
        }
    }

    /// One unit of `currency` in `base` on `date`, the rate as decimal text.
    struct ExchangeRate: Encodable {
        var currency: String
        var base: String
        var date: String
        var rate: String

        init(_ rate: AtriumCore.ExchangeRate) {
            currency = rate.currency.code
            base = rate.base.code
            date = rate.date.description
            self.rate = rate.rateText
        }
    }

    struct Token: Encodable {
        var id: String
        var name: String
        var prefix: String
        var createdAt: String
        var lastUsedAt: String?
        var revokedAt: String?

        init(_ token: APIToken) {
            id = token.id.description
            name = token.name
            prefix = token.prefix
            createdAt = token.createdAt.iso8601
            lastUsedAt = token.lastUsedAt?.iso8601
            revokedAt = token.revokedAt?.iso8601
        }
    }

    struct CreatedToken: Encodable {
        var token: Token
        /// Shown once.
        var secret: String
    }

    /// A page of a list: `nextCursor` is null on the last page.
    struct Page<Item: Encodable>: Encodable {
        var items: [Item]
        var nextCursor: String?
    }
}

extension APIModel.TimeEntry {
    init(_ view: EntryView) {
        let entry = view.entry
        id = entry.number
        personId = entry.personID.description
        clientId = entry.clientID.description
        projectId = entry.projectID?.description
        taskId = entry.taskID?.description
        start = entry.start.iso8601
        end = entry.end?.iso8601
        durationSeconds = view.duration.seconds
        memo = entry.memo
        tags = entry.tags.map(\.name)
        billable = entry.isBillable
        source = entry.source.rawValue
    }
}
