extension TimeEntry {
    /// The longest memo kept, in characters: a memo says what was done, a page of notes at most.
    public static let longestMemo = 5_000

    /// `text` as a memo: trimmed, and refused when longer than ``longestMemo`` characters or holding
    /// a NUL character (which SQLite's text binding would cut the memo at).
    ///
    /// - Throws: ``InvalidInput`` on `memo`, saying how long the memo is.
    public static func memo(_ text: String) throws(InvalidInput) -> String {
        let memo = text.trimmingWhitespace()
        guard !memo.holdsNUL else {
            throw InvalidInput("a memo cannot hold the NUL character (U+0000)", field: "memo")
        }
        // Counting characters walks the text: a memo of no more bytes than the limit needs none.
        guard memo.utf8.count <= longestMemo || memo.count <= longestMemo else {
            throw InvalidInput(
                "a memo has at most \(longestMemo) characters; this one has \(memo.count)",
                field: "memo"
            )
        }
        return memo
    }
}
