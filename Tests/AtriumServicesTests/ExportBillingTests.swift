import AtriumCore
import AtriumDocuments
import AtriumServices
import AtriumStore
import AtriumTestSupport
import Foundation
import Synchronization
import Testing

/// The billing records in the export: retainers and alerts, reminders, invoices, credit notes,
/// payments, deductions and held entries go out and come back as they were.
@Suite struct ExportBillingTests {
    static let november = LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 30)!

    func export(_ services: Services, as caller: Caller) async throws -> String {
        let chunks = Mutex<[UInt8]>([])
        _ = try await services.export.exportWorkspace(as: caller) { bytes in chunks.withLock { $0 += bytes } }
        return String(decoding: chunks.withLock { $0 }, as: UTF8.self)
    }

    @Test(
        "Invoices, credit notes, payments, deductions, held entries, retainers, alerts and reminders survive the round trip"
    )
    func billingRoundTrip() async throws {
        try await withFixture(zone: "UTC", now: "2026-12-02T12:00:00Z") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC", currency: "USD")
            try await fixture.client("Bloom & Co", zone: "UTC", currency: "GBP", rate: "38")
            let invoices = fixture.services.invoices
            let owner = fixture.owner
            _ = try await fixture.services.retainers.set(
                .init(
                    monthly: "900",
                    hours: "10",
                    rollover: "5h",
                    overageRate: "50",
                    currency: "GBP",
                    from: "2026-11-01"
                ),
                forClient: "bloom",
                as: owner
            )
            try await fixture.entry("bloom", from: "2026-12-01 06:00", to: "2026-12-01 20:00")
            _ = try await fixture.services.retainers.status(forClient: "bloom", as: owner)
            _ = try await invoices.setReminders("on due", client: "acme", as: owner)

            // A deposit issued and paid, an invoice issued, paid in part, voided; the time billed again
            // with the deposit deducted; a draft left open.
            let deposit = try await invoices.deposit(
                client: "acme",
                percent: "30%",
                of: "1000",
                for: "Website",
                tax: "10%",
                as: owner
            )
            let paidDeposit = try #require(
                try await invoices.issue(deposit.invoice.reference, terms: .dueOnReceipt, as: owner).invoice.number
            )
            _ = try await invoices.pay(
                paidDeposit,
                amount: "330",
                on: nil,
                method: "card",
                paymentReference: "D-1",
                as: owner
            )
            try await fixture.entry("acme", from: "2026-11-02 09:00", to: "2026-11-02 19:00")
            let first = try await invoices.draft(client: "acme", period: Self.november, as: owner)
            let voided = try #require(
                try await invoices.issue(first.invoice.reference, terms: .net(days: 15), as: owner).invoice.number
            )
            _ = try await invoices.pay(voided, amount: "100", on: nil, method: "", paymentReference: "", as: owner)
            _ = try await invoices.void(voided, as: owner)
            let again = try await invoices.draft(client: "acme", period: Self.november, as: owner)
            _ = try await invoices.deduct(from: paidDeposit, to: again.invoice.reference, as: owner)
            _ = try await invoices.issue(again.invoice.reference, terms: .net(days: 15), as: owner)
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00")
            _ = try await invoices.draft(client: "acme", period: Self.november, as: owner)

            let states = try await invoices.list(overdueOnly: false, as: owner).map(\.state)
            let alerts = try await fixture.services.retainers.alerts(forClient: "bloom", as: owner).count
            #expect(alerts == 2)
            let exported = try await export(fixture.services, as: owner)
            #expect(exported.contains(#""version":5"#))
            #expect(exported.contains(#""invoiceNumbering":[{"invoicePattern":"#))
            #expect(exported.contains(#""kind":"credit_note""#))
            #expect(exported.contains(#""prepaymentDeductions":[{"invoiceId":"#))
            #expect(exported.contains(#""retainerAlerts":[{"clientId":"#))
            #expect(exported.contains(#""reminderSchedules":[{"clientId":"#))
            #expect(exported.contains(#""method":"card","reference":"D-1""#))

            let copy = try TemporaryDirectory()
            defer { copy.remove() }
            let path = copy.file("export.json")
            try Data(exported.utf8).write(to: URL(fileURLWithPath: path))
            let store = try SQLiteStore.open(at: copy.file("atrium.sqlite"))
            let services = Services(store: store, now: fixture.clock.reading, passwordCost: 4)
            let restored = try await services.imports.restoreExport(path: path)
            #expect(restored.invoices == 5)
            #expect(try await export(services, as: owner) == exported)

            // The restored books behave as the originals: statuses and balances, held entries, the
            // next numbers.
            #expect(try await services.invoices.list(overdueOnly: false, as: owner).map(\.state) == states)
            #expect(try await services.invoices.show(voided, as: owner).invoice.status == .void)
            #expect(try await services.invoices.show(paidDeposit, as: owner).balance.paid == 33_000)
            await #expect(throws: InvoiceDraftBuilder.Problem.self) {
                try await services.invoices.draft(client: "acme", period: Self.november, as: owner)
            }
            let next = try await services.invoices.deposit(
                client: "acme",
                percent: "10%",
                of: "100",
                for: nil,
                tax: nil,
                as: owner
            )
            #expect(next.invoice.reference == "INV-DRAFT-5")
            let issued = try await services.invoices.issue(next.invoice.reference, terms: .dueOnReceipt, as: owner)
            #expect(issued.invoice.number == "2026-0005")
            #expect(try await services.retainers.alerts(forClient: "bloom", as: owner).count == alerts)
        }
    }

    @Test("A billing record that cannot be written back is refused naming it; nothing of the document is written")
    func badBillingRecords() async throws {
        try await withFixture(zone: "UTC") { fixture in
            try await fixture.client("Acme Realty", zone: "UTC", currency: "USD")
            let exported = try await export(fixture.services, as: fixture.owner)
            let cases = [
                (#""billing":{"#, #""billing":{"secrets":[{"a":1}],"#, "billing.secrets: not a billing table"),
                (
                    #""payments":[]"#,
                    #""payments":[{"id":"p","invoiceId":"missing","amountMinor":5,"currency":"USD","paidOn":"2026-11-01","createdAt":"2026-11-01T00:00:00Z"}]"#,
                    "billing.payments: a row refers to a invoices record"
                ),
                (#""invoices":[]"#, #""invoices":[{"drop":1}]"#, "billing.invoices[0]: drop is not a column"),
                (#""invoices":[]"#, #""invoices":[{"createdAt":"yesterday"}]"#, "billing.invoices[0].createdAt"),
                (
                    #""invoices":[]"#,
                    #""invoices":[{"id":"i","clientId":"c","draftNumber":1,"status":"paid"}]"#,
                    "billing.invoices[0] cannot be restored"
                ),
                (
                    #""invoicePattern":"{YYYY}-{seq:4}""#,
                    #""invoicePattern":"no counter""#,
                    "billing.invoice_numbering[0] cannot be restored"
                ),
                (#""invoiceSequence":0"#, #""invoiceSequence":true"#, "billing.invoiceNumbering[0].invoiceSequence"),
            ]
            for (old, new, message) in cases {
                let copy = try TemporaryDirectory()
                defer { copy.remove() }
                let path = copy.file("export.json")
                #expect(exported.contains(old))
                try Data(exported.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: path))
                let store = try SQLiteStore.open(at: copy.file("atrium.sqlite"))
                let services = Services(store: store, now: fixture.clock.reading, passwordCost: 4)
                await #expect {
                    try await services.imports.restoreExport(path: path)
                } throws: { error in
                    let text = (error as? any UserFacingError)?.userMessage ?? "\(error)"
                    let named = text.contains(message)
                    if !named { Issue.record("\(text) does not name \(message)") }
                    return named
                }
                #expect(try await store.workspaces().isEmpty, "nothing written")
            }
        }
    }
}
