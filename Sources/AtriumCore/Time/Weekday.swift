/// A day of the week, ordered Monday first as in ISO 8601.
public enum Weekday: String, CaseIterable, Sendable, Codable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 1 for Monday … 7 for Sunday (ISO 8601).
    public var isoNumber: Int { (Weekday.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The day with this ISO number (1 = Monday … 7 = Sunday).
    public init?(isoNumber: Int) {
        guard (1...7).contains(isoNumber) else { return nil }
        self = Weekday.allCases[isoNumber - 1]
    }

    /// Three-letter English abbreviation: `Mon`.
    public var shortName: String { String(rawValue.prefix(3)).capitalized }

    /// Reads `mon`, `Monday`, `TUE` …
    ///
    /// - Throws: ``InvalidInput`` naming the accepted spellings.
    public static func parse(_ text: String) throws(InvalidInput) -> Weekday {
        let lower = text.trimmingWhitespace().lowercased()
        let candidates = allCases.filter { $0.rawValue.hasPrefix(lower) }
        if lower.count >= 2, candidates.count == 1 { return candidates[0] }
        throw InvalidInput("\"\(text)\" is not a day of the week: use mon, tue, wed, thu, fri, sat or sun")
    }
}
