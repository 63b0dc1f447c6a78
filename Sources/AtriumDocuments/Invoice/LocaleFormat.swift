import AtriumCore
import Foundation

/// Numbers, money and dates written as a language's readers expect (ICU's conventions through
/// Foundation): `1,234.50` in English, `1 234,50` in Russian and Bulgarian, `1.234,50` in Vietnamese,
/// Arabic-Indic digits in Arabic.
struct LocaleFormat {
    private let numbers: NumberFormatter
    private let dates: DateFormatter

    init(language: String) {
        let locale = Locale(identifier: language)
        numbers = NumberFormatter()
        numbers.locale = locale
        numbers.numberStyle = .decimal
        numbers.usesGroupingSeparator = true
        dates = DateFormatter()
        dates.locale = locale
        dates.timeZone = TimeZone(identifier: "UTC")
        dates.dateStyle = .long
        dates.timeStyle = .none
    }

    /// `value` × 10^-`scale` with exactly `scale` decimals (or as few as needed when `trimmed`).
    func decimal(_ value: Int64, scale: Int, trimmed: Bool = false) -> String {
        let shown = trimmed ? Self.decimalsNeeded(value, scale: scale) : scale
        numbers.minimumFractionDigits = shown
        numbers.maximumFractionDigits = shown
        let number = NSDecimalNumber(mantissa: value.magnitude, exponent: Int16(-scale), isNegative: value < 0)
        return numbers.string(from: number) ?? String(value)
    }

    /// An amount with the currency's minor digits and its code: `AUD 1,234.50`.
    func money(_ money: Money) -> String {
        "\(money.currency.code) \(decimal(money.minorUnits, scale: money.currency.minorUnitDigits))"
    }

    func date(_ date: LocalDate) -> String {
        let instant = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400))
        return dates.string(from: instant)
    }

    private static func decimalsNeeded(_ value: Int64, scale: Int) -> Int {
        var needed = scale
        var rest = value.magnitude
        while needed > 0, rest % 10 == 0 {
            rest /= 10
            needed -= 1
        }
        return needed
    }
}
