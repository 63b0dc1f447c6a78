/// Which entry of a list holds each entry number, to find a number given twice while a restore
/// streams a million entries.
///
/// Numbers an export holds in practice (1, 2, 3 …, up to a little over twice the entries read) go
/// into a flat table of 4 bytes each; any other into a dictionary. A million entries take 4 MB
/// here instead of a dictionary's 32 MB (48 MB while it grows).
struct EntryNumberIndex {
    /// The index + 1 of the entry with each number; 0 for none.
    private var table: [Int32] = []
    private var others: [Int: Int] = [:]
    private var count = 0

    /// Notes that `entries[index]` has `number`.
    ///
    /// - Returns: The index of an earlier entry with the same number (nothing is noted then), or nil.
    mutating func insert(_ number: Int, index: Int) -> Int? {
        if let earlier = earlierIndex(of: number) { return earlier }
        count += 1
        guard number >= 0, number <= 2 * count + 1024, index < Int(Int32.max) else {
            others[number] = index
            return nil
        }
        if number >= table.count { table += repeatElement(0, count: number + 1 - table.count) }
        table[number] = Int32(index + 1)
        return nil
    }

    private func earlierIndex(of number: Int) -> Int? {
        if number >= 0, number < table.count, table[number] > 0 { return Int(table[number]) - 1 }
        return others.isEmpty ? nil : others[number]
    }
}
