import AtriumCore
import AtriumStore
import Foundation

/// Where a page of a list ends: lists are ordered by a key, and the next page starts after the
/// last key shown. Opaque to clients (base64url of the key).
struct Cursor: Equatable {
    var key: String

    init(key: String) { self.key = key }

    /// Reads a cursor a client sent back.
    ///
    /// - Throws: ``Problem`` 400 naming `cursor` for one Atrium did not make.
    init(parsing text: String) throws {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let key = String(data: data, encoding: .utf8) else {
            throw Problem(
                .badRequest,
                "cursor is not one this API returned; pass nextCursor as it came.",
                field: "cursor"
            )
        }
        self.key = key
    }

    var encoded: String {
        Data(key.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// One page of `items`, sorted by `key`, after `cursor`.
    static func page<Item>(_ items: [Item], after cursor: Cursor?, limit: Int, key: (Item) -> String) -> (
        items: [Item], next: Cursor?
    ) {
        let rest = cursor.map { cursor in items.filter { key($0) > cursor.key } } ?? items
        let page = Array(rest.prefix(limit))
        let next = rest.count > limit ? page.last.map { Cursor(key: key($0)) } : nil
        return (page, next)
    }
}

extension Cursor {
    /// The cursor after the entry at `position`: its start's sort key, then its number in ten digits.
    init(entry position: EntryPosition) {
        let number = String(position.number)
        self.init(key: position.start.sortKey + String(repeating: "0", count: max(0, 10 - number.count)) + number)
    }

    /// The entry position this cursor names.
    ///
    /// - Throws: ``Problem`` 400 naming `cursor` for one that is not an entry list's.
    func entryPosition() throws -> EntryPosition {
        let digits = Array(key.utf8)
        guard digits.count == 22, digits.allSatisfy({ (48...57).contains($0) }),
            let start = Int64(key.prefix(12)), let number = Int(key.suffix(10))
        else {
            throw Problem(
                .badRequest,
                "cursor is not one this API returned; pass nextCursor as it came.",
                field: "cursor"
            )
        }
        return EntryPosition(start: Instant(secondsSinceEpoch: start - 100_000_000_000), number: number)
    }
}

extension Instant {
    /// A sortable fixed-width text of the instant, for cursor keys.
    var sortKey: String {
        let text = String(secondsSinceEpoch + 100_000_000_000)
        return String(repeating: "0", count: max(0, 12 - text.count)) + text
    }
}
