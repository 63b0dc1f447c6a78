/// No text Atrium stores may hold the NUL character (U+0000): SQLite's text binding would cut the
/// text there, and `audit verify` would then call the row tampered with.
extension StringProtocol {
    /// Whether the text holds the NUL character.
    public var holdsNUL: Bool { utf8.contains(0) }

    /// Why a text holding NUL is refused, written after what holds it ("the memo holds …").
    public static var nulRefusal: String { "holds a NUL character (U+0000), which cannot be stored" }
}
