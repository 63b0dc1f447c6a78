import Testing

@testable import AtriumWeb

/// The templates' escaping: the five characters swift-mustache escapes, the same way, and text
/// without them unchanged.
@Suite struct HTMLEscapingTests {
    @Test(
        "Each special character is escaped as swift-mustache escapes it; other text, non-ASCII too, is untouched",
        arguments: [
            ("plain text", "plain text"),
            ("", ""),
            ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
            ("Bloom & Co \"VIP\"", "Bloom &amp; Co &quot;VIP&quot;"),
            ("Đà Nẵng — Москва <b>", "Đà Nẵng — Москва &lt;b&gt;"),
            ("&amp;", "&amp;amp;"),
        ]
    )
    func escapes(text: String, expected: String) {
        #expect(HTMLEscaping().escapeText(text) == expected)
    }
}
