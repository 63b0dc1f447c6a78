import AtriumCore
import Foundation

/// The words on an invoice in the client's language: English, Russian, Arabic, Vietnamese and
/// Bulgarian; anything else reads English.
public struct InvoiceLabels: Sendable, Equatable {
    public var invoice: String
    public var creditNote: String
    public var draft: String
    public var number: String
    public var issued: String
    public var due: String
    public var period: String
    public var terms: String
    public var from: String
    public var billTo: String
    public var taxID: String
    public var description: String
    public var quantity: String
    public var unitPrice: String
    public var tax: String
    public var amount: String
    public var net: String
    public var totalTax: String
    public var total: String
    public var paid: String
    public var owed: String
    public var hours: String
    /// Writing direction: `rtl` for Arabic.
    public var direction: String
    /// Net terms, `{n}` the days: `Net {n} days`.
    public var netDays: String
    /// Due on receipt.
    public var onReceipt: String
    /// Due by a date, `{date}` the date.
    public var byDate: String

    /// Payment terms as stored (`net15`, `due on receipt`, `due 2026-12-31`) in these words, the
    /// date written by `date`; text that is none of these is shown as it is.
    public func terms(_ stored: String, date: (LocalDate) -> String) -> String {
        let text = stored.hasPrefix("due 2") ? String(stored.dropFirst(4)) : stored
        guard let terms = try? PaymentTerms.parse(text) else { return stored }
        switch terms {
        case .dueOnReceipt: return onReceipt
        case .net(let days): return netDays.replacingOccurrences(of: "{n}", with: String(days))
        case .fixed(let day): return byDate.replacingOccurrences(of: "{date}", with: date(day))
        }
    }

    /// The labels for a language tag (`ru`, `ar-AE`): by its first part.
    public static func forLanguage(_ tag: String) -> InvoiceLabels {
        switch tag.lowercased().split(separator: "-").first.map(String.init) ?? "en" {
        case "ru": return russian
        case "ar": return arabic
        case "vi": return vietnamese
        case "bg": return bulgarian
        default: return english
        }
    }

    static let english = InvoiceLabels(
        invoice: "Invoice",
        creditNote: "Credit note",
        draft: "Draft",
        number: "Number",
        issued: "Issued",
        due: "Due",
        period: "Period",
        terms: "Terms",
        from: "From",
        billTo: "Bill to",
        taxID: "Tax ID",
        description: "Description",
        quantity: "Quantity",
        unitPrice: "Unit price",
        tax: "Tax",
        amount: "Amount",
        net: "Net",
        totalTax: "Tax",
        total: "Total",
        paid: "Paid",
        owed: "Amount due",
        hours: "h",
        direction: "ltr",
        netDays: "Net {n} days",
        onReceipt: "Due on receipt",
        byDate: "Due by {date}"
    )

    static let russian = InvoiceLabels(
        invoice: "Счёт",
        creditNote: "Кредит-нота",
        draft: "Черновик",
        number: "Номер",
        issued: "Дата выставления",
        due: "Оплатить до",
        period: "Период",
        terms: "Условия оплаты",
        from: "Исполнитель",
        billTo: "Плательщик",
        taxID: "ИНН",
        description: "Описание",
        quantity: "Количество",
        unitPrice: "Цена",
        tax: "Налог",
        amount: "Сумма",
        net: "Без налога",
        totalTax: "Налог",
        total: "Итого",
        paid: "Оплачено",
        owed: "К оплате",
        hours: "ч",
        direction: "ltr",
        netDays: "{n} дн. с даты выставления",
        onReceipt: "По получении счёта",
        byDate: "До {date}"
    )

    static let arabic = InvoiceLabels(
        invoice: "فاتورة",
        creditNote: "إشعار دائن",
        draft: "مسودة",
        number: "الرقم",
        issued: "تاريخ الإصدار",
        due: "تاريخ الاستحقاق",
        period: "الفترة",
        terms: "شروط الدفع",
        from: "من",
        billTo: "إلى",
        taxID: "الرقم الضريبي",
        description: "الوصف",
        quantity: "الكمية",
        unitPrice: "سعر الوحدة",
        tax: "الضريبة",
        amount: "المبلغ",
        net: "الصافي",
        totalTax: "الضريبة",
        total: "الإجمالي",
        paid: "المدفوع",
        owed: "المبلغ المستحق",
        hours: "س",
        direction: "rtl",
        netDays: "خلال {n} يوم",
        onReceipt: "مستحق عند الاستلام",
        byDate: "حتى {date}"
    )

    static let vietnamese = InvoiceLabels(
        invoice: "Hóa đơn",
        creditNote: "Phiếu ghi có",
        draft: "Bản nháp",
        number: "Số",
        issued: "Ngày lập",
        due: "Hạn thanh toán",
        period: "Kỳ",
        terms: "Điều khoản",
        from: "Bên cung cấp",
        billTo: "Khách hàng",
        taxID: "Mã số thuế",
        description: "Mô tả",
        quantity: "Số lượng",
        unitPrice: "Đơn giá",
        tax: "Thuế",
        amount: "Thành tiền",
        net: "Chưa thuế",
        totalTax: "Thuế",
        total: "Tổng cộng",
        paid: "Đã thanh toán",
        owed: "Còn phải trả",
        hours: "giờ",
        direction: "ltr",
        netDays: "Trong vòng {n} ngày",
        onReceipt: "Thanh toán khi nhận hóa đơn",
        byDate: "Trước ngày {date}"
    )

    static let bulgarian = InvoiceLabels(
        invoice: "Фактура",
        creditNote: "Кредитно известие",
        draft: "Чернова",
        number: "Номер",
        issued: "Дата на издаване",
        due: "Падеж",
        period: "Период",
        terms: "Условия",
        from: "Доставчик",
        billTo: "Получател",
        taxID: "ЕИК/ДДС №",
        description: "Описание",
        quantity: "Количество",
        unitPrice: "Ед. цена",
        tax: "ДДС",
        amount: "Стойност",
        net: "Данъчна основа",
        totalTax: "ДДС",
        total: "Общо",
        paid: "Платено",
        owed: "За плащане",
        hours: "ч",
        direction: "ltr",
        netDays: "{n} дн. от датата на издаване",
        onReceipt: "При получаване",
        byDate: "До {date}"
    )
}
