/// Digits written straight into a text being made, byte by byte: dates, hashes and ids that a
/// listing or an import writes for every entry.
enum ASCIIDigits {
    /// Writes the last `width` decimal digits of `value` (from 0) at `offset`, zero-padded.
    static func write(_ value: Int, width: Int, to text: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var rest = value
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// The lowercase hex digit of `value` (0–15).
    static func hex(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
