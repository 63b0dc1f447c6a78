import Foundation

/// Identifiers that sort in the order they are made (UUID version 7: the time in milliseconds,
/// then a counter from a random start), for writing many rows at once: each new key lands next to
/// the last one in the database's indexes instead of at a random page.
public struct IDSequence: Sendable {
    private let millisecondBytes: [UInt8]
    private let randomBits: UInt16
    private var counter: UInt64

    /// A sequence stamped with `instant`.
    public init(at instant: Instant) {
        let milliseconds = UInt64(max(0, instant.secondsSinceEpoch)) * 1000
        millisecondBytes = (0..<6).map { UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - $0))) }
        randomBits = UInt16.random(in: 0...0x0FFF)
        // Leave room to count: the top bits start clear.
        counter = UInt64.random(in: 0...(1 << 40))
    }

    /// The next identifier, greater than every one before it.
    public mutating func next<Entity>() -> ID<Entity> {
        counter += 1
        var bytes = millisecondBytes
        bytes.append(0x70 | UInt8(randomBits >> 8))
        bytes.append(UInt8(truncatingIfNeeded: randomBits))
        bytes.append(0x80 | UInt8(truncatingIfNeeded: (counter >> 56) & 0x3F))
        for shift in stride(from: 48, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: counter >> UInt64(shift)))
        }
        let uuid = UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            )
        )
        return ID(uuid)
    }
}
