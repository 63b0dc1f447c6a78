import AtriumCore
import AtriumDocuments
import Foundation
import Testing

/// The HTML invoice in each language, compared with golden files in Tests/Golden (regenerate with
/// ATRIUM_UPDATE_GOLDEN=1 after a deliberate change, and review the diff).
@Suite struct InvoiceHTMLTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    func document(language: String) throws -> String {
        let aud = try Currency(code: "AUD")
        let workspace = ID<Workspace>(UUID(uuidString: "00000000-0000-4000-8000-000000000001")!)
        var client = Client(
            id: ID(UUID(uuidString: "00000000-0000-4000-8000-000000000002")!),
            workspaceID: workspace,
            name: "Acme Realty",
            legalName: "Acme Realty Pty Ltd",
            zone: try ZoneID("Australia/Sydney"),
            language: try LanguageCode(language),
            currency: aud,
            createdAt: Instant(secondsSinceEpoch: 1_790_000_000)
        )
        client.billingAddress = "14 Elm St\nSydney NSW 2000"
        client.taxID = "ABN 12 345 678 901"
        var invoice = Invoice(
            id: ID(UUID(uuidString: "00000000-0000-4000-8000-000000000003")!),
            workspaceID: workspace,
            clientID: client.id,
            draftNumber: 3,
            currency: aud,
            period: LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!,
            createdAt: Instant(secondsSinceEpoch: 1_795_000_000),
            lines: [
                .time("Listings & <copy>", seconds: 45_000, at: Money(minorUnits: 4_500, currency: aud)),
                .fixed(
                    "Closing commission, 14 Elm St",
                    Money(minorUnits: 125_000, currency: aud),
                    tax: try TaxRate.parse("10%")
                ),
                InvoiceLine(
                    kind: .unit,
                    description: "Closings",
                    quantity: 2_500,
                    unitPrice: Money(minorUnits: 25_000, currency: aud)
                ),
            ]
        )
        invoice.status = .issued
        invoice.number = "2026-0007"
        invoice.issuedOn = LocalDate(year: 2026, month: 12, day: 1)
        invoice.dueOn = LocalDate(year: 2026, month: 12, day: 16)
        invoice.terms = "net15"
        return try InvoiceHTML(
            invoice: invoice,
            workspaceName: "Maria Lopez VA",
            workspaceDetails: "Calle 5, 06700 CDMX\nRFC LOMA800101XX0",
            client: client,
            paid: 12_000
        ).render()
    }

    @Test("Each language's document matches its golden file", arguments: ["en", "ru", "ar", "vi", "bg"])
    func golden(language: String) throws {
        let rendered = try document(language: language)
        let file = Self.golden.appendingPathComponent("invoice-\(language).html")
        if ProcessInfo.processInfo.environment["ATRIUM_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == expected, "invoice-\(language).html differs: see the file, or regenerate on purpose")
    }

    @Test("Arabic reads right to left; text from people is escaped; the totals are the lines' sums")
    func properties() throws {
        #expect(try document(language: "ar").contains("<html lang=\"ar\" dir=\"rtl\">"))
        let english = try document(language: "en")
        #expect(english.contains("Listings &amp; &lt;copy&gt;"))
        #expect(
            english.contains(
                "<tr class=\"total\"><th scope=\"row\" colspan=\"4\">Total</th><td class=\"num\">AUD 2,562.50</td></tr>"
            )
        )
        #expect(english.contains("Amount due</th><td class=\"num\">AUD 2,442.50</td>"))
        #expect(english.contains("@media print"))
    }

    @Test(
        "Payment terms are written in the client's language; unknown text is kept as it is",
        arguments: [
            ("en", "net15", "Net 15 days"), ("en", "due on receipt", "Due on receipt"),
            ("en", "due 2026-12-31", "Due by 2026-12-31"), ("ru", "net30", "30 дн. с даты выставления"),
            ("ru", "due on receipt", "По получении счёта"), ("vi", "net7", "Trong vòng 7 ngày"),
            ("bg", "due 2026-12-31", "До 2026-12-31"), ("ar", "net15", "خلال 15 يوم"),
            ("en", "end of month", "end of month"),
        ]
    )
    func terms(language: String, stored: String, expected: String) {
        #expect(InvoiceLabels.forLanguage(language).terms(stored, date: \.description) == expected)
    }
}
