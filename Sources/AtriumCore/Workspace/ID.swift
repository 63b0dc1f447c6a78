import Foundation

/// A typed identifier: `ID<Client>` and `ID<Project>` cannot be mixed up. Stored as a lowercase UUID.
public struct ID<Entity>: Hashable, Sendable, LosslessStringConvertible, Codable {
    public let rawValue: UUID

    /// A new random identifier (a version 4 UUID, see ``UUIDText/random()``).
    public init() { rawValue = UUIDText.random() }

    public init(_ rawValue: UUID) { self.rawValue = rawValue }

    /// The identifier written as a UUID (any case); nil for anything else.
    public init?(_ description: String) {
        var text = description
        guard let uuid = text.withUTF8(UUIDText.parse) else { return nil }
        rawValue = uuid
    }

    /// The identifier written as a UUID in UTF-8 bytes (as a database hands them over, without
    /// making a `String` first); nil for anything else.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let uuid = UUIDText.parse(bytes) else { return nil }
        rawValue = uuid
    }

    /// Lowercase UUID text, as stored and sent in JSON.
    public var description: String { UUIDText.format(rawValue) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UUID"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
