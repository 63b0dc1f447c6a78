import Crypto

extension SHA256.Digest {
    /// The digest as lowercase hex, the form Atrium stores hashes in.
    var hex: String {
        String(unsafeUninitializedCapacity: 2 * Self.byteCount) { text in
            var index = 0
            for byte in self {
                text[index] = ASCIIDigits.hex(byte >> 4)
                text[index + 1] = ASCIIDigits.hex(byte & 0x0F)
                index += 2
            }
            return index
        }
    }
}
