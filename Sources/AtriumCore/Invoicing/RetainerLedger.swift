/// How a retainer's hours stood in one period.
public struct RetainerPeriodBalance: Hashable, Sendable {
    /// Seconds the fee includes in this period.
    public var includedSeconds: Int64
    /// Seconds carried in from earlier periods (still usable now).
    public var rolledInSeconds: Int64
    public var usedSeconds: Int64
    /// Seconds beyond what the period held: billed at the overage rate.
    public var overageSeconds: Int64
    /// Seconds still available (included plus rolled in, minus used; never negative).
    public var leftSeconds: Int64
    /// Seconds that carry into the next period.
    public var rolledOutSeconds: Int64
    /// Seconds that lapsed at the end of this period.
    public var lapsedSeconds: Int64

    public init(
        includedSeconds: Int64,
        rolledInSeconds: Int64,
        usedSeconds: Int64,
        overageSeconds: Int64,
        leftSeconds: Int64,
        rolledOutSeconds: Int64,
        lapsedSeconds: Int64
    ) {
        self.includedSeconds = includedSeconds
        self.rolledInSeconds = rolledInSeconds
        self.usedSeconds = usedSeconds
        self.overageSeconds = overageSeconds
        self.leftSeconds = leftSeconds
        self.rolledOutSeconds = rolledOutSeconds
        self.lapsedSeconds = lapsedSeconds
    }

    /// Included plus rolled in.
    public var availableSeconds: Int64 { includedSeconds + rolledInSeconds }

    /// Used as a share of what was available, in basis points (10,000 = all of it); 0 when nothing was.
    public var usedBasisPoints: Int {
        guard availableSeconds > 0 else { return usedSeconds > 0 ? 10_000 : 0 }
        return Int(usedSeconds * 10_000 / availableSeconds)
    }
}

/// Walks a retainer through consecutive periods. Named rule: **time is taken from the oldest hours
/// first** — hours rolled in (oldest first), then the period's own — so carried hours are used
/// before they expire. What is not used rolls over by the terms: nothing; the period's own unused
/// hours up to a cap, for the next period only; or each period's unused hours for a number of periods.
public enum RetainerLedger {
    /// The balances of consecutive periods, given the seconds used in each (oldest first).
    public static func balances(terms: RetainerTerms, usedSeconds: [Int64]) -> [RetainerPeriodBalance] {
        // Carried hours as (seconds, periods left to use them), oldest first.
        var carried: [(seconds: Int64, periodsLeft: Int)] = []
        var result: [RetainerPeriodBalance] = []
        for used in usedSeconds {
            let rolledIn = carried.reduce(0) { $0 + $1.seconds }
            var toTake = max(used, 0)
            for index in carried.indices where toTake > 0 {
                let taken = min(carried[index].seconds, toTake)
                carried[index].seconds -= taken
                toTake -= taken
            }
            let ownUsed = min(toTake, terms.includedSeconds)
            toTake -= ownUsed
            let overage = toTake
            let ownLeft = terms.includedSeconds - ownUsed
            let carriedLeft = carried.reduce(0) { $0 + $1.seconds }
            var rolledOut: Int64 = 0
            var lapsed: Int64 = 0
            switch terms.rollover {
            case .none:
                lapsed = ownLeft + carriedLeft
                carried = []
            case .capped(let cap):
                // The period's own unused hours carry, up to the cap; hours carried in lapse now.
                rolledOut = min(ownLeft, cap)
                lapsed = carriedLeft + ownLeft - rolledOut
                carried = rolledOut > 0 ? [(rolledOut, 1)] : []
            case .expiring(let periods):
                var next: [(seconds: Int64, periodsLeft: Int)] = []
                for portion in carried where portion.seconds > 0 {
                    if portion.periodsLeft > 1 {
                        next.append((portion.seconds, portion.periodsLeft - 1))
                    } else {
                        lapsed += portion.seconds
                    }
                }
                if ownLeft > 0 { next.append((ownLeft, periods)) }
                carried = next
                rolledOut = next.reduce(0) { $0 + $1.seconds }
            }
            result.append(
                RetainerPeriodBalance(
                    includedSeconds: terms.includedSeconds,
                    rolledInSeconds: rolledIn,
                    usedSeconds: max(used, 0),
                    overageSeconds: overage,
                    leftSeconds: ownLeft + carriedLeft,
                    rolledOutSeconds: rolledOut,
                    lapsedSeconds: lapsed
                )
            )
        }
        return result
    }

    /// The thresholds (in basis points: 7,500, 9,000, 10,000) that `balance` has reached and
    /// `previous` (the same period, earlier) had not: the alerts to record.
    public static func alertsCrossed(
        from previous: RetainerPeriodBalance?,
        to balance: RetainerPeriodBalance,
        thresholds: [Int] = [7500, 9000, 10_000]
    ) -> [Int] {
        let before = previous?.usedBasisPoints ?? 0
        return thresholds.filter { before < $0 && balance.usedBasisPoints >= $0 }
    }

    /// When the available hours run out at the pace so far: `used` seconds in the `elapsed`
    /// seconds since the period began. Nil when nothing is used yet, nothing is left to run out
    /// of, or the pace does not reach the end before `periodEnd`.
    public static func runsOut(
        periodStart: Instant,
        now: Instant,
        periodEnd: Instant,
        balance: RetainerPeriodBalance
    ) -> Instant? {
        let elapsed = periodStart.seconds(until: now)
        guard elapsed > 0, balance.usedSeconds > 0, balance.leftSeconds > 0 else { return nil }
        // available / (used / elapsed) seconds after the start.
        let total = Int128(balance.availableSeconds) * Int128(elapsed) / Int128(balance.usedSeconds)
        let at = periodStart.adding(seconds: Int64(clamping: total))
        return at < periodEnd ? at : nil
    }
}
