/// How a quotient that falls between two minor units is settled. Every money division names one.
public enum DivisionRounding: Sendable, Equatable {
    /// Halves go away from zero: 0.5 → 1, −0.5 → −1. Used for charges and summaries.
    case halfUp
    /// Halves go to the even neighbour (banker's rounding): 0.5 → 0, 1.5 → 2.
    case halfEven
    /// Toward zero: the fraction is dropped.
    case towardZero

    /// `numerator / denominator`, rounded by this rule. `denominator` must be positive.
    public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0, "divide by a positive denominator")
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder == 0 { return quotient }
        let away: Int128 = numerator < 0 ? -1 : 1
        let twice = remainder.magnitude * 2
        switch self {
        case .towardZero:
            return quotient
        case .halfUp:
            return twice >= denominator.magnitude ? quotient + away : quotient
        case .halfEven:
            if twice > denominator.magnitude { return quotient + away }
            if twice < denominator.magnitude { return quotient }
            return quotient % 2 == 0 ? quotient : quotient + away
        }
    }
}
