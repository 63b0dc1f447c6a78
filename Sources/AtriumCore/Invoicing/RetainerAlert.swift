/// A retainer period reaching a share of its hours (75, 90 or 100 %): an event recorded once,
/// when Atrium first sees it, for the VA and (with email) the client.
public struct RetainerAlert: Sendable, Equatable {
    public var clientID: ID<Client>
    public var period: ClosedRange<LocalDate>
    /// 7,500 for 75 %.
    public var thresholdBasisPoints: Int
    /// Time used in the period when the alert was recorded.
    public var usedSeconds: Int64
    /// The period's included and rolled-over hours.
    public var availableSeconds: Int64
    public var reachedAt: Instant

    public init(
        clientID: ID<Client>,
        period: ClosedRange<LocalDate>,
        thresholdBasisPoints: Int,
        usedSeconds: Int64,
        availableSeconds: Int64,
        reachedAt: Instant
    ) {
        self.clientID = clientID
        self.period = period
        self.thresholdBasisPoints = thresholdBasisPoints
        self.usedSeconds = usedSeconds
        self.availableSeconds = availableSeconds
        self.reachedAt = reachedAt
    }

    /// `90 % of 20:00 h used (18:00 h), period 2026-11-01 – 2026-11-30`.
    public var text: String {
        "\(Percent.text(thresholdBasisPoints)) of \(TimeSpan(seconds: availableSeconds).clockText) h used "
            + "(\(TimeSpan(seconds: usedSeconds).clockText) h), period \(period.lowerBound) – \(period.upperBound)"
    }
}
