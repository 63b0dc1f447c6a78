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
        direction: "ltr"
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
        direction: "ltr"
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
        direction: "rtl"
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
        direction: "ltr"
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
        direction: "ltr"
    )
}
