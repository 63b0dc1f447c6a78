import AtriumCore
import Testing

@Suite struct InvoiceNumberingTests {
    @Test(
        "Patterns number invoices from the sequence and the issue date",
        arguments: [
            ("{YYYY}-{seq:4}", 7, "2026-0007"), ("INV-{YY}{MM}-{seq:3}", 42, "INV-2611-042"),
            ("{seq}", 12_345, "12345"),
            ("{YYYY}/{seq:2}", 123, "2026/123"), ("A{seq:1}B", 5, "A5B"),
        ]
    )
    func numbers(pattern: String, sequence: Int, expected: String) throws {
        let parsed = try InvoiceNumberPattern(pattern)
        #expect(parsed.number(sequence: sequence, issuedOn: day(2026, 11, 30)) == expected)
        #expect(parsed.description == pattern)
    }

    @Test("The default is {YYYY}-{seq:4}")
    func standard() {
        #expect(InvoiceNumberPattern.standard.number(sequence: 1, issuedOn: day(2027, 1, 2)) == "2027-0001")
    }

    @Test(
        "Patterns that cannot number invoices are refused",
        arguments: [
            "{YYYY}", "{seq:4}-{seq:2}", "{YYYY-{seq:4}", "{seq:4}}", "{DD}-{seq:4}", "{seq:0}", "{seq:x}",
            "{sequence}",
        ]
    )
    func refused(pattern: String) {
        #expect(throws: InvalidInput.self) { try InvoiceNumberPattern(pattern) }
    }

    @Test(
        "Payment terms and due dates",
        arguments: [
            ("net15", "net15", "2026-12-15"), ("Net 30", "net30", "2026-12-30"),
            ("receipt", "due on receipt", "2026-11-30"),
            ("due on receipt", "due on receipt", "2026-11-30"), ("2026-12-31", "due 2026-12-31", "2026-12-31"),
        ]
    )
    func terms(text: String, shown: String, due: String) throws {
        let terms = try PaymentTerms.parse(text)
        #expect(terms.description == shown)
        #expect(try terms.dueDate(issuedOn: day(2026, 11, 30)).description == due)
    }

    @Test("Bad terms, and a fixed due date before the issue date, are refused")
    func badTerms() throws {
        for text in ["net", "net400", "net -1", "soon", "2026-13-01"] {
            #expect(throws: InvalidInput.self) { try PaymentTerms.parse(text) }
        }
        #expect(throws: InvalidInput.self) {
            try PaymentTerms.fixed(day(2026, 11, 1)).dueDate(issuedOn: day(2026, 11, 30))
        }
    }
}
