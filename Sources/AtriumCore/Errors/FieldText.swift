/// Reads Core values from text a person typed — an option, a form field, a JSON string —
/// attributing a parse failure to `field`, so the message names it and says what is expected.
/// Nil text (the field left out) reads as nil.
public enum FieldText {
    public static func zone(_ text: String?, field: String) throws -> ZoneID? {
        try text.map { text in try attributing(to: field) { try ZoneID(text) } }
    }

    public static func currency(_ text: String?, field: String) throws -> Currency? {
        try text.map { text in try attributing(to: field) { try Currency(code: text) } }
    }

    public static func rounding(_ text: String?, field: String) throws -> TimeRounding? {
        try text.map { text in try attributing(to: field) { try TimeRounding.parse(text) } }
    }

    public static func language(_ text: String?, field: String) throws -> LanguageCode? {
        try text.map { text in try attributing(to: field) { try LanguageCode(text) } }
    }

    public static func duration(_ text: String?, field: String) throws -> TimeSpan? {
        try text.map { text in try attributing(to: field) { try TimeSpan.parse(text) } }
    }

    public static func tag(_ text: String?, field: String) throws -> TagName? {
        try text.map { text in try attributing(to: field) { try TagName(text) } }
    }

    public static func tags(_ texts: [String], field: String) throws -> [TagName] {
        try texts.map { text in try attributing(to: field) { try TagName(text) } }
    }

    /// `monday`, `mon`, `1`…
    public static func weekday(_ text: String?, field: String) throws -> Weekday? {
        try text.map { text in try attributing(to: field) { try Weekday.parse(text) } }
    }

    /// A date written `2026-11-20`.
    public static func isoDate(_ text: String?, field: String) throws -> LocalDate? {
        try text.map { text in try attributing(to: field) { try TimeExpression.parseISODate(text) } }
    }

    public static func choice<Value: CaseIterable & RawRepresentable>(_ text: String?, field: String, what: String)
        throws -> Value? where Value.RawValue == String
    {
        try text.map { text in try attributing(to: field) { try Value.parse(text, what: what) } }
    }
}
