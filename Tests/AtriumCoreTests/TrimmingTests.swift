import AtriumCore
import Foundation
import PropertyBased
import Testing

/// `trimmingWhitespace()` trims what Foundation's `.whitespacesAndNewlines` trims, without Foundation.
@Suite struct TrimmingTests {
    /// Every whitespace character Unicode knows, and some that look alike and are not.
    static let pieces = [
        " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}",
        "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{180E}",
        "\u{301}", "a", "Zoë", "日本", "🙂", "-", "",
    ]

    @Test(
        "Trims as Foundation does",
        arguments: [
            "", " ", "  Acme  ", "\tAcme Realty\n", "\u{A0}Acme\u{3000}", "Acme", "a b", "\u{200B}Acme\u{200B}",
            " \u{301}", "Zoë ", "\r\n\r\n", "\u{2028}x\u{2029}", "🙂 ",
        ]
    )
    func table(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("Any text of those pieces trims as Foundation trims it")
    func anyText() async {
        await propertyCheck(count: 500, input: Gen.element(of: Self.pieces).compactMap { $0 }.array(of: 0...8)) {
            (pieces: [String]) in
            let text = pieces.joined()
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(pieces)")
        }
    }

    @Test("Every character of the Basic Multilingual Plane is trimmed exactly when Foundation trims it")
    func everyCharacter() {
        let differing = (0...0xFFFF).compactMap(Unicode.Scalar.init(_:)).filter { scalar in
            let text = String(scalar)
            return text.trimmingWhitespace().isEmpty != text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }
}
