import AtriumCore
import Testing

@Suite struct LanguageCodeTests {
    @Test(
        "Language tags are normalised: language lower case, script title case, region upper case",
        arguments: [
            ("en", "en"), ("EN", "en"), ("pt_br", "pt-BR"), ("zh-hant", "zh-Hant"), ("es-419", "es-419"),
            ("ZH-hant-tw", "zh-Hant-TW"), ("fil", "fil"), (" ar-eg ", "ar-EG"),
        ]
    )
    func valid(text: String, tag: String) throws {
        #expect(try LanguageCode(text).tag == tag)
    }

    @Test(
        "Text that is not language[-script][-region] is refused",
        arguments: ["", "e", "english", "en-U", "en-1234", "en-US-x-y", "e1", "en-12", "ру"]
    )
    func invalid(text: String) {
        let error = #expect(throws: InvalidInput.self) { try LanguageCode(text) }
        #expect(error?.message.contains("is not a language code") == true)
    }

    @Test("English is the default language")
    func english() {
        #expect(LanguageCode.english.description == "en")
    }
}
