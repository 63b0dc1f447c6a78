import Crypto

extension SHA256.Digest {
    /// The digest as lowercase hex, the form Atrium stores hashes in.
    var hex: String {
        String(unsafeUninitializedCapacity: 2 * Self.byteCount) { text in
            var index = 0
            for byte in self {
                text[index] = Self.hexDigit(byte >> 4)
                text[index + 1] = Self.hexDigit(byte & 0x0F)
                index += 2
            }
            return index
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
