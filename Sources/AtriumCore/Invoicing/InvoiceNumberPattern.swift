/// How issued invoices are numbered: text with `{YYYY}`, `{YY}`, `{MM}` and one `{seq:N}` (the
/// workspace's gapless sequence, at least N digits), e.g. `{YYYY}-{seq:4}` → `2026-0007`.
public struct InvoiceNumberPattern: Hashable, Sendable, CustomStringConvertible {
    enum Part: Hashable, Sendable {
        case text(String)
        case year4, year2, month
        case sequence(digits: Int)
    }

    let parts: [Part]
    /// The pattern as written.
    public let description: String

    /// Atrium's default: `{YYYY}-{seq:4}`.
    public static let standard: InvoiceNumberPattern = {
        do { return try InvoiceNumberPattern("{YYYY}-{seq:4}") } catch {
            preconditionFailure("the default pattern parses")
        }
    }()

    /// Reads a pattern.
    ///
    /// - Throws: ``InvalidInput`` for the `pattern` field: an unknown placeholder, unbalanced braces,
    ///   or not exactly one `{seq:N}`.
    public init(_ text: String) throws(InvalidInput) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}") else {
                throw InvalidInput("\"\(text)\" has unbalanced braces: use e.g. {YYYY}-{seq:4}", field: "pattern")
            }
            literal += rest[..<open]
            if !literal.isEmpty { parts.append(.text(literal)) }
            literal = ""
            let token = rest[rest.index(after: open)..<close]
            switch token {
            case "YYYY": parts.append(.year4)
            case "YY": parts.append(.year2)
            case "MM": parts.append(.month)
            default:
                guard token.hasPrefix("seq"), let digits = token == "seq" ? 1 : Int(token.dropFirst(4)),
                    token == "seq" || token.dropFirst(3).first == ":", (1...12).contains(digits)
                else {
                    throw InvalidInput(
                        "{\(token)} is not a placeholder: use {YYYY}, {YY}, {MM} or {seq:N} (N from 1 to 12)",
                        field: "pattern"
                    )
                }
                parts.append(.sequence(digits: digits))
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        let sequences = parts.filter { if case .sequence = $0 { return true } else { return false } }.count
        guard sequences == 1 else {
            throw InvalidInput("a numbering pattern holds exactly one {seq:N}, e.g. {YYYY}-{seq:4}", field: "pattern")
        }
        guard text.count <= 40 else {
            throw InvalidInput("a numbering pattern has at most 40 characters", field: "pattern")
        }
        self.parts = parts
        description = text
    }

    /// The number of the `sequence`-th invoice issued on `date`.
    public func number(sequence: Int, issuedOn date: LocalDate) -> String {
        parts.map { part -> String in
            switch part {
            case .text(let text): return text
            case .year4: return String(date.year)
            case .year2: return (date.year % 100).twoDigits
            case .month: return date.month.twoDigits
            case .sequence(let digits):
                let text = String(sequence)
                return text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
            }
        }.joined()
    }
}

/// When an invoice is due.
public enum PaymentTerms: Hashable, Sendable, CustomStringConvertible {
    case dueOnReceipt
    /// N days after the issue date.
    case net(days: Int)
    /// On a given date.
    case fixed(LocalDate)

    /// Reads `net15`, `net 30`, `receipt` (or `due on receipt`), or a date `2026-12-31`.
    ///
    /// - Throws: ``InvalidInput`` for the `terms` field.
    public static func parse(_ text: String) throws(InvalidInput) -> PaymentTerms {
        let lower = text.trimmingWhitespace().lowercased()
        if ["receipt", "due on receipt", "on receipt"].contains(lower) { return .dueOnReceipt }
        if lower.hasPrefix("net") {
            guard let days = Int(lower.dropFirst(3).trimmingWhitespace()), (0...365).contains(days) else {
                throw InvalidInput("\"\(text)\": net terms are 0 to 365 days, e.g. net15", field: "terms")
            }
            return .net(days: days)
        }
        do {
            return .fixed(try TimeExpression.parseISODate(lower))
        } catch {
            throw InvalidInput(
                "\"\(text)\" is not payment terms: use net15, receipt or a date such as 2026-12-31",
                field: "terms"
            )
        }
    }

    /// `net15`, `due on receipt`, `due 2026-12-31`.
    public var description: String {
        switch self {
        case .dueOnReceipt: return "due on receipt"
        case .net(let days): return "net\(days)"
        case .fixed(let date): return "due \(date)"
        }
    }

    /// The due date of an invoice issued on `issued`.
    ///
    /// - Throws: ``InvalidInput`` when a fixed due date is before the issue date.
    public func dueDate(issuedOn issued: LocalDate) throws(InvalidInput) -> LocalDate {
        switch self {
        case .dueOnReceipt: return issued
        case .net(let days): return issued.adding(days: days)
        case .fixed(let date):
            guard date >= issued else {
                throw InvalidInput("the due date \(date) is before the issue date \(issued)", field: "terms")
            }
            return date
        }
    }
}
