/// Operations on ordered lists of time ranges: merging, intersecting, finding common free time.
public enum IntervalSet {
    /// `ranges` ordered, with overlapping or touching ones joined.
    public static func merged(_ ranges: [Range<Instant>]) -> [Range<Instant>] {
        var result: [Range<Instant>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The time inside both ordered, merged lists.
    public static func intersection(_ a: [Range<Instant>], _ b: [Range<Instant>]) -> [Range<Instant>] {
        var result: [Range<Instant>] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            let start = max(a[i].lowerBound, b[j].lowerBound)
            let end = min(a[i].upperBound, b[j].upperBound)
            if start < end { result.append(start..<end) }
            if a[i].upperBound < b[j].upperBound { i += 1 } else { j += 1 }
        }
        return result
    }

    /// The stretches of at least `minimumSeconds` inside every list (each ordered and merged).
    public static func common(_ lists: [[Range<Instant>]], minimumSeconds: Int64) -> [Range<Instant>] {
        guard var result = lists.first else { return [] }
        for list in lists.dropFirst() { result = intersection(result, list) }
        return result.filter { $0.lowerBound.seconds(until: $0.upperBound) >= minimumSeconds }
    }
}
