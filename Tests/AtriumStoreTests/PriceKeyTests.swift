import AtriumCore
import AtriumTestSupport
import Testing

@testable import AtriumStore

/// How the totals tables key a pricing, and what a key Atrium never writes reads as.
@Suite struct PriceKeyTests {
    @Test(
        "Each pricing is written to a key and read back as itself",
        arguments: [
            (TotalPricing.rateCard, ""),
            (.hourly(Money(minorUnits: 4_500, currency: .usd)), "hourly USD 4500"),
            (.hourly(Money(minorUnits: -250, currency: .usd)), "hourly USD -250"),
            (.fixed(.usd), "fixed USD"),
        ]
    )
    func roundTrip(pricing: TotalPricing, key: String) {
        #expect(pricing.storageKey == key)
        #expect(TotalPricing(storageKey: key) == pricing)
    }

    @Test(
        "A key that is not one Atrium writes reads as nothing",
        arguments: [
            "hourly", "hourly USD", "hourly USD 45.00", "hourly ZZ9 100", "fixed", "fixed usdollars", "weekly USD",
            "fixed USD 5",
        ]
    )
    func refused(key: String) {
        #expect(TotalPricing(storageKey: key) == nil)
    }

    @Test("A damaged price key in the totals is named when a summary reads it")
    func damagedKeyIsNamed() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-20 09:00", to: "2026-11-20 10:00")
            try fixture.damage("UPDATE entry_totals SET price_key = 'barter 3 goats'")
            await #expect(
                throws: StoreError.corruptValue(table: "entry_totals", column: "price_key", value: "barter 3 goats")
            ) {
                _ = try await fixture.services.summaries.summary(.all, by: .client, as: fixture.owner)
            }
        }
    }

    @Test("A damaged id in the day totals is named when the dashboard's numbers read it")
    func damagedDayTotalIsNamed() async throws {
        try await withFixture { fixture in
            try await fixture.client("Acme Realty")
            try await fixture.entry("acme", from: "2026-11-23 09:00", to: "2026-11-23 10:00")
            try fixture.damage("UPDATE entry_day_totals SET person_id = 'someone'")
            await #expect(throws: StoreError.corruptValue(table: "entry_totals", column: "person_id", value: "someone"))
            {
                _ = try await fixture.services.summaries.glance(as: fixture.owner)
            }
        }
    }
}
