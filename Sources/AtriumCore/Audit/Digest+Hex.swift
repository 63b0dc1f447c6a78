import Crypto

extension SHA256.Digest {
    /// The digest as lowercase hex, the form Atrium stores hashes in.
    var hex: String {
        map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
