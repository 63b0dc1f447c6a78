/// The largest amounts Atrium accepts. Far above any real invoice, and far enough below 64 bits that
/// sums, taxes and time charges of such amounts never overflow.
extension Money {
    /// The largest amount of any kind, in minor units: 999,999,999,999,999 (USD 9,999,999,999,999.99,
    /// JPY 999,999,999,999,999). Amounts typed, lines and invoice totals beyond it are refused.
    public static let largestMinorUnits: Int64 = 999_999_999_999_999

    /// The largest hourly rate, in minor units (USD 9,999,999.99 an hour): a charge of it over any
    /// span of time still fits.
    public static let largestRateMinorUnits: Int64 = 999_999_999

    /// Whether the amount's size is within ``largestMinorUnits``.
    public var isWithinLimits: Bool { minorUnits.magnitude <= Self.largestMinorUnits.magnitude }
}
