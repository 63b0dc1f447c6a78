import AtriumCore
import Foundation

/// The text of each id met so far, made once: the loops that bind the same few people, clients and
/// projects to a hundred thousand rows (an import, its totals) look them up instead.
struct IDTexts {
    private var texts: [UUID: String] = [:]

    /// The text of `id`, of any kind of record.
    mutating func text<Entity>(of id: ID<Entity>) -> String {
        if let text = texts[id.rawValue] { return text }
        let text = id.description
        texts[id.rawValue] = text
        return text
    }
}
