import AtriumDocuments
import Testing

/// CSV fields as a spreadsheet will read them: quoted where RFC 4180 asks, and never run as formulas.
@Suite struct CSVWriterTests {
    @Test(
        "Text a spreadsheet would run as a formula gets a leading apostrophe; numbers and other text stay as they are",
        arguments: [
            (
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
            ("\tTab", "'\tTab"), ("-50.00", "-50.00"), ("+3", "+3"), ("-", "'-"), ("-.5", "'-.5"),
            ("Inbox triage", "Inbox triage"), ("Acme, Inc.", "\"Acme, Inc.\""), ("1:30", "1:30"), ("", ""),
        ]
    )
    func neutralized(field: String, written: String) {
        #expect(CSVWriter.escape(field) == written)
    }

    @Test("A record is its escaped fields joined by commas, ended by CRLF")
    func record() {
        var writer = CSVWriter(header: ["memo", "amount"])
        writer.append(["=1+1", "-12.50"])
        #expect(writer.text == "memo,amount\r\n'=1+1,-12.50\r\n")
    }
}
